/**
 * The heap canvas: a d3 factory that owns one <svg> inside the element it is given. React (or a
 * test) calls `update` with each new snapshot and the events that led to it; the canvas keeps the
 * stable layout and the previous snapshot between calls, draws what changed and plays the events.
 * It never changes the heap: clicks, keys and drops are only reported through the callbacks.
 *
 * An update that brings many new cards at once (a redo of a loop) draws the ones in view with the
 * update and the others over the next frames, nearest first (fillPlan.ts); the <svg> says
 * aria-busy until they are all there.
 *
 * Keyboard: every name row, card and reference is a button in Tab order; the arrow keys move to
 * the nearest one in that direction. Focus survives updates: if the focused row or card goes away
 * (`del b`), the focus moves to the item that took its place instead of falling off the page.
 */
import { NOTHING_DRAWN } from './nothingDrawn';
import { select } from 'd3-selection';
import 'd3-transition';
import type { HeapEvent } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import type { Selection as Picked } from '../store/selection';
import { createDragSources } from './drag';
import { drawEdges, markRelated } from './drawEdges';
import { drawFrames, markSelectedRow } from './drawFrames';
import type { GroupNode } from './groupScene';
import type { Folding } from './groups';
import { namedObjects } from './namedObjects';
import { drawNodes, markSelected } from './drawNodes';
import { boxLength } from './drawingSize';
import type { Box, Point } from './geometry';
import { moveFocus } from './keyboardNav';
import { lateCode } from './lateCode';
import { makeMovable } from './moveCards';
import { loadRouter } from './sceneArrows';
import { overviewOf, type Overview } from './overview';
import { ProgressiveFill } from './progressiveFill';
import { firstReferrers, StableLayout } from './layout';
import { labelLayout, loadLabelLayout } from './labelsLater';
import { prefersReducedMotion } from './motion';
import type { CollectorPlayer } from './collectorPlayer';
import { hasCollection, idleWith, type CollectorState } from './collectorState';
import type { CollectionKind } from './collections';
import type { Margins } from './reveal';
import { refChanges } from './refChanges';
import {
  buildScene,
  NO_MARKS,
  visibleObjects,
  type ObjectNode,
  type Scene,
  type SceneMarks,
} from './scene';
import type { CanvasCallbacks, Layer } from './selection';
import { Timeline, type WeakRow } from './timeline';
import { attachZoom } from './zoom';

export type { CanvasCallbacks } from './selection';
export type { SceneMarks } from './scene';
export type { CollectorState } from './collectorState';
export type { Overview } from './overview';

/** Nothing folded: the folding of a heap drawn before the group cards' code has come. */
const NO_FOLDING: Folding = { groups: [], folded: new Map() };
/** The group cards' code (groupDrawing.ts), loaded after the first load: until then nothing folds. */
const groupDrawing = lateCode(() => import('./groupDrawing'));

type Walkthrough = typeof import('./walkthrough');
let walkthroughLoading: Promise<Walkthrough> | null = null;
/** The walkthrough's code once it has come: from then on every canvas walks through at once. */
let walkthroughCode: Walkthrough | null = null;

/**
 * Loads the collector walkthrough's code (once per page; again after a failure). No first heap
 * needs it: the app asks for it when the page is idle after the first heap is drawn, so it is there
 * when a collection is to be walked through. A canvas asked to walk through one before it has come
 * keeps the heap drawn before the run until it comes; the views around wait meanwhile, as they do
 * for the first step (walkthroughShown.ts).
 */
export function loadWalkthrough(): Promise<Walkthrough> {
  walkthroughLoading ??= import('./walkthrough').then(
    (code) => (walkthroughCode = code),
    (error: unknown) => {
      walkthroughLoading = null;
      throw error;
    },
  );
  return walkthroughLoading;
}

export interface UpdateOptions {
  /**
   * The run called gc.collect() (or, on demand, an allocation started a collection): walk through
   * its collections of that kind step by step (starting paused unless `autoplay`) before drawing
   * the heap it left. `source` is the statement, for captions.
   */
  readonly walkthrough?: {
    readonly source: string;
    readonly autoplay: boolean;
    /** Names the change walked through in the state reported (the session's RunRecord seq). */
    readonly run?: number;
    /** Which of the run's collections: the explicit ones (the default) or the automatic ones. */
    readonly collections?: CollectionKind;
    /** Opened on demand, after the run was shown: said in the state reported. */
    readonly onDemand?: boolean;
  };
  /**
   * The frame panel to bring into view, by its id: a script's step shows the innermost call in
   * progress. Only pans, and only if it is not in view already, clear of the controls floating
   * over the canvas.
   */
  readonly revealFrame?: number;
}

