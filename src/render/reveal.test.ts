import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import { isInView, revealTransform, unionBox, type ViewTransform } from './reveal';

const VIEW = { w: 800, h: 400 };
const OPTIONS = { margin: 20, minScale: 0.5 };
const AT_REST: ViewTransform = { x: 0, y: 0, k: 1 };
const card = (x: number, y: number): Box => ({ x, y, w: 176, h: 74 });

/** Where `box` lands on the screen under `t`. */
const onScreen = (box: Box, t: ViewTransform) => ({
  left: box.x * t.k + t.x,
  top: box.y * t.k + t.y,
  right: (box.x + box.w) * t.k + t.x,
  bottom: (box.y + box.h) * t.k + t.y,
});

describe('revealTransform', () => {
  it('leaves the view alone when the boxes are in view already', () => {
    expect(revealTransform([card(100, 100), card(400, 200)], AT_REST, VIEW, OPTIONS)).toBeNull();
    // Panned and zoomed, still in view.
    const t = { x: -500, y: -300, k: 0.8 };
    expect(revealTransform([card(700, 450)], t, VIEW, OPTIONS)).toBeNull();
  });

  it('leaves the view alone when there is nothing to show or no viewport', () => {
    expect(revealTransform([], AT_REST, VIEW, OPTIONS)).toBeNull();
    expect(revealTransform([card(2000, 0)], AT_REST, { w: 0, h: 0 }, OPTIONS)).toBeNull();
  });

  it('pans a card off the right edge just far enough to bring it in, on that axis only', () => {
    const box = card(1000, 100);
    const t = revealTransform([box], AT_REST, VIEW, OPTIONS)!;
    expect(t.k).toBe(1);
    expect(t.y).toBe(0);
    expect(onScreen(box, t).right).toBeCloseTo(VIEW.w - OPTIONS.margin);
  });

  it('pans back up and left to a card above and left of the view, keeping the margin', () => {
    const box = card(40, 30);
    const t = revealTransform([box], { x: -900, y: -700, k: 1 }, VIEW, OPTIONS)!;
    expect(onScreen(box, t).left).toBeCloseTo(OPTIONS.margin);
    expect(onScreen(box, t).top).toBeCloseTo(OPTIONS.margin);
    expect(t.k).toBe(1);
  });

  it('counts a card partly out of view as out of view', () => {
    const box = card(700, 100); // its right half is past the edge
    const t = revealTransform([box], AT_REST, VIEW, OPTIONS)!;
    expect(isInView(box, t, VIEW, OPTIONS.margin)).toBe(true);
    expect(t.x).toBeCloseTo(-(700 + 176 - (VIEW.w - OPTIONS.margin)));
  });

  it('zooms out just enough to fit two cards far apart, and no further', () => {
    const a = card(0, 0);
    const b = card(1000, 0); // the pair is 1176 wide: needs k = 760 / 1176
    const t = revealTransform([a, b], { x: 0, y: 0, k: 1 }, VIEW, OPTIONS)!;
    expect(t.k).toBeCloseTo(760 / 1176);
    expect(isInView(a, t, VIEW, OPTIONS.margin)).toBe(true);
    expect(isInView(b, t, VIEW, OPTIONS.margin)).toBe(true);
  });

  it('never zooms out below the readable scale: it brings the first card in, and what fits with it', () => {
    const first = card(3000, 0);
    const near = card(3500, 300); // fits with the first at k = 760 / 676
    const far = card(0, 2000);
    const t = revealTransform([first, far, near], AT_REST, VIEW, OPTIONS)!;
    // Zoomed out only as far as the two that can be shown together need.
    expect(t.k).toBeCloseTo(Math.min(760 / 676, 360 / 374));
    expect(t.k).toBeGreaterThan(OPTIONS.minScale);
    expect(isInView(first, t, VIEW, OPTIONS.margin)).toBe(true);
    expect(isInView(near, t, VIEW, OPTIONS.margin)).toBe(true);
    expect(isInView(far, t, VIEW, OPTIONS.margin)).toBe(false);
    // Cards that cannot join the first even at the floor leave the scale as it is.
    const alone = revealTransform([card(3000, 0), far], AT_REST, VIEW, OPTIONS)!;
    expect(alone.k).toBe(1);
  });

  it('counts what controls floating over the view cover as out of view, and keeps clear of them', () => {
    const covered = { top: 0, right: 0, bottom: 50, left: 0 };
    const under = card(100, 280); // its bottom at 354: in the view, but under the controls
    expect(revealTransform([under], AT_REST, VIEW, OPTIONS)).toBeNull();
    const t = revealTransform([under], AT_REST, VIEW, { ...OPTIONS, covered })!;
    expect(onScreen(under, t).bottom).toBeCloseTo(VIEW.h - 50 - OPTIONS.margin);
    expect(t.x).toBe(0);
  });

  it('leaves a box that is visible alone, even closer to the edge than the margin', () => {
    expect(revealTransform([card(5, 5)], AT_REST, VIEW, OPTIONS)).toBeNull();
    expect(revealTransform([card(800 - 180, 400 - 78)], AT_REST, VIEW, OPTIONS)).toBeNull();
  });

  it('shows no empty space above or left of the drawing that the boxes can spare', () => {
    // Zooming out about the centre would bring the origin into the middle of the view.
    const a = card(40, 40);
    const b = card(900, 40);
    const t = revealTransform([a, b], AT_REST, VIEW, OPTIONS)!;
    expect(t.k).toBeLessThan(1);
    expect(t.x).toBeLessThanOrEqual(0);
    expect(t.y).toBeLessThanOrEqual(0);
    expect(isInView(a, t, VIEW, OPTIONS.margin)).toBe(true);
    expect(isInView(b, t, VIEW, OPTIONS.margin)).toBe(true);
  });

  it('never zooms in, and keeps a view zoomed out below the floor as it is', () => {
    const t = revealTransform([card(5000, 0)], { x: 0, y: 0, k: 0.2 }, VIEW, OPTIONS)!;
    expect(t.k).toBe(0.2);
    expect(isInView(card(5000, 0), t, VIEW, OPTIONS.margin)).toBe(true);
  });

  it('works at a presentation base scale: the floor is relative to what the caller gives', () => {
    const base = 1.6;
    const a = card(0, 0);
    const b = card(600, 200);
    const t = revealTransform([a, b], { x: -400, y: 0, k: base }, VIEW, {
      margin: 20,
      minScale: 0.5 * base,
    })!;
    expect(t.k).toBeGreaterThanOrEqual(0.5 * base);
    expect(t.k).toBeLessThan(base);
    expect(isInView(a, t, VIEW, 20)).toBe(true);
    expect(isInView(b, t, VIEW, 20)).toBe(true);
  });

  it('aligns a box taller than the view with its top, where the header is', () => {
    const tall: Box = { x: 100, y: 1000, w: 176, h: 2000 };
    const t = revealTransform([tall], AT_REST, VIEW, OPTIONS)!;
    expect(t.k).toBe(OPTIONS.minScale);
    expect(onScreen(tall, t).top).toBeCloseTo(OPTIONS.margin);
    // Asked again, it stays: no jitter on a box that can never be wholly in view.
    expect(revealTransform([tall], t, VIEW, OPTIONS)).toBeNull();
  });

  it('keeps a quarter of a tiny viewport at most as margin', () => {
    const tiny = { w: 60, h: 40 };
    const box: Box = { x: 500, y: 500, w: 10, h: 10 };
    const t = revealTransform([box], AT_REST, tiny, OPTIONS)!;
    expect(isInView(box, t, tiny, 10)).toBe(true);
    // 15 px from the right (a quarter of 60), 10 from the bottom (a quarter of 40).
    expect(onScreen(box, t).right).toBeCloseTo(45);
    expect(onScreen(box, t).bottom).toBeCloseTo(30);
  });

  it('for any boxes and view: the result shows the first box, within the scale limits, and is stable', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 500; i++) {
      const boxes = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => ({
        x: rand() * 4000,
        y: rand() * 3000,
        w: 30 + rand() * 300,
        h: 20 + rand() * 200,
      }));
      const current = { x: -rand() * 3000, y: -rand() * 2000, k: 0.3 + rand() * 2 };
      const t = revealTransform(boxes, current, VIEW, OPTIONS);
      const floor = Math.min(current.k, OPTIONS.minScale);
      const fitsAtFloor = (b: Box) => Math.min(760 / b.w, 360 / b.h) >= floor;
      const shown = t ?? current;
      if (t !== null) {
        expect(t.k).toBeLessThanOrEqual(current.k);
        expect(t.k).toBeGreaterThanOrEqual(floor - 1e-9);
      }
      // The first box whenever it fits at the readable scale, all of them whenever they do.
      if (fitsAtFloor(boxes[0]!))
        expect(isInView(boxes[0]!, shown, VIEW, OPTIONS.margin)).toBe(true);
      const all = unionBox(boxes);
      if (fitsAtFloor(all)) expect(isInView(all, shown, VIEW, OPTIONS.margin)).toBe(true);
      // Asked again, it stays.
      expect(revealTransform(boxes, shown, VIEW, OPTIONS)).toBeNull();
    }
  });
});
