import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import { arrowheadBox, overlaps, placeLabels, type LabelRequest } from './labelPlacement';

const label = (key: string, x: number, y: number, w = 60, h = 14): LabelRequest => ({
  key,
  preferred: { x, y, w, h },
});
const NONE = { cards: [], solid: [], arrowheads: [] };

describe('placeLabels', () => {
  it('keeps a label with nothing around it where it asked to be', () => {
    const [placed] = placeLabels([label('a', 100, 50)], NONE);
    expect(placed!.box).toEqual({ x: 100, y: 50, w: 60, h: 14 });
    expect(placed!.leader).toBeNull();
  });

  it('moves the second of two labels at one anchor off the first', () => {
    const placed = placeLabels([label('a', 100, 50), label('b', 100, 50)], NONE);
    expect(placed[0]!.box).toEqual({ x: 100, y: 50, w: 60, h: 14 });
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('never covers a refcount badge or an arrowhead, and prefers a place off every card', () => {
    const badge: Box = { x: 150, y: 40, w: 26, h: 26 };
    const tip = { x: 110, y: 60 };
    const card: Box = { x: 0, y: 0, w: 95, h: 70 };
    const [placed] = placeLabels([label('a', 100, 50)], {
      cards: [card],
      solid: [badge],
      arrowheads: [tip],
    });
    expect(overlaps(placed!.box, badge)).toBe(false);
    expect(overlaps(placed!.box, arrowheadBox(tip))).toBe(false);
    expect(overlaps(placed!.box, card)).toBe(false);
  });

  it('stacks with a leader when everything near the anchor is taken', () => {
    const wall: Box = { x: -1000, y: -20, w: 3000, h: 120 };
    const [placed] = placeLabels([label('a', 100, 50)], { ...NONE, solid: [wall] });
    expect(overlaps(placed!.box, wall)).toBe(false);
    expect(placed!.box.x).toBe(100);
    expect(placed!.leader).toEqual({ x: 160, y: 64 });
  });

  it('keeps labels inside the drawing: below the anchor when there is no room above', () => {
    const wall: Box = { x: -1000, y: 0, w: 3000, h: 80 };
    const [placed] = placeLabels([label('a', 100, 50)], {
      ...NONE,
      solid: [wall],
      origin: { x: 0, y: 0 },
    });
    expect(overlaps(placed!.box, wall)).toBe(false);
    expect(placed!.box.y).toBeGreaterThanOrEqual(80);
    expect(placed!.leader).toEqual({ x: 160, y: 64 });
  });

  it('gives the same places for the same input', () => {
    const requests = Array.from({ length: 30 }, (_, i) => label(`l${i}`, (i % 3) * 20, 0));
    expect(placeLabels(requests, NONE)).toEqual(placeLabels(requests, NONE));
  });

  it('never overlaps two labels, a solid box or an arrowhead, whatever the input', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 400 }),
      w: fc.integer({ min: 10, max: 120 }),
      h: fc.integer({ min: 10, max: 30 }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 40 }),
        fc.array(box, { maxLength: 20 }),
        fc.array(fc.record({ x: fc.integer({ max: 400 }), y: fc.integer({ max: 400 }) }), {
          maxLength: 20,
        }),
        (wanted, solid, arrowheads) => {
          const placed = placeLabels(
            wanted.map((preferred, i) => ({ key: String(i), preferred })),
            { cards: [], solid, arrowheads },
          );
          const boxes = placed.map((p) => p.box);
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++)
              expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
            for (const s of solid) expect(overlaps(boxes[i]!, s)).toBe(false);
            for (const t of arrowheads) expect(overlaps(boxes[i]!, arrowheadBox(t))).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