/** The collector walkthrough's controls (the buttons Step, Play, Pause, Skip to end, speed). */
export interface CollectorControls {
  step(): void;
  play(): void;
  pause(): void;
  skipToEnd(): void;
  setSpeed(speed: number): void;
}

export interface HeapCanvas {
  /** Draws `snapshot`, animating `events` (the run that turned the previous snapshot into it). */
  update(
    snapshot: HeapSnapshot,
    events: readonly HeapEvent[],
    marks?: SceneMarks,
    options?: UpdateOptions,
  ): void;
  readonly collector: CollectorControls;
  /**
   * Unfolds the group card that holds object `id` (a member selected from the inspector or found
   * by a search), redrawing at once so its card is there; false when `id` is not folded.
   */
  expandGroupOf(id: number): boolean;
  /** The reachability overlay: objects no name reaches through strong references are marked. */
  setReachability(on: boolean): void;
  /** Highlights the selected object, name or arrow (and the arrows of a selected object). */
  setSelected(selection: Picked | null): void;
  /** While picking a target for a new reference, cards show that they can be picked. */
  setPicking(picking: boolean): void;
  zoomBy(factor: number): void;
  resetZoom(): void;
  /** Zooms out until the whole heap is in view. */
  fit(): void;
  /** Draws everything `scale` times bigger at rest (presentation mode); see ZoomControl. */
  setScale(scale: number): void;
  /**
   * Brings object `id`'s card into view, centred, at a readable scale (Find object). False if the
   * canvas draws no such object.
   */
  reveal(id: number): boolean;
  /** Centres the view on a point of the drawing (canvas units), keeping the scale (overview map). */
  panTo(point: Point): void;
  /** The boxes drawn, the drawing's extent and the part in view (overview.ts). */
  overview(): Overview;
  /** Calls `listener` when the view pans or zooms or a new heap is drawn; returns its removal. */
  onViewChange(listener: () => void): () => void;
  /**
   * The whole drawing (not just the part in view) as the text of a standalone SVG file; an
   * animation under way is ended first, so the file shows where it was going (exportSvg.ts, loaded
   * on the first export).
   */
  exportSvg(): Promise<string>;
  destroy(): void;
}

