/**
 * Mounts the d3 heap canvas and feeds it the store: each new snapshot with the events of the run
 * that made it, what to mark (objects no name reaches, cards that can take a new reference, the
 * setup's objects left out, the cards a lesson's "which survive?" asks about and those guessed),
 * the selection and the picking mode. Gestures on the canvas come back through the callbacks and
 * go to the action registry (`gestures.ts`), never to the heap.
 *
 * While a step of a script is shown, the canvas draws the heap at that step instead, with the
 * frames of the calls in progress (useShownHeap.ts), brings the innermost one into view, and
 * offers nothing to drag: gestures act on the live heap.
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { canHoldIds } from '../actions/reach';
import { IDLE } from '../render/collectorState';
import { automaticSummary, collectionsOf } from '../render/collections';
import {
  createHeapCanvas,
  loadWalkthrough,
  type CanvasCallbacks,
  type HeapCanvas,
} from '../render/heapCanvas';
import '../render/heapCanvas.css';
import { grouped } from '../render/format';
import { BIG_HEAP } from '../render/overview';
import { unreachableIds } from '../store/reachability';
import { measure } from '../store/timing';
import { useSession } from './core/context';
import { CollectorBar, type AutomaticCollections } from './CollectorBar';
import { ExportMenu } from './ExportMenu';
import { LaterFindObject, LaterOverviewMap, useFindParts } from './FindParts';
import { asksForWalkthrough } from './walkthroughShown';
import type { AppCore } from './core/appCore';
import { useCollector, useCore, useInteraction } from './core/context';
import { PRESENTATION_CANVAS_SCALE, useAppearance } from './appearance';
import { Palette } from './Palette';
import { ProfileBadge } from './ProfileBadge';
import { HistoryBar } from './HistoryBar';
import { StepBar } from './StepBar';
import { useLoadAhead } from './laterParts';
import { useShownHeap } from './useShownHeap';
import { stepCaption } from './script/stepCaption';
import type { HeapSnapshot } from '../engine/snapshot';

/** The collector walkthrough's code: loaded when the page is idle after the first heap is drawn. */
const LOAD_AHEAD = [loadWalkthrough];

/** What the canvas reports, turned into this mount's gestures and selection. */
function canvasCallbacks(core: AppCore): CanvasCallbacks {
  return {
    onActivate(item) {
      // While picking a target, activating a card (or a name: the object it refers to) picks it.
      const target = item.kind === 'object' ? item.id : item.target;
      if (core.gestures.completePick(target)) return;
      // While a lesson asks which objects survive, a card it asks about (or a name bound to one)
      // is ticked or unticked in the answer instead; an arrow's slot still selects the arrow.
      if (item.kind !== 'ref' && core.interaction.getState().toggleSurvivor(target)) return;
      core.session.getState().select(item);
    },
    onFocusItem(item) {
      core.session.getState().select(item);
    },
    onDropName: core.gestures.dropName,
    onDropReference: core.gestures.dropReference,
    onContextMenu(item, at) {
      core.session.getState().select(item);
      core.interaction.getState().setMenu({ item, ...at, opener: document.activeElement });
    },
  };
}

/** The frame of the innermost call in progress (the globals' when none is), by its id. */
/**
 * The objects to leave out of the drawing: `hidden`, and while values are drawn inline the
 * shared objects (interned: small ints, interned strs, None, booleans), whose pills then go.
 */
function withShared(
  hidden: ReadonlySet<number>,
  snapshot: HeapSnapshot,
  inline: boolean,
): ReadonlySet<number> {
  if (!inline) return hidden;
  const all = new Set(hidden);
  for (const o of snapshot.objects) if (o.interned) all.add(o.id);
  return all;
}

function innermostFrame(snapshot: HeapSnapshot): number | undefined {
  const frames = snapshot.frames.filter((f) => f.kind !== 'repl');
  return frames[frames.length - 1]?.id;
}

export interface CanvasHostProps {
  /**
   * The controls around the heap: `full` (palette, view buttons, Collect, history), `step` (Back
   * and Next through the session, and the walkthrough's controls while a collection is walked
   * through: an embed in a slide) or `none` (the heap alone).
   */
  readonly chrome?: 'full' | 'step' | 'none';
  /** How much bigger than normal the drawing rests (an embed's `scale`); presentation adds its own. */
  readonly scale?: number;
  /**
   * With `step` chrome, the Back/Next bar through the session (the walkthrough's controls stay):
   * an embedded lesson leaves it out, its own Previous/Next move the session.
   */
  readonly stepBar?: boolean;
}

