/**
 * Mounts the d3 heap canvas and feeds it the store: each new snapshot with the events of the run
 * that made it, and the selection. The canvas is created once per mount and destroyed on unmount.
 */
import { useEffect, useRef } from 'react';
import { createHeapCanvas, type HeapCanvas } from '../render/heapCanvas';
import '../render/heapCanvas.css';
import { useSession } from '../store/sessionStore';

export function CanvasHost() {
  const snapshot = useSession((s) => s.snapshot);
  const lastRun = useSession((s) => s.lastRun);
  const selectedId = useSession((s) => s.selectedId);
  const select = useSession((s) => s.select);
  const host = useRef<HTMLDivElement>(null);
  const canvas = useRef<HeapCanvas | null>(null);

  useEffect(() => {
    const created = createHeapCanvas(host.current!, { onSelect: select });
    canvas.current = created;
    return () => {
      created.destroy();
      canvas.current = null;
    };
  }, [select]);

  // Declared after the mount effect, so on mount it runs against the canvas just created.
  useEffect(() => {
    canvas.current?.update(snapshot, lastRun?.events ?? []);
  }, [snapshot, lastRun]);

  useEffect(() => {
    canvas.current?.setSelected(selectedId);
  }, [selectedId, snapshot]);

  const empty = snapshot.objects.length === 0;
  return (
    <section className="canvas panel" aria-labelledby="canvas-title">
      <div className="canvas-bar">
        <h2 id="canvas-title" className="panel-title">
          Heap
        </h2>
        <div className="zoom-buttons" role="group" aria-label="Zoom">
          <button type="button" onClick={() => canvas.current?.zoomBy(1.25)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => canvas.current?.zoomBy(0.8)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => canvas.current?.resetZoom()}>
            Reset view
          </button>
        </div>
      </div>
      <div className="canvas-stage">
        {/* d3 owns this element's children; React never renders into it. */}
        <div ref={host} className="heap-viewport" />
        {empty && (
          <p className="canvas-empty">
            Objects appear here as your code creates them. Drag to pan, scroll to zoom.
          </p>
        )}
      </div>
    </section>
  );
}
