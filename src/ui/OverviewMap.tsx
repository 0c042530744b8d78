/**
 * The overview map: a small picture of the whole heap in the canvas's bottom-right corner, above
 * the zoom buttons (every card a box, the frames grey, the part in view a rectangle); a click
 * centres the view there. It opens by itself once the heap is big (more cards than a view shows
 * at full size) and the Map button opens or closes it. It floats over the canvas
 * (`data-floats-over-canvas`): the walkthrough keeps what it shows clear of it.
 *
 * When the view shows nothing of the heap (panned off it), a note in the middle says so, with a
 * button that brings it back (Reset: full size, top left, where Globals is).
 *
 * Drawn on a <canvas> by hand on each change of the view (at most once a frame): a few thousand
 * rectangles, well under a millisecond, and React renders nothing while the view pans.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { HeapCanvas, Overview } from '../render/heapCanvas';
import { BIG_HEAP, heapOffScreen, mapFrame } from '../render/overview';
import './overviewMap.css';

export interface OverviewMapProps {
  readonly canvas: RefObject<HeapCanvas | null>;
  /** Open or closed by the Map button; null: not chosen, open for a big heap. */
  readonly open: boolean | null;
  /** How many cards the canvas draws (a big heap opens the map). */
  readonly cards: number;
  readonly mapId: string;
}

export function OverviewMap({ canvas, open, cards, mapId }: OverviewMapProps) {
  const shown = open ?? cards > BIG_HEAP;
  const picture = useRef<HTMLCanvasElement>(null);
  const [lost, setLost] = useState(false);
  const latest = useRef<Overview | null>(null);

  useEffect(() => {
    let stop = () => {};
    const paint = () => {
      const c = canvas.current;
      if (!c) return;
      const o = c.overview();
      latest.current = o;
      setLost(heapOffScreen(o));
      const el = picture.current;
      if (el) draw(el, o);
    };
    // The canvas is made by the host's effect, which runs after this one on mount.
    const started = requestAnimationFrame(() => {
      const c = canvas.current;
      if (!c) return;
      stop = c.onViewChange(paint);
      paint();
    });
    return () => {
      cancelAnimationFrame(started);
      stop();
    };
  }, [canvas, shown]);

  return (
    <>
      {shown && (
        <div className="overview-map" id={mapId} data-floats-over-canvas>
          <canvas
            ref={picture}
            role="img"
            aria-label="Overview map of the heap: the rectangle is the part in view; click to move the view there"
            onClick={(event) => {
              const o = latest.current;
              const el = picture.current;
              if (!o || !el) return;
              const r = el.getBoundingClientRect();
              const { k, origin } = mapFrame(o, { w: r.width, h: r.height });
              canvas.current?.panTo({
                x: origin.x + (event.clientX - r.left) / k,
                y: origin.y + (event.clientY - r.top) / k,
              });
            }}
          />
        </div>
      )}
      {lost && (
        <p className="heap-lost">
          The heap is off-screen.{' '}
          <button type="button" onClick={() => canvas.current?.resetZoom()}>
            Bring it back
          </button>
        </p>
      )}
    </>
  );
}

/**
 * Paints the overview `o` on `el`, sharp on any screen, sized to the drawing's shape within the
 * map's largest box (`--map-w` by `--map-h`, CSS pixels): no empty band to click beside the heap.
 */
function draw(el: HTMLCanvasElement, o: Overview): void {
  const style = getComputedStyle(el);
  const maxW = parseFloat(style.getPropertyValue('--map-w')) || 176;
  const maxH = parseFloat(style.getPropertyValue('--map-h')) || 110;
  // The drawing and the view (mapFrame's span), as big as fits the box; each side at least a
  // third of the box, so a thin heap stays clickable.
  const spanX = Math.max(o.extent.x, o.view.x + o.view.w) - Math.min(0, o.view.x);
  const spanY = Math.max(o.extent.y, o.view.y + o.view.h) - Math.min(0, o.view.y);
  const fit = Math.min(maxW / Math.max(spanX, 1), maxH / Math.max(spanY, 1));
  const w = Math.round(Math.max(maxW / 3, Math.min(maxW, spanX * fit)));
  const h = Math.round(Math.max(maxH / 3, Math.min(maxH, spanY * fit)));
  el.style.width = `${w}px`;
  el.style.height = `${h}px`;
  const ratio = window.devicePixelRatio || 1;
  if (el.width !== Math.round(w * ratio) || el.height !== Math.round(h * ratio)) {
    el.width = Math.round(w * ratio);
    el.height = Math.round(h * ratio);
  }
  const g = el.getContext('2d');
  if (!g) return;
  const { k, origin } = mapFrame(o, { w, h });
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, w, h);
  const rect = (b: { x: number; y: number; w: number; h: number }) =>
    [
      (b.x - origin.x) * k,
      (b.y - origin.y) * k,
      Math.max(1, b.w * k),
      Math.max(1, b.h * k),
    ] as const;
  g.fillStyle = style.getPropertyValue('--map-frame').trim() || '#999';
  for (const b of o.frames) g.fillRect(...rect(b));
  g.fillStyle = style.getPropertyValue('--map-card').trim() || '#357';
  for (const n of o.objects) g.fillRect(...rect(n.box));
  g.strokeStyle = style.getPropertyValue('--map-view').trim() || '#c00';
  g.lineWidth = 1.5;
  const [x, y, vw, vh] = rect(o.view);
  g.strokeRect(x + 0.75, y + 0.75, Math.max(2, vw - 1.5), Math.max(2, vh - 1.5));
}
