/**
 * The heap canvas: a d3 factory that owns one <svg> inside the element it is given. React (or a
 * test) calls `update` with each new snapshot and the events that led to it; the canvas keeps the
 * stable layout and the previous snapshot between calls, draws what changed and plays the events.
 * It never changes the heap: a click only reports the object through `onSelect`.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import type { HeapEvent } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import { drawEdges, markRelated } from './drawEdges';
import { drawFrames } from './drawFrames';
import { drawNodes, markSelected } from './drawNodes';
import type { Box } from './geometry';
import { StableLayout } from './layout';
import { prefersReducedMotion } from './motion';
import { refChanges } from './refChanges';
import { buildScene, type ObjectNode } from './scene';
import type { CanvasCallbacks, Layer } from './selection';
import { Timeline } from './timeline';
import { attachZoom } from './zoom';

export type { CanvasCallbacks } from './selection';

export interface HeapCanvas {
  /** Draws `snapshot`, animating `events` (the run that turned the previous snapshot into it). */
  update(snapshot: HeapSnapshot, events: readonly HeapEvent[]): void;
  /** Highlights an object and the arrows into and out of it; null clears. */
  setSelected(id: number | null): void;
  zoomBy(factor: number): void;
  resetZoom(): void;
  destroy(): void;
}

const EMPTY: HeapSnapshot = { frames: [], objects: [] };

export function createHeapCanvas(container: HTMLElement, callbacks: CanvasCallbacks): HeapCanvas {
  const svg = select(container)
    .append('svg')
    .attr('class', 'heap-svg')
    .attr('role', 'group')
    .attr('aria-label', 'Heap diagram: names on the left, objects as cards, arrows for references');
  addMarkers(svg.append('defs'));
  const layer = (name: string): Layer => svg.append('g').attr('class', name) as unknown as Layer;
  const frameLayer = layer('frames-layer');
  const edgeLayer = layer('edges-layer');
  const nodeLayer = layer('nodes-layer');
  const overlay = layer('overlay-layer');

  const layout = new StableLayout();
  const timeline = new Timeline(nodeLayer, edgeLayer, overlay);
  const zoom = attachZoom(container, svg.node()!);
  let previous = EMPTY;
  let selectedId: number | null = null;

  return {
    update(snapshot, events) {
      timeline.stop();
      const animate = !prefersReducedMotion();
      layout.update(snapshot.objects);
      const scene = buildScene(snapshot, layout);
      svg.attr('width', scene.extent.x).attr('height', scene.extent.y);

      drawFrames(frameLayer, scene.frames, callbacks, animate);
      const edges = drawEdges(edgeLayer, scene.edges, animate);
      const nodes = drawNodes(nodeLayer, scene.nodes, callbacks);
      markSelected(nodeLayer, selectedId);
      markRelated(edgeLayer, selectedId);

      const drawn = new Map<number, ObjectNode>(scene.nodes.map((n) => [n.id, n]));
      for (const gone of nodes.exited.data()) drawn.set(gone.id, gone);
      timeline.play(
        {
          events,
          changes: refChanges(events, previous, snapshot),
          nodes,
          edges,
          boxOf: (id): Box | undefined => drawn.get(id)?.box,
          kindOf: (id) => drawn.get(id)?.kind,
        },
        !animate,
      );
      previous = snapshot;
    },

    setSelected(id) {
      selectedId = id;
      markSelected(nodeLayer, id);
      markRelated(edgeLayer, id);
    },

    zoomBy: (factor) => zoom.zoomBy(factor),
    resetZoom: () => zoom.reset(),

    destroy() {
      timeline.stop();
      zoom.destroy();
      svg.remove();
    },
  };
}

/** Arrowheads: dark for references to objects, light for references to interned pills. */
function addMarkers(defs: ReturnType<typeof select<SVGDefsElement, unknown>>): void {
  for (const [id, cls] of [
    ['hs-arrow', 'arrowhead'],
    ['hs-arrow-light', 'arrowhead light'],
  ] as const) {
    defs
      .append('marker')
      .attr('id', id)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('orient', 'auto')
      .append('path')
      .attr('class', cls)
      .attr('d', 'M0,0 L10,5 L0,10 L3,5 Z');
  }
}