export function createHeapCanvas(
  container: HTMLElement,
  callbacks: CanvasCallbacks,
  onCollector: (state: CollectorState) => void = () => {},
): HeapCanvas {
  // The box pan and zoom move (zoom.ts); the drawing is the <svg> inside it.
  const mover = select(container).append('div').attr('class', 'heap-drawing');
  const svg = mover
    .append('svg')
    .attr('class', 'heap-svg')
    .attr('role', 'group')
    .attr('aria-label', 'Heap diagram: names on the left, objects as cards, arrows for references');
  addMarkers(svg.append('defs'));
  const layer = (name: string): Layer => svg.append('g').attr('class', name) as unknown as Layer;
  const frameLayer = layer('frames-layer');
  const edgeLayer = layer('edges-layer');
  const groupLayer = layer('groups-layer');
  const nodeLayer = layer('nodes-layer');
  const overlay = layer('overlay-layer');

  const layout = new StableLayout();
  const timeline = new Timeline(nodeLayer, edgeLayer, overlay);
  const zoom = attachZoom(container, mover.node()!, svg.node()!);
  const drags = createDragSources(svg.node()!, overlay, callbacks);
  let previous = NOTHING_DRAWN;
  /** The <svg> box, which follows the drawing's extent in steps (see drawingSize.ts). */
  let box = { w: 0, h: 0 };
  let previousScene: Scene | null = null;
  /** The scene drawn when the walkthrough began: where the cards it frees were. */
  let walkScene: Scene | null = null;
  /** Made with the first walkthrough, once its code has come (see `loadWalkthrough`). */
  let player: CollectorPlayer | null = null;
  /** What the canvas has reported before it had a player: the player goes on from there. */
  const reported = { speed: 1, run: null as number | null };
  const playerFrom = (code: Walkthrough): CollectorPlayer =>
    (player ??= new code.CollectorPlayer(
      new code.CollectorOverlay(svg.node()!, nodeLayer, edgeLayer, () => timeline.labelBoxes()),
      onCollector,
      // Each step brings what it talks about into view (if it is not there already).
      (step) => {
        const boxes = code.stepBoxes(step, [previousScene, walkScene]);
        if (boxes.length > 0) zoom.reveal(boxes, { covered: coveredBy(container) });
      },
      reported,
    ));
  /** A walkthrough of change `run` was asked for, but there is nothing to walk through. */
  const decline = (run: number | null) => {
    if (player) player.decline(run);
    else {
      reported.run = run;
      onCollector(idleWith(reported.speed, run));
    }
  };
  /** Counts the updates: a walkthrough waiting for its code starts only if no update came since. */
  let updates = 0;
  let destroyed = false;
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

  /** Group cards unfolded by the person, by key (groups.ts); the folding of the heap drawn. */
  const expandedGroups = new Set<string>();
  let folding: Folding = NO_FOLDING;
  let groupNodes: readonly GroupNode[] = [];
  /** The marks of the heap drawn, to draw it again when a group is expanded or collapsed. */
  let drawnMarks: SceneMarks = NO_MARKS;
  const toggleGroup = (key: string, open: boolean) => {
    if (open) expandedGroups.add(key);
    else expandedGroups.delete(key);
    player?.abort();
    draw(previous, [], drawnMarks);
    mark(selection);
  };

  // The arrows' router, the group cards and the labels' placement come after the first load: the
  // heap drawn before they came (with direct curves, unfolded, its tags where they prefer) is
  // drawn again with them, unless a walkthrough is showing it (the next update draws it so).
  const redrawWithLateCode = () => {
    if (destroyed || player?.isActive || previous === NOTHING_DRAWN) return;
    draw(previous, [], drawnMarks);
    mark(selection);
  };
  // Once all have come (or failed: the heap is drawn as well as it can be), one redraw.
  void Promise.allSettled([loadRouter(), loadLabelLayout(), groupDrawing.load()]).then(
    redrawWithLateCode,
  );

  /** A card dragged to a place of the person's choosing stays there (layout.ts `pin`). */
  const moveCard = (id: number, at: Point) => {
    layout.pin(id, at);
    draw(previous, [], drawnMarks);
    mark(selection);
  };

  /** Whether this update animates (no motion when the person asked for less). */
  let animate = true;
  /** Draws a part of a scene (all of it, unless many cards are new: see fillPlan.ts). */
  const drawPart = (part: Scene, first: boolean) => {
    if (first) drawFrames(frameLayer, part.frames, callbacks, drags, animate);
    const groupCode = groupDrawing.now();
    if (first && groupCode)
      groupCode.drawGroups(groupLayer, groupNodes, (g) => toggleGroup(g.key, !g.expanded));
    const edges = drawEdges(edgeLayer, part.edges, callbacks, first && animate);
    const nodes = drawNodes(nodeLayer, part.nodes, callbacks);
    drags.handles(nodes.handles);
    makeMovable(svg.node()!, nodes.entered, moveCard);
    mark(selection);
    return { part, nodes, edges };
  };
  const fill = new ProgressiveFill(drawPart, (busy) => svg.attr('aria-busy', busy ? 'true' : null));

  /** Draws a snapshot and plays the events of the run that made it. */
  const draw = (snapshot: HeapSnapshot, events: readonly HeapEvent[], marks: SceneMarks) => {
    timeline.stop();
    // Weak rows into the objects this run frees are those of the heap drawn before it.
    indexWeakRows(previous);
    animate = !prefersReducedMotion();
    drawnMarks = marks;
    const visible = visibleObjects(snapshot, marks);
    const groupCode = groupDrawing.now();
    folding = groupCode ? groupCode.foldGroups(snapshot, visible, expandedGroups) : NO_FOLDING;
    const referrers = firstReferrers(visible, namedObjects(snapshot));
    const objects = visible.map((o) => ({
      id: o.id,
      interned: o.interned,
      referrer: referrers.get(o.id) ?? null,
    }));
    layout.update(groupCode ? groupCode.placeables(objects, folding) : objects);
    // Folded objects are left out of the scene; their group cards and arrows stand for them.
    const hidden = new Set([...marks.hidden, ...folding.folded.keys()]);
    const base = buildScene(
      snapshot,
      layout,
      folding.folded.size > 0 ? { ...marks, hidden } : marks,
    );
    const grouped = groupCode?.groupScene(folding, layout, base) ?? null;
    groupNodes = grouped?.groups ?? [];
    const scene: Scene =
      groupCode && grouped
        ? {
            ...base,
            edges: [...base.edges, ...grouped.edges],
            extent: groupCode.extentWith(base.extent, grouped.groups),
          }
        : base;
    const { extent } = scene;
    zoom.setExtent(extent);
    // Set only when it changes: a new size makes the browser lay the whole drawing out again.
    const next = { w: boxLength(extent.x, box.w), h: boxLength(extent.y, box.h) };
    if (next.w !== box.w || next.h !== box.h) {
      box = next;
      svg.attr('width', box.w).attr('height', box.h);
    }

    const { part, nodes, edges } = fill.draw(scene, zoom.visibleRect());
    // The run is played on what this frame shows; cards drawn in later frames just appear.
    const drawn = new Map<number, ObjectNode>(part.nodes.map((n) => [n.id, n]));
    for (const gone of nodes.exited.data()) drawn.set(gone.id, gone);
    labelLayout()?.placeLostTags(nodeLayer, edgeLayer);
    timeline.play(
      {
        events,
        changes: refChanges(events, previous, snapshot),
        nodes,
        edges,
        boxOf: (id): Box | undefined => drawn.get(id)?.box,
        kindOf: (id) => drawn.get(id)?.kind,
        weakRowsInto: (id) => weakRows.get(id) ?? [],
      },
      !animate,
    );
    previous = snapshot;
    previousScene = scene;
    restoreFocus();
    for (const listener of viewListeners) listener();
  };
  /** Told of each new scene (the view's own moves come from zoom.onChange). */
  const viewListeners = new Set<() => void>();

  /** Weak references drawn into each object, by the object that holds them. */
  let weakRows = new Map<number, WeakRow[]>();
  const indexWeakRows = (snapshot: HeapSnapshot) => {
    weakRows = new Map();
    for (const o of snapshot.objects) {
      for (const r of o.refs) {
        if (!r.weak) continue;
        const rows = weakRows.get(r.target) ?? [];
        rows.push({ holderId: o.id, slot: r.slot, container: o.kind === 'weakcontainer' });
        weakRows.set(r.target, rows);
      }
    }
  };

  /**
   * Walks through the collection of a run whose walkthrough was asked for, with the heap drawn
   * before it on screen; draws the run at once if there is nothing to walk through.
   */
  const walkThrough = (
    code: Walkthrough,
    snapshot: HeapSnapshot,
    events: readonly HeapEvent[],
    marks: SceneMarks,
    walk: NonNullable<UpdateOptions['walkthrough']>,
  ) => {
    // The walkthrough marks the cards of the heap drawn before: all of them must be there.
    fill.flush();
    const cards = new Set(previousScene!.nodes.filter((n) => n.kind === 'card').map((n) => n.id));
    const steps = code.collectorSteps({
      events,
      before: previous,
      drawn: cards,
      source: walk.source,
      collections: walk.collections,
    });
    if (steps.length > 0) {
      walkScene = previousScene;
      playerFrom(code).start(steps, () => draw(snapshot, events, marks), {
        autoplay: walk.autoplay,
        reducedMotion: prefersReducedMotion(),
        run: walk.run ?? null,
        onDemand: walk.onDemand,
      });
      return;
    }
    walkScene = null;
    draw(snapshot, events, marks);
    decline(walk.run ?? null);
  };

  return {
    update(snapshot, events, marks = NO_MARKS, options = {}) {
      const call = ++updates;
      player?.abort();
      timeline.stop();
      const walk = options.walkthrough;
      if (walk && previousScene && hasCollection(events)) {
        if (walkthroughCode) {
          walkThrough(walkthroughCode, snapshot, events, marks, walk);
          return;
        }
        // Its code has not come yet: the heap drawn before the run stays until it does.
        loadWalkthrough().then(
          (code) => {
            if (call === updates && !destroyed) walkThrough(code, snapshot, events, marks, walk);
          },
          (error: unknown) => {
            console.warn('The collector walkthrough could not be loaded.', error);
            if (call !== updates || destroyed) return;
            walkScene = null;
            draw(snapshot, events, marks);
            decline(walk.run ?? null);
          },
        );
        return;
      }
      walkScene = null;
      draw(snapshot, events, marks);
      if (walk) decline(walk.run ?? null);
      if (options.revealFrame !== undefined) revealFrame(options.revealFrame);
    },

    collector: {
      step: () => player?.step(),
      play: () => player?.play(),
      pause: () => player?.pause(),
      skipToEnd: () => player?.skipToEnd(),
      setSpeed: (speed) => {
        if (player) player.setSpeed(speed);
        else {
          // As a player with no walkthrough reports it.
          reported.speed = speed;
          onCollector(idleWith(speed, reported.run));
        }
      },
    },

    setReachability(on) {
      svg.classed('reachability', on);
    },

    expandGroupOf(id) {
      const group = folding.folded.get(id);
      if (!group) return false;
      toggleGroup(group.key, true);
      return true;
    },

    setSelected(next) {
      const same =
        selection?.kind === 'object' && next?.kind === 'object' && selection.id === next.id;
      selection = next;
      // A folded object newly selected (from the inspector, a search) is shown: its group
      // unfolds. Only when the selection changes: a group folded back stays folded, though the
      // object is still selected when the next heap is drawn.
      if (!same && next?.kind === 'object' && folding.folded.has(next.id)) {
        toggleGroup(folding.folded.get(next.id)!.key, true);
        return;
      }
      mark(next);
    },

    setPicking(picking) {
      svg.classed('picking', picking);
    },

    zoomBy: (factor) => zoom.zoomBy(factor),
    resetZoom: () => zoom.reset(),
    fit: () => zoom.fit(),
    setScale: (scale) => zoom.setBaseScale(scale),

    reveal(id) {
      // A folded object is shown by unfolding its group first.
      const group = folding.folded.get(id);
      if (group) toggleGroup(group.key, true);
      const node = previousScene?.nodes.find((n) => n.id === id);
      if (!node) return false;
      // Its card may be one a progressive fill has not drawn yet.
      fill.flush();
      zoom.centreOn(node.box);
      return true;
    },
    panTo: (point) => zoom.centreOn({ ...point, w: 0, h: 0 }, true),
    overview: () => overviewOf(previousScene, zoom.visibleRect()),
    onViewChange(listener) {
      viewListeners.add(listener);
      const moved = zoom.onChange(listener);
      return () => {
        viewListeners.delete(listener);
        moved();
      };
    },

    async exportSvg() {
      const { drawingAsSvg } = await import('./exportSvg');
      fill.flush();
      timeline.stop();
      const background = getComputedStyle(container).backgroundColor;
      return drawingAsSvg(svg.node()!, { background });
    },

    destroy() {
      destroyed = true;
      viewListeners.clear();
      fill.cancel();
      player?.abort(false);
      timeline.stop();
      zoom.destroy();
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      container.removeEventListener('pointerdown', onPointerDown);
      svg.remove();
    },
  };

  /**
   * Pans the frame panel `id` into view. The panel alone: the objects its rows refer to are
   * scattered over the grid, and bringing them in too would move the view on most steps.
   */
  function revealFrame(id: number): void {
    const panel = previousScene?.frames.find((f) => f.id === id);
    if (!panel) return;
    // The frames run down the drawing's left side: only controls over the view's left half can
    // hide them (the zoom buttons, on the right, cannot).
    const covered = coveredBy(container, 'left');
    zoom.reveal([panel.box], { covered, margin: 12, minScale: 1 });
  }

  function mark(s: Picked | null): void {
    markSelected(nodeLayer, s);
    markSelectedRow(frameLayer, s);
    markRelated(edgeLayer, s);
  }
}

