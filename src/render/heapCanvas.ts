/**
 * The heap canvas: a d3 factory that owns one <svg> inside the element it is given. React (or a
 * test) calls `update` with each new snapshot and the events that led to it; the canvas keeps the
 * stable layout and the previous snapshot between calls, draws what changed and plays the events.
 * It never changes the heap: clicks, keys and drops are only reported through the callbacks.
 *
 * Keyboard: every name row, card and reference is a button in Tab order; the arrow keys move to
 * the nearest one in that direction. Focus survives updates: if the focused row or card goes away
 * (`del b`), the focus moves to the item that took its place instead of falling off the page.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import type { HeapEvent } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import type { Selection as Picked } from '../store/selection';
import { createDragSources } from './drag';
import { drawEdges, markRelated } from './drawEdges';
import { drawFrames, markSelectedRow } from './drawFrames';
import { drawNodes, markSelected } from './drawNodes';
import type { Box } from './geometry';
import { moveFocus } from './keyboardNav';
import { StableLayout } from './layout';
import { prefersReducedMotion } from './motion';
import { refChanges } from './refChanges';
import { buildScene, NO_MARKS, visibleObjects, type ObjectNode, type SceneMarks } from './scene';
import type { CanvasCallbacks, Layer } from './selection';
import { Timeline } from './timeline';
import { attachZoom } from './zoom';

export type { CanvasCallbacks } from './selection';
export type { SceneMarks } from './scene';

export interface HeapCanvas {
  /** Draws `snapshot`, animating `events` (the run that turned the previous snapshot into it). */
  update(snapshot: HeapSnapshot, events: readonly HeapEvent[], marks?: SceneMarks): void;
  /** Highlights the selected object, name or arrow (and the arrows of a selected object). */
  setSelected(selection: Picked | null): void;
  /** While picking a target for a new reference, cards show that they can be picked. */
  setPicking(picking: boolean): void;
  zoomBy(factor: number): void;
  resetZoom(): void;
  destroy(): void;
}

const EMPTY: HeapSnapshot = {
  frames: [],
  objects: [],
  collector: { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10], garbage: [] },
};

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
  const drags = createDragSources(svg.node()!, overlay, callbacks);
  let previous = EMPTY;
  let selection: Picked | null = null;

  const onKeyDown = (event: KeyboardEvent) => moveFocus(svg.node()!, event);
  container.addEventListener('keydown', onKeyDown);

  /** The focused item, remembered across an update by its key and its place in Tab order. */
  let focus: { key: string; index: number } | null = null;
  const onFocusIn = (event: FocusEvent) => {
    const el = (event.target as Element).closest('[data-nav]');
    if (!el) return;
    const all = navItems();
    focus = { key: el.getAttribute('data-nav')!, index: all.indexOf(el) };
  };
  container.addEventListener('focusin', onFocusIn);
  // Focus that leaves for another control, or a click on the empty canvas, is not brought back.
  const onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (to && !container.contains(to)) focus = null;
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!(event.target as Element).closest('[data-nav]')) focus = null;
  };
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('pointerdown', onPointerDown);
  const navItems = () => [...svg.node()!.querySelectorAll('[data-nav]')];

  const restoreFocus = () => {
    if (!focus) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (!lost && !active.closest('.exiting')) return;
    const all = navItems();
    if (all.length === 0) return;
    const same = all.find((el) => el.getAttribute('data-nav') === focus!.key);
    const next = same ?? all[Math.min(focus.index, all.length - 1)]!;
    (next as SVGElement).focus();
  };

  return {
    update(snapshot, events, marks = NO_MARKS) {
      timeline.stop();
      const animate = !prefersReducedMotion();
      layout.update(visibleObjects(snapshot, marks));
      const scene = buildScene(snapshot, layout, marks);
      svg.attr('width', scene.extent.x).attr('height', scene.extent.y);

      drawFrames(frameLayer, scene.frames, callbacks, drags, animate);
      const edges = drawEdges(edgeLayer, scene.edges, callbacks, animate);
      const nodes = drawNodes(nodeLayer, scene.nodes, callbacks);
      drags.handles(nodes.entered);
      mark(selection);

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
      restoreFocus();
    },

    setSelected(next) {
      selection = next;
      mark(next);
    },

    setPicking(picking) {
      svg.classed('picking', picking);
    },

    zoomBy: (factor) => zoom.zoomBy(factor),
    resetZoom: () => zoom.reset(),

    destroy() {
      timeline.stop();
      zoom.destroy();
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      container.removeEventListener('pointerdown', onPointerDown);
      svg.remove();
    },
  };

  function mark(s: Picked | null): void {
    markSelected(nodeLayer, s);
    markSelectedRow(frameLayer, s);
    markRelated(edgeLayer, s);
  }
}

/** Arrowheads: dark for references to objects, light for references to interned pills. */
function addMarkers(defs: ReturnType<typeof select<SVGDefsElement, unknown>>): void {
  for (const [id, cls] of [
    ['hs-arrow', 'arrowhead'],
    ['hs-arrow-light', 'arrowhead light'],
    ['hs-arrow-drag', 'arrowhead drag'],
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