export function CanvasHost({
  chrome = 'full',
  scale: ownScale = 1,
  stepBar = true,
}: CanvasHostProps) {
  const core = useCore();
  const { snapshot, past } = useShownHeap();
  const stepNote = useSession((s) =>
    s.script && s.script.step !== null ? stepCaption(s.script.steps, s.script.step) : null,
  );
  const lastRun = useSession((s) => s.lastRun);
  const selection = useSession((s) => s.selection);
  const setupIds = useSession((s) => s.setupIds);
  const showSetup = useInteraction((s) => s.showSetup);
  const setShowSetup = useInteraction((s) => s.setShowSetup);
  const picking = useInteraction((s) => s.pick !== null);
  const reachability = useInteraction((s) => s.showReachability);
  const survivorGuess = useInteraction((s) => s.survivorGuess);
  const setReachability = useInteraction((s) => s.setShowReachability);
  const inlineValues = useInteraction((s) => s.inlineValues);
  const setInlineValues = useInteraction((s) => s.setInlineValues);
  const transcript = useSession((s) => s.transcript);
  const scale = useAppearance((s) => (s.presenting ? PRESENTATION_CANVAS_SCALE : 1)) * ownScale;
  const host = useRef<HTMLDivElement>(null);
  const canvas = useRef<HeapCanvas | null>(null);
  /** The `seq` of the last change the canvas animated. */
  const played = useRef<number | null>(null);
  useLoadAhead(LOAD_AHEAD);

  const marks = useMemo(
    () => ({
      hidden: withShared(showSetup ? new Set<number>() : setupIds, snapshot, inlineValues),
      unreachable: unreachableIds(snapshot),
      canHold: past ? new Set<number>() : canHoldIds(snapshot),
      readOnly: past,
      offered: survivorGuess?.offered,
      guessed: survivorGuess?.picked,
      inlineValues,
    }),
    [snapshot, setupIds, showSetup, past, survivorGuess, inlineValues],
  );

  useEffect(() => {
    const { report, setControls } = core.collector.getState();
    const created = createHeapCanvas(host.current!, canvasCallbacks(core), report);
    canvas.current = created;
    setControls(created.collector);
    const { setDrawingSvg } = core.interaction.getState();
    setDrawingSvg(() => created.exportSvg());
    return () => {
      setDrawingSvg(null);
      setControls(null);
      created.destroy();
      canvas.current = null;
      // A walkthrough under way ends with its canvas: nothing waits for it any more.
      const { state } = core.collector.getState();
      if (state.active) report({ ...IDLE, speed: state.speed, run: state.run });
    };
  }, [core]);

  // The statement of the last run, if it called gc.collect() (anywhere: the events say so) and was
  // run (or redone) now: it is walked through, and the views that wait for the walkthrough know
  // it by the run's seq.
  const entry = lastRun ? transcript.find((e) => e.id === lastRun.entryId) : undefined;
  const collectNow = asksForWalkthrough(lastRun, entry) ? entry.source : null;
  // Declared after the mount effect, so on mount it runs against the canvas just created.
  // A change is animated once: redrawing for another reason (showing the setup's objects) must
  // not play the last run again. A script's steps are drawn as they are, with nothing played: the
  // run's events are those of the whole script, and they count as played once a step is shown.
  useEffect(() => {
    const fresh = !past && lastRun !== null && played.current !== lastRun.seq;
    played.current = lastRun?.seq ?? null;
    const walkthrough =
      fresh && collectNow !== null
        ? { source: collectNow, autoplay: false, run: lastRun.seq }
        : undefined;
    const revealFrame = past ? innermostFrame(snapshot) : undefined;
    const started = performance.now();
    canvas.current?.update(snapshot, fresh ? lastRun.events : [], marks, {
      walkthrough,
      revealFrame,
    });
    measure('hs:render', started);
  }, [snapshot, past, lastRun, marks, collectNow]);

  // The collections an allocation started in the last run: summarized under the canvas, and
  // walked through on demand, from the heap before the run (nothing waits for that walkthrough).
  const showAutomatic = useCallback(() => {
    if (!lastRun || past) return;
    const before = lastRun.before;
    canvas.current?.update(before, [], {
      ...marks,
      unreachable: unreachableIds(before),
      canHold: canHoldIds(before),
    });
    canvas.current?.update(snapshot, lastRun.events, marks, {
      walkthrough: {
        source: entry?.source ?? '',
        autoplay: false,
        run: lastRun.seq,
        collections: 'automatic',
        onDemand: true,
      },
    });
  }, [lastRun, past, snapshot, marks, entry]);
  const automatic = useMemo((): AutomaticCollections | null => {
    if (past || !lastRun || (lastRun.kind !== 'run' && lastRun.kind !== 'redo')) return null;
    const summary = automaticSummary(lastRun.events);
    if (summary === null) return null;
    const count = collectionsOf(lastRun.events).filter((c) => c.automatic).length;
    return { summary, count, show: showAutomatic };
  }, [past, lastRun, showAutomatic]);

  useEffect(() => {
    canvas.current?.setReachability(reachability);
  }, [reachability]);

  useEffect(() => {
    canvas.current?.setSelected(selection);
  }, [selection, snapshot, marks]);

  useEffect(() => {
    canvas.current?.setPicking(picking);
  }, [picking]);

  useEffect(() => {
    canvas.current?.setScale(scale);
  }, [scale]);

  // The cards the canvas draws (a group card stands for the objects it folds): a big heap drawn
  // opens the overview map.
  const [drawnCards, setDrawnCards] = useState(0);
  useEffect(() => {
    const shown = canvas.current;
    if (!shown) return;
    const count = () => setDrawnCards(shown.overview().objects.filter((o) => !o.pill).length);
    count();
    return shown.onViewChange(count);
  }, [core]);

  const drawn = useMemo(
    () => snapshot.objects.filter((o) => !marks.hidden.has(o.id)),
    [snapshot, marks],
  );
  const empty = drawn.length === 0;
  // The overview map: open or closed by the Map button; until it is pressed (null), open for a
  // big heap only.
  const [mapOpen, setMapOpen] = useState<boolean | null>(null);
  const mapId = useId();
  const mapShown = mapOpen ?? drawnCards > BIG_HEAP;
  const findCode = useFindParts(chrome === 'full');
  const walking = useCollector((s) => s.state.active && !s.state.done);
  return (
    // The region named "Heap": the layout gives its box most of the screen (e2e/layout.spec.ts).
    <section className="canvas panel" role="region" aria-labelledby="canvas-title">
      <div className="canvas-bar">
        <h2 id="canvas-title" className="panel-title">
          Heap
        </h2>
        {stepNote !== null ? (
          // The heap drawn is a script's step, not the live heap (End in the Script pane goes
          // back to it): said where the palette was, whose gestures act on the live heap.
          <p className="canvas-step-note">
            <span className="canvas-step-tag">Script</span> {stepNote}
          </p>
        ) : (
          chrome === 'full' && <Palette />
        )}
        {chrome === 'full' && (
          <LaterFindObject
            code={findCode}
            canvas={canvas}
            snapshot={snapshot}
            drawn={drawn}
            past={past}
          />
        )}
        {chrome === 'full' && (
          <div className="view-buttons" role="group" aria-label="View">
            <button
              type="button"
              aria-pressed={showSetup}
              onClick={() => setShowSetup(!showSetup)}
              title="Draw the setup's objects: the classes Node and Finalized and their methods"
            >
              Classes
            </button>
            <button
              type="button"
              aria-pressed={reachability}
              onClick={() => setReachability(!reachability)}
              title="Mark the objects no name reaches through strong references: only the collector can find them"
            >
              Reachability
            </button>
            <button
              type="button"
              aria-pressed={inlineValues}
              aria-label="Inline values"
              onClick={() => setInlineValues(!inlineValues)}
              title="Inline values: draw small ints, interned strings, None and booleans inside the slots that refer to them, instead of as shared objects with arrows"
            >
              {/* Short, so the bar keeps the palette on one line at 1280 px. */}
              Inline
            </button>
          </div>
        )}
        {chrome === 'full' && <ExportMenu />}
      </div>
      <div
        className={picking ? 'canvas-stage picking' : 'canvas-stage'}
        style={{ '--canvas-scale': scale } as CSSProperties}
      >
        {/* d3 owns this element's children; React never renders into it. */}
        <div ref={host} className="heap-viewport" />
        <ProfileBadge />
        {chrome === 'full' && (
          <LaterOverviewMap
            code={findCode}
            canvas={canvas}
            open={mapOpen}
            cards={drawnCards}
            mapId={mapId}
          />
        )}
        {/* Floats over the canvas: the walkthrough keeps what it shows clear of it. */}
        <div className="zoom-buttons" role="group" aria-label="Zoom" data-floats-over-canvas>
          <button type="button" onClick={() => canvas.current?.zoomBy(1.25)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => canvas.current?.zoomBy(0.8)} aria-label="Zoom out">
            −
          </button>
          <button
            type="button"
            onClick={() => canvas.current?.fit()}
            title="Zoom out until the whole heap is in view"
          >
            Fit
          </button>
          <button
            type="button"
            onClick={() => canvas.current?.resetZoom()}
            title="Back to full size, top left"
          >
            Reset
          </button>
          {chrome === 'full' && (
            <button
              type="button"
              aria-pressed={mapShown}
              aria-controls={mapShown ? mapId : undefined}
              onClick={() => setMapOpen(!mapShown)}
              title="The overview map: the whole heap, and where the view is; click it to go there"
            >
              Map
            </button>
          )}
        </div>
        {snapshot.omitted > 0 && (
          <p
            className="canvas-omitted"
            data-floats-over-canvas
            title="Names and what they reach are drawn first, then objects no name reaches, then the rest; a big container shows its first items and a count."
          >
            {grouped(snapshot.objects.length)} of{' '}
            {grouped(snapshot.objects.length + snapshot.omitted)} objects drawn
          </p>
        )}
        {empty && chrome === 'full' && (
          <p className="canvas-empty">
            Make objects with the buttons above, or type Python in the console. Drag a name onto an
            object to rebind it; drag a card&apos;s <span aria-hidden="true">⊕</span> handle onto
            another card to add a reference. Press <kbd>?</kbd> for keys.
          </p>
        )}
      </div>
      {chrome === 'full' && <CollectorBar automatic={automatic} />}
      {chrome === 'full' && <HistoryBar />}
      {chrome === 'step' && walking && <CollectorBar />}
      {chrome === 'step' && stepBar && <StepBar />}
    </section>
  );
}