/**
 * The part of the canvas that controls floating over its bottom (the zoom buttons; marked
 * `data-floats-over-canvas` by whoever draws them beside it) cover: what is under them is not
 * in view, so the walkthrough keeps what it shows clear of them. With `only` 'left', just the
 * controls that reach into the view's left half count.
 */
function coveredBy(container: HTMLElement, only?: 'left'): Margins {
  const view = container.getBoundingClientRect();
  let bottom = 0;
  const floating = container.parentElement?.querySelectorAll('[data-floats-over-canvas]') ?? [];
  for (const el of floating) {
    const r = el.getBoundingClientRect();
    if (only === 'left' && r.left >= view.left + view.width / 2) continue;
    if (r.height > 0 && r.top < view.bottom) bottom = Math.max(bottom, view.bottom - r.top);
  }
  return { top: 0, right: 0, bottom, left: 0 };
}

/**
 * Arrowheads: dark for references to objects, light for references to interned pills, hollow for
 * weak references.
 */
function addMarkers(defs: ReturnType<typeof select<SVGDefsElement, unknown>>): void {
  for (const [id, cls] of [
    ['hs-arrow', 'arrowhead'],
    ['hs-arrow-light', 'arrowhead light'],
    ['hs-arrow-drag', 'arrowhead drag'],
    ['hs-arrow-hot', 'arrowhead hot'],
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
  defs
    .append('marker')
    .attr('id', 'hs-arrow-weak')
    .attr('viewBox', '-1 -1 12 12')
    .attr('refX', 9)
    .attr('refY', 5)
    .attr('markerWidth', 9)
    .attr('markerHeight', 9)
    .attr('markerUnits', 'userSpaceOnUse')
    .attr('orient', 'auto')
    .append('path')
    .attr('class', 'arrowhead weak')
    .attr('d', 'M0,0 L10,5 L0,10 Z');
}
