/**
 * Zoom and pan. The gesture moves the whole drawing with a CSS transform on an HTML box that
 * holds the <svg> (which the compositor moves without repainting: measured ~60 fps at 2000
 * cards, against ~10 for an SVG group transform; see design/rendering-performance.md). The
 * transform is not on the <svg> itself: Chromium lays out every SVG <text> again when its own
 * <svg>'s style changes (about 115 ms a frame with 1,190 cards, measured), but not when an
 * ancestor box moves (17 ms). `will-change` is set only during the gesture, so the drawing is
 * re-rasterised sharp at the new scale when it ends.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { scrollPan } from './drawingSize';
import { applyDetail } from './levelOfDetail';
import type { Box, Point } from './geometry';
import { prefersReducedMotion } from './motion';
import { revealTransform, type Margins } from './reveal';

export interface RevealOptions {
  /** Room kept between the boxes and the view's edges, in screen pixels (24 unless given). */
  readonly margin?: number | Margins;
  /** Parts of the view covered by controls floating over it (see reveal.ts). */
  readonly covered?: Margins;
  /**
   * How far the view may zoom out to fit them all, relative to the base scale (0.5 unless
   * given): below it text is too small to read, so only the first boxes are brought in.
   */
  readonly minScale?: number;
}

export interface ZoomControl {
  /** Multiplies the scale by `factor`, about the centre of the view. */
  zoomBy(factor: number): void;
  /** Back to the base scale (1, or presentation's) with the drawing's top-left corner in view. */
  reset(): void;
  /** Scales the drawing down (never above the base scale) so all of it is in view, top left. */
  fit(): void;
  /**
   * The scale the drawing has at rest (1; bigger in presentation mode, so cards, badges and
   * labels read from the back of a room). The view keeps its top-left corner and its zoom
   * relative to the base.
   */
  setBaseScale(scale: number): void;
  /**
   * Where the drawing ends (its bottom-right corner). The <svg> box is bigger (drawingSize.ts);
   * fitting and scrolling go by the drawing.
   */
  setExtent(extent: Point): void;
  /** The part of the drawing in view, in canvas units. */
  visibleRect(): Box;
  /**
   * Brings `boxes` (canvas units, the most important first) into view with a short pan, zooming
   * out only if they cannot all fit, never below a readable scale (see reveal.ts). Boxes in view
   * already leave the view where it is. Returns whether the view moves.
   */
  reveal(boxes: readonly Box[], options?: RevealOptions): boolean;
  /**
   * Centres the view on `box` (canvas units) at a readable scale: the scale the view has, or the
   * base scale if it is smaller than that (a card found in a fitted heap is read at full size);
   * with `keepScale`, the scale the view has, whatever it is (a jump on the overview map).
   */
  centreOn(box: Box, keepScale?: boolean): void;
  /** Calls `listener` (at most once a frame) whenever the view pans or zooms; returns its removal. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

/**
 * How far the view zooms out: a tree of 1,000 lists fits a projector's canvas (about 670 px wide)
 * at 0.07. Cards that small are drawn as dots (levelOfDetail.ts).
 */
const MIN_SCALE = 0.05;

/**
 * `mover` is the box the transform moves (it holds `drawing`); `drawing` is the <svg>, whose
 * level-of-detail classes follow the scale.
 */
export function attachZoom(
  viewport: HTMLElement,
  mover: HTMLElement,
  drawing: SVGSVGElement,
): ZoomControl {
  const view = select<HTMLElement, unknown>(viewport);
  /** The scale at rest: reset goes back to it, fit never enlarges beyond it. */
  let base = 1;
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([MIN_SCALE, 3])
    // Double-click is left to the cards (and to text selection); wheel and drag pan and zoom.
    .filter((event: Event) => event.type !== 'dblclick' && !(event as MouseEvent).button)
    .on('start', () => {
      mover.style.willChange = 'transform';
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const { x, y, k } = event.transform;
      mover.style.transform = `translate(${x}px,${y}px) scale(${k})`;
      applyDetail(drawing, k);
      changed();
    })
    .on('end', () => {
      mover.style.willChange = '';
    });
  view.call(behavior);

  let extent: Point = { x: 0, y: 0 };

  // Who follows the view (the overview map), told once a frame at most: a pan fires many events.
  const listeners = new Set<() => void>();
  let pending = 0;
  const changed = () => {
    if (pending || listeners.size === 0) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      for (const listener of listeners) listener();
    });
  };

  // Tabbing to a card outside the view makes the browser scroll the (overflow: hidden) viewport.
  // Turn that scroll into a pan instead, so the transform stays the one source of truth; the
  // pan stops where a scroll over the drawing alone would have stopped (see scrollPan).
  const onScroll = () => {
    const { scrollLeft, scrollTop } = viewport;
    if (scrollLeft === 0 && scrollTop === 0) return;
    viewport.scrollLeft = 0;
    viewport.scrollTop = 0;
    const { x, y, k } = zoomTransform(viewport);
    const dx = scrollPan(scrollLeft, x, k, extent.x, viewport.clientWidth);
    const dy = scrollPan(scrollTop, y, k, extent.y, viewport.clientHeight);
    if (dx > 0 || dy > 0) behavior.translateBy(view, -dx / k, -dy / k);
  };
  viewport.addEventListener('scroll', onScroll);

  // The viewport's size, kept by an observer: reading clientWidth while drawing would make the
  // browser lay out the page there and then.
  let size = { w: 0, h: 0 };
  const resized = new ResizeObserver(([entry]) => {
    if (entry) size = { w: entry.contentRect.width, h: entry.contentRect.height };
  });
  resized.observe(viewport);

  return {
    zoomBy(factor) {
      view
        .transition()
        .duration(prefersReducedMotion() ? 0 : 200)
        .call(behavior.scaleBy, factor);
    },
    reset() {
      view
        .transition()
        .duration(prefersReducedMotion() ? 0 : 200)
        .call(behavior.transform, zoomIdentity.scale(base));
    },
    fit() {
      const width = extent.x || 1;
      const height = extent.y || 1;
      const k = Math.max(
        MIN_SCALE,
        Math.min(base, viewport.clientWidth / width, viewport.clientHeight / height),
      );
      view
        .transition()
        .duration(prefersReducedMotion() ? 0 : 250)
        .call(behavior.transform, zoomIdentity.scale(k));
    },
    setBaseScale(scale) {
      if (scale === base) return;
      const { x, y, k } = zoomTransform(viewport);
      const ratio = scale / base;
      base = scale;
      behavior.scaleExtent([MIN_SCALE, 3 * scale]);
      view.interrupt();
      view.call(behavior.transform, zoomIdentity.translate(x, y).scale(k * ratio));
    },
    setExtent(next) {
      extent = next;
    },
    visibleRect() {
      if (size.w === 0) size = { w: viewport.clientWidth, h: viewport.clientHeight };
      const { x, y, k } = zoomTransform(viewport);
      return { x: -x / k, y: -y / k, w: size.w / k, h: size.h / k };
    },
    reveal(boxes, { margin = 24, minScale = 0.5, covered } = {}) {
      if (size.w === 0) size = { w: viewport.clientWidth, h: viewport.clientHeight };
      const t = revealTransform(boxes, zoomTransform(viewport), size, {
        margin,
        covered,
        minScale: minScale * base,
      });
      if (!t) return false;
      const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
      if (prefersReducedMotion()) {
        view.interrupt();
        view.call(behavior.transform, target);
      } else {
        view.transition().duration(300).call(behavior.transform, target);
      }
      return true;
    },
    centreOn(box, keepScale = false) {
      if (size.w === 0) size = { w: viewport.clientWidth, h: viewport.clientHeight };
      const now = zoomTransform(viewport).k;
      const k = keepScale ? now : Math.max(now, base);
      const cx = box.x + box.w / 2;
      const cy = box.y + box.h / 2;
      const target = zoomIdentity.translate(size.w / 2 - cx * k, size.h / 2 - cy * k).scale(k);
      if (prefersReducedMotion()) {
        view.interrupt();
        view.call(behavior.transform, target);
      } else {
        view.transition().duration(300).call(behavior.transform, target);
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      cancelAnimationFrame(pending);
      listeners.clear();
      resized.disconnect();
      viewport.removeEventListener('scroll', onScroll);
      view.on('.zoom', null);
      view.interrupt();
    },
  };
}
