/**
 * A `gc.collect()` run, read as the steps a person walks through: the events the collector
 * recorded, grouped so that each step shows one thing happening and says it in one sentence.
 *
 *  1. start            the generation(s) to examine
 *  2. updateRefs       gc_refs copied from each refcount (a badge on every card)
 *  3. subtract …       one internal reference at a time: its arrow lit, the target's badge down
 *  4. subtractRefs     what is left counts references from outside the generation
 *  5. restore          moveUnreachable, part one: reachable objects restored (✓)
 *  6. gather           moveUnreachable, part two: the rest gathered as unreachable (✗)
 *  7. untrack          tuples (and dicts) that can never be in a cycle leave the lists
 *  8. weakrefs         weak references to the garbage cleared (WeakValueDictionary rows go)
 *  9. callback …       each weakref callback run, with what it printed
 * 10. finalize …       each `__del__` run, with what it printed
 * 11. resurrection     the count again: anything a `__del__` made reachable survives
 * 12. delete           tp_clear breaks the cycles; refcounts reach 0; the cards go
 * 13. done             what gc.collect() returned
 *
 * A run's collections of one kind are walked through, each in turn: the explicit ones
 * (gc.collect(), wherever it was called), or, on demand, the automatic ones an allocation started
 * (collections.ts); the others are passed over. A collection counts objects the canvas does not
 * draw (a class's dict and descriptors, the setup's objects): its last step says how many, by type.
 *
 * Every step carries the whole overlay as it stands after it, so stepping, skipping and going
 * back are all just "draw this step". Only objects that are drawn get steps of their own: the
 * collector also walks the setup's classes, modules and the interpreter's own objects, and those
 * steps would show nothing; their effects still go into the overlay.
 */
import type { GcEventObject, HeapEvent } from '../engine/events';
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';
import { pythonAddress } from './format';
import { notDrawn, typeList, walkable, type CollectionKind, type NotDrawn } from './collections';

export type StepPhase =
  | 'start'
  | 'updateRefs'
  | 'subtract'
  | 'subtractRefs'
  | 'restore'
  | 'gather'
  | 'untrack'
  | 'weakrefs'
  | 'callback'
  | 'finalize'
  | 'resurrection'
  | 'delete'
  | 'done';

/** What the collector has decided about an object so far. */
export type GcStatus = 'reachable' | 'unreachable' | 'resurrected' | 'freed';

export interface GcOverlay {
  readonly generation: number;
  /** gc_refs as the badge shows it, for the drawn objects of the generation. */
  readonly gcRefs: ReadonlyMap<number, number>;
  readonly status: ReadonlyMap<number, GcStatus>;
  /** Drawn objects in the generation(s) being collected; other cards are dimmed. */
  readonly examined: ReadonlySet<number>;
  /** Objects whose weak references were cleared: weak arrows and rows into them are gone. */
  readonly cleared: ReadonlySet<number>;
  /** Objects whose `__del__` ran in this collection. */
  readonly finalized: ReadonlySet<number>;
  readonly untracked: ReadonlySet<number>;
}

export interface CollectorStep {
  readonly phase: StepPhase;
  /** The CPython name of what happens ("subtractRefs"), shown before the caption. */
  readonly title: string;
  /** One sentence about this step. */
  readonly caption: string;
  /** What Python code printed during the step (weakref callbacks, `__del__`). */
  readonly output: string;
  /**
   * How much the statement had printed by the end of this step, in characters of stdout and
   * stderr together (what came before the collection included): the transcript shows that much
   * of the statement's output while this step is on screen.
   */
  readonly printed: number;
  readonly overlay: GcOverlay;
  /** Arrows to light up, as [holder (object or frame), target] pairs. */
  readonly highlight: readonly (readonly [number, number])[];
  /** Objects whose badge or mark changed at this step (they pulse). */
  readonly changed: readonly number[];
  /** From this step on, the heap after the run is drawn (the deletion has happened). */
  readonly commit: boolean;
  /** The last step: what gc.collect() returned (collected + uncollectable); null before. */
  readonly returned: number | null;
  /** The last step of a collection: what it counted that is not drawn (null if nothing). */
  readonly notDrawn: NotDrawn | null;
}

export interface StepInput {
  readonly events: readonly HeapEvent[];
  /** The heap as drawn before the run. */
  readonly before: HeapSnapshot;
  /** Objects drawn on the canvas (cards and pills): only they get steps of their own. */
  readonly drawn: ReadonlySet<number>;
  /** The statement that ran, for the last caption ("gc.collect(2) returned 2"). */
  readonly source?: string;
  /** Which collections to walk through: the explicit ones (the default) or the automatic ones. */
  readonly collections?: CollectionKind;
}

/** Past this many internal references with arrows on screen, one step shows several. */
export const MAX_SUBTRACT_STEPS = 16;

export { hasCollection } from './collectorState';

export function collectorSteps(input: StepInput): CollectorStep[] {
  return new StepBuilder(input).build();
}

interface MutableOverlay {
  generation: number;
  gcRefs: Map<number, number>;
  status: Map<number, GcStatus>;
  examined: Set<number>;
  cleared: Set<number>;
  finalized: Set<number>;
  untracked: Set<number>;
}

const emptyOverlay = (generation: number): MutableOverlay => ({
  generation,
  gcRefs: new Map(),
  status: new Map(),
  examined: new Set(),
  cleared: new Set(),
  finalized: new Set(),
  untracked: new Set(),
});

/** The events the collector itself records (the rest is ordinary refcounting). */
const GC_KINDS = new Set<HeapEvent['kind']>([
  'gcStart',
  'gcPhase',
  'gcSubtract',
  'gcUntrack',
  'weakrefCleared',
  'weakrefCallback',
  'finalize',
  'gcClear',
  'gcDone',
]);

type GcPhaseEvent = Extract<HeapEvent, { kind: 'gcPhase' }>;
type Subtract = Extract<HeapEvent, { kind: 'gcSubtract' }>;

class StepBuilder {
  private readonly steps: CollectorStep[] = [];
  private overlay: MutableOverlay = emptyOverlay(2);
  private readonly views: Map<number, ObjectView>;
  private readonly names = new Map<number, string>();
  private readonly frames = new Map<number, string>();
  /** Strong arrows drawn before the run, as "holder>target". */
  private readonly arrows = new Set<string>();
  /** Weak arrows drawn before the run into each object: "holder slot". */
  private readonly weakInto = new Map<number, { holder: number; slot: string }[]>();
  private readonly lastCollection: number;
  /** Weakrefs whose callback was shown already. */
  private readonly called = new Set<number>();
  /** Objects freed so far in the run. */
  private readonly freed = new Set<number>();
  /** Characters printed so far in the run (stdout and stderr). */
  private printed = 0;
  /** Drawn objects the collection walked through counts as garbage (gathered, not resurrected). */
  private counted = new Set<number>();
  /** The collection walked through counts something (drawn or not). */
  private countsSome = false;
  /** The gcStart of each collection walked through, by index into the events. */
  private readonly walked: number[];
  /** Collections of the kind walked through that were recorded only in outline (walkable). */
  private readonly outlined: number;

  constructor(private readonly input: StepInput) {
    const { before } = input;
    this.views = new Map(before.objects.map((o) => [o.id, o]));
    for (const f of before.frames) {
      this.frames.set(f.id, f.title);
      for (const n of f.names) {
        if (!this.names.has(n.target)) this.names.set(n.target, n.name);
        this.arrows.add(`${f.id}>${n.target}`);
      }
    }
    for (const o of before.objects) {
      for (const r of o.refs) {
        if (!r.weak) {
          this.arrows.add(`${o.id}>${r.target}`);
          continue;
        }
        const into = this.weakInto.get(r.target) ?? [];
        into.push({ holder: o.id, slot: r.slot });
        this.weakInto.set(r.target, into);
      }
    }
    const automatic = input.collections === 'automatic';
    const ofKind = (e: HeapEvent) => e.kind === 'gcStart' && (e.automatic === true) === automatic;
    this.walked = input.events.flatMap((e, i) => (walkable(e) && ofKind(e) ? [i] : []));
    this.outlined = input.events.filter((e) => ofKind(e) && !walkable(e)).length;
    this.lastCollection = this.walked.at(-1) ?? -1;
  }

  build(): CollectorStep[] {
    const { events } = this.input;
    let i = 0;
    while (i < events.length) {
      const e = events[i]!;
      if (e.kind === 'gcStart') i = this.walked.includes(i) ? this.collection(i) : this.passOver(i);
      else {
        if (e.kind === 'stdout' || e.kind === 'stderr') this.notePrinted(e.text);
        i++;
      }
    }
    return this.steps;
  }

  /**
   * Counts printed text: the last step shown so far is on screen when it is printed (output
   * before the first step is counted into it, from its start).
   */
  private notePrinted(text: string): void {
    this.printed += text.length;
    const last = this.steps.length - 1;
    if (last >= 0) this.steps[last] = { ...this.steps[last]!, printed: this.printed };
  }

  /**
   * A collection not walked through: what it printed still counts, and what it freed is gone.
   * Returns the index after its gcDone.
   */
  private passOver(start: number): number {
    const events = this.input.events;
    for (let i = start + 1; i < events.length; i++) {
      const e = events[i]!;
      if (e.kind === 'stdout' || e.kind === 'stderr') this.notePrinted(e.text);
      else if (e.kind === 'dealloc') this.freed.add(e.id);
      else if (e.kind === 'gcDone') return i + 1;
    }
    return events.length;
  }

  /** One collection, from its gcStart; returns the index after its gcDone. */
  private collection(start: number): number {
    const events = this.input.events;
    const begin = events[start] as Extract<HeapEvent, { kind: 'gcStart' }>;
    const last = start === this.lastCollection;
    const first = this.steps.length;
    this.overlay = emptyOverlay(begin.generation);
    this.counted = new Set();
    let end = start;
    while (end < events.length && events[end]!.kind !== 'gcDone') end++;
    const done = events[end];
    this.countsSome = done?.kind === 'gcDone' && done.collected + done.uncollectable > 0;
    const gens = begin.generation === 0 ? 'generation 0' : `generations 0–${begin.generation}`;
    const nth =
      this.outlined > 0
        ? ` ${this.walked.indexOf(start) + 1} of the ${this.walked.length} recorded in full (${this.walked.length + this.outlined} ran; past the statement’s event limit only what each collected was kept)`
        : this.walked.length > 1
          ? ` ${this.walked.indexOf(start) + 1} of ${this.walked.length}`
          : '';
    this.push(
      'start',
      begin.automatic ? 'automatic collection' : 'collect',
      begin.automatic
        ? `Automatic collection${nth}: an allocation took generation 0’s count past its threshold, so the collector starts on ${gens} on its own, in the middle of the statement.`
        : `The collector starts on ${gens}: it examines the container objects it tracks there, and no names.`,
      [],
      [],
    );

    /** Which deduce_unreachable round: 1, then 2 for handle_resurrected_objects. */
    let round = 0;
    let subtracts: Subtract[] = [];
    let committed = false;
    let deleted = false;
    let weakrefsShown = false;
    /** After the second count, the resurrection step is still to be shown. */
    let recounted = false;
    let cleared: { id: number; referent: number }[] = [];
    let untracking: number[] = [];

    const flushCleared = () => {
      if (cleared.length === 0) return;
      this.weakrefStep(cleared);
      weakrefsShown = true;
      cleared = [];
    };
    const showRecount = (resurrected: readonly number[]) => {
      recounted = false;
      if (resurrected.length > 0 || this.garbageCount() > 0) this.resurrectionStep(resurrected);
    };

    for (let i = start + 1; i < events.length; i++) {
      const e = events[i]!;
      // Clearing takes a few refcount changes of its own; anything the collector does next ends it.
      if (GC_KINDS.has(e.kind) && e.kind !== 'weakrefCleared') flushCleared();
      if (recounted && !(e.kind === 'gcPhase' && e.phase === 'handleResurrectedObjects')) {
        showRecount([]);
      }
      switch (e.kind) {
        case 'gcPhase':
          this.phase(e, round + (e.phase === 'updateRefs' ? 1 : 0), subtracts);
          if (e.phase === 'updateRefs') round++;
          if (e.phase === 'subtractRefs') subtracts = [];
          if (e.phase === 'moveUnreachable' && round >= 2) recounted = true;
          if (e.phase === 'handleWeakrefs' && !weakrefsShown && this.garbageCount() > 0) {
            weakrefsShown = true;
            this.push(
              'weakrefs',
              'handleWeakrefs',
              'No weak reference points at the garbage, so there is nothing to clear and no callback to call.',
              [],
              [],
            );
          }
          if (e.phase === 'handleResurrectedObjects') showRecount(e.objects.map((o) => o.id));
          break;
        case 'gcSubtract':
          subtracts.push(e);
          break;
        case 'gcUntrack':
          if (this.input.drawn.has(e.id)) untracking.push(e.id);
          this.overlay.untracked.add(e.id);
          this.overlay.gcRefs.delete(e.id);
          this.overlay.examined.delete(e.id);
          if (events[i + 1]?.kind !== 'gcUntrack') this.untrackStep(untracking);
          untracking = [];
          break;
        case 'weakrefCleared':
          cleared.push({ id: e.id, referent: e.referent });
          break;
        case 'weakrefCallback':
          this.callbackStep(e.id);
          break;
        case 'finalize':
          this.overlay.finalized.add(e.id);
          this.push(
            'finalize',
            'finalizeGarbage',
            `__del__ runs for ${this.describe(e.id)}: the object is still intact, and __del__ runs only once (PEP 442).`,
            [],
            [e.id],
          );
          break;
        case 'stdout':
          flushCleared();
          // A callback the engine ran without saying so: the output is its own step.
          if (this.steps.at(-1)?.phase === 'weakrefs' && this.steps.length > first)
            this.callbackStep(null);
          if (this.steps.length > first) this.appendOutput(this.steps.length - 1, e.text);
          this.notePrinted(e.text);
          break;
        case 'stderr':
          this.notePrinted(e.text);
          break;
        case 'gcClear':
          if (!deleted) {
            deleted = true;
            this.deleteStep(i, last);
            committed = last;
          }
          break;
        case 'dealloc':
          this.freed.add(e.id);
          // Freed while the collection runs (by a callback, or in the deletion): no longer drawn.
          if (this.input.drawn.has(e.id) && !committed) {
            this.overlay.status.set(e.id, 'freed');
            this.overlay.gcRefs.delete(e.id);
          }
          break;
        case 'gcDone':
          this.doneStep(e, last && !committed, begin.automatic === true);
          return i + 1;
        default:
          break;
      }
    }
    return events.length;
  }

  private phase(e: GcPhaseEvent, round: number, subtracts: readonly Subtract[]): void {
    switch (e.phase) {
      case 'updateRefs':
        if (round === 1) this.updateRefs(e);
        else this.setRefs(e.objects);
        break;
      case 'subtractRefs':
        if (round === 1) this.subtractSteps(subtracts);
        this.setRefs(e.objects);
        if (round === 1) {
          this.push(
            'subtractRefs',
            'subtractRefs',
            'References from inside the generation don’t keep anything alive by themselves, so each was subtracted: what is left in gc_refs counts references from outside it.',
            [],
            [],
          );
        }
        break;
      case 'moveUnreachable':
        if (round === 1) this.moveUnreachable(e);
        else this.setRefs(e.objects);
        break;
      default:
        break;
    }
  }

  // ---- steps ----

  private updateRefs(e: GcPhaseEvent): void {
    const changed: number[] = [];
    for (const o of e.objects) {
      if (!this.input.drawn.has(o.id)) continue;
      this.overlay.examined.add(o.id);
      this.overlay.gcRefs.set(o.id, o.gcRefs);
      changed.push(o.id);
    }
    this.push(
      'updateRefs',
      'updateRefs',
      'Each object’s refcount is copied into gc_refs, a scratch count the collector may change.',
      [],
      changed,
    );
  }

  private setRefs(objects: readonly GcEventObject[]): void {
    for (const o of objects) {
      if (this.overlay.examined.has(o.id)) this.overlay.gcRefs.set(o.id, o.gcRefs);
    }
  }

  /** One step per internal reference with its arrow on screen (a few per step if there are many). */
  private subtractSteps(subtracts: readonly Subtract[]): void {
    // Only references drawn as arrows get steps; the rest (to a class through __class__, from
    // objects the picture leaves out) are subtracted all the same, quietly.
    const shown = subtracts.filter(
      (s) => this.input.drawn.has(s.to) && this.arrows.has(`${s.from}>${s.to}`),
    );
    const per = Math.max(1, Math.ceil(shown.length / MAX_SUBTRACT_STEPS));
    const shownSet = new Set(shown);
    let batch: Subtract[] = [];
    const flush = () => {
      if (batch.length === 0) return;
      for (const s of batch) this.overlay.gcRefs.set(s.to, s.gcRefs);
      const highlight = batch
        .filter((s) => this.arrows.has(`${s.from}>${s.to}`))
        .map((s) => [s.from, s.to] as const);
      this.push('subtract', 'subtractRefs', this.subtractCaption(batch), highlight, [
        ...new Set(batch.map((s) => s.to)),
      ]);
      batch = [];
    };
    for (const s of subtracts) {
      if (!shownSet.has(s)) {
        // Off screen: its effect still counts.
        if (this.overlay.examined.has(s.to)) this.overlay.gcRefs.set(s.to, s.gcRefs);
        continue;
      }
      batch.push(s);
      if (batch.length >= per) flush();
    }
    flush();
  }

  private subtractCaption(batch: readonly Subtract[]): string {
    if (batch.length > 1) {
      return `${batch.length} references from inside the generation are subtracted from their targets’ gc_refs.`;
    }
    const s = batch[0]!;
    const target = this.describe(s.to);
    const from = this.frames.get(s.from);
    const via = from
      ? `The name ${this.nameIn(s.from, s.to) ?? ''} lives in ${from === 'Globals' ? 'the Globals dict' : `${from}’s namespace`}, itself tracked, so its reference to ${target}`
      : `${capitalise(this.describe(s.from))}’s reference ${this.slotOf(s.from, s.to)}to ${target}`;
    return `${via.replace(/ {2,}/g, ' ')} comes from inside the generation: gc_refs ${s.gcRefs + 1} → ${s.gcRefs}.`;
  }

  private moveUnreachable(e: GcPhaseEvent): void {
    const restored: number[] = [];
    const gathered: number[] = [];
    for (const o of e.objects) {
      if (!this.overlay.examined.has(o.id)) continue;
      this.overlay.gcRefs.set(o.id, o.gcRefs);
      if (o.reachable) {
        this.overlay.status.set(o.id, 'reachable');
        restored.push(o.id);
      } else {
        gathered.push(o.id);
        this.counted.add(o.id);
      }
    }
    // The restore step shows the reachable ones only: the rest are marked at the next step.
    this.push(
      'restore',
      'moveUnreachable',
      restored.length > 0
        ? `Objects with gc_refs above 0 are referenced from outside, so they and everything they reach are restored as reachable (✓): ${count(restored.length, 'object')} here.`
        : 'Objects with gc_refs above 0 are referenced from outside, so they and everything they reach are reachable: none of the objects drawn is.',
      [],
      restored,
    );
    for (const id of gathered) this.overlay.status.set(id, 'unreachable');
    this.push(
      'gather',
      'moveUnreachable',
      gathered.length > 0
        ? gathered.length === 1
          ? 'The rest, 1 object, is gathered as unreachable (✗): nothing outside the garbage refers to it.'
          : `The rest, ${gathered.length} objects, are gathered as unreachable (✗): nothing outside the garbage refers to them, they only keep each other alive.`
        : this.countsSome
          ? 'None of the objects drawn is left over: what this collection frees is not drawn (its last step says what).'
          : 'Nothing drawn is left over: there is no garbage here for the collector to free.',
      [],
      gathered,
    );
  }

  private resurrectionStep(resurrected: readonly number[]): void {
    const shown = resurrected.filter((id) => this.overlay.examined.has(id));
    for (const id of shown) {
      this.overlay.status.set(id, 'resurrected');
      this.counted.delete(id);
    }
    const caption =
      shown.length > 0
        ? `Callbacks and __del__ ran, so the collector counts again: ${shown.map((id) => this.describe(id)).join(', ')} ${shown.length === 1 ? 'was' : 'were'} made reachable again (resurrected) and survive${shown.length === 1 ? 's' : ''}.`
        : 'Callbacks and __del__ could have made garbage reachable again, so the collector counts again: nothing was resurrected.';
    this.push('resurrection', 'handleResurrectedObjects', caption, [], shown);
  }

  private weakrefStep(cleared: readonly { id: number; referent: number }[]): void {
    const rows: string[] = [];
    const changed = new Set<number>();
    for (const c of cleared) {
      this.overlay.cleared.add(c.referent);
      for (const w of this.weakInto.get(c.referent) ?? []) {
        const holder = this.views.get(w.holder);
        changed.add(w.holder);
        if (holder?.kind === 'weakcontainer') rows.push(`${this.describe(w.holder)} row ${w.slot}`);
      }
      if (this.input.drawn.has(c.id)) changed.add(c.id);
    }
    const referents = [...new Set(cleared.map((c) => c.referent))].map((id) => this.describe(id));
    const evicted = rows.length > 0 ? ` (${rows.join(', ')} evicted)` : '';
    this.push(
      'weakrefs',
      'handleWeakrefs',
      `Weak references to ${referents.join(', ')} are cleared before any Python code can see the garbage${evicted}.`,
      [],
      [...changed],
    );
  }

  /** A weakref callback runs; `id` is its weakref, or null when the engine did not say which. */
  private callbackStep(id: number | null): void {
    const weakref = id ?? this.callbackOwner();
    const who = weakref === null ? 'a weakref' : this.describe(weakref);
    this.push(
      'callback',
      'handleWeakrefs',
      `The callback of ${who} runs, with the now dead weakref as its argument.`,
      [],
      weakref !== null && this.input.drawn.has(weakref) ? [weakref] : [],
    );
  }

  /** A drawn weakref with a callback whose referent was just cleared. */
  private callbackOwner(): number | null {
    for (const o of this.input.before.objects) {
      if (o.kind !== 'weakref' || !o.refs.some((r) => r.slot === '__callback__')) continue;
      const referent = o.refs.find((r) => r.weak)?.target;
      if (referent !== undefined && this.overlay.cleared.has(referent) && !this.called.has(o.id)) {
        this.called.add(o.id);
        return o.id;
      }
    }
    return null;
  }

  private untrackStep(drawn: readonly number[]): void {
    if (drawn.length === 0) return;
    const what = drawn.map((id) => this.describe(id)).join(', ');
    this.push(
      'untrack',
      'untrack',
      `${capitalise(what)} can never be part of a cycle (only atomic values inside), so the collector stops tracking ${drawn.length === 1 ? 'it' : 'them'}.`,
      [],
      drawn,
    );
  }

  private deleteStep(at: number, commit: boolean): void {
    const events = this.input.events;
    const clears: number[] = [];
    const freed: number[] = [];
    for (let k = at; k < events.length; k++) {
      const e = events[k]!;
      if (e.kind === 'gcClear') clears.push(e.id);
      else if (e.kind === 'dealloc' && this.input.drawn.has(e.id)) freed.push(e.id);
      else if (e.kind === 'gcDone') break;
    }
    if (!commit) {
      for (const id of freed) {
        this.overlay.status.set(id, 'freed');
        this.overlay.gcRefs.delete(id);
      }
    }
    const first = clears.find((id) => this.input.drawn.has(id)) ?? clears[0]!;
    const what =
      freed.length > 0
        ? `${count(freed.length, 'object')} on screen ${freed.length === 1 ? 'is' : 'are'} freed`
        : 'what they held is released';
    this.push(
      'delete',
      'deleteGarbage',
      `tp_clear on ${this.describe(first)} drops the references it holds, breaking the cycle: refcounts fall to 0 and ${what}.`,
      [],
      freed,
      commit,
    );
  }

  private doneStep(
    e: Extract<HeapEvent, { kind: 'gcDone' }>,
    commit: boolean,
    automatic: boolean,
  ): void {
    const total = e.collected + e.uncollectable;
    const call = /\bgc\.collect\([^)]*\)/.exec(this.input.source ?? '')?.[0] ?? 'gc.collect()';
    const head = automatic
      ? `The automatic collection of generation ${e.generation} counted ${total}`
      : `${call} returned ${total}`;
    const parts = [`${count(e.collected, 'object')} collected`];
    let beyond = '';
    if (e.uncollectable > 0) parts.push(`${e.uncollectable} uncollectable (kept in gc.garbage)`);
    // Garbage still standing at the end was saved, not freed (gc.set_debug(gc.DEBUG_SAVEALL)).
    const kept = [...this.overlay.status].filter(
      ([id, v]) => v === 'unreachable' && !this.freed.has(id),
    ).length;
    if (kept > 0 && e.uncollectable === 0) {
      parts.push(`${kept === 1 ? 'it is' : `${kept} are`} kept in gc.garbage instead of freed`);
    }
    // What it counted beyond the cards: said by count and type (the bar lists them all).
    const drawnTypes = [...this.counted].map((id) => this.views.get(id)?.type ?? '');
    const rest = notDrawn(total, e.garbage ?? [], drawnTypes);
    if (rest.count > 0) {
      const types = rest.types.length > 0 ? `: ${typeList(rest.types, 4)}` : '';
      const drawn = this.counted.size > 0 ? `${this.counted.size} drawn, and ` : '';
      beyond = `; ${drawn}${count(rest.count, this.counted.size > 0 ? 'more object' : 'object')} not drawn${types}`;
    }
    this.push(
      'done',
      'done',
      `${head}: ${parts.join(', ')}${beyond}.`,
      [],
      [],
      commit,
      total,
      rest.count > 0 ? rest : null,
    );
  }

  // ---- helpers ----

  private garbageCount(): number {
    let n = 0;
    for (const s of this.overlay.status.values()) if (s === 'unreachable') n++;
    return n;
  }

  private push(
    phase: StepPhase,
    title: string,
    caption: string,
    highlight: readonly (readonly [number, number])[],
    changed: readonly number[],
    commit = false,
    returned: number | null = null,
    notDrawn: NotDrawn | null = null,
  ): void {
    this.steps.push({
      phase,
      title,
      caption,
      output: '',
      printed: this.printed,
      overlay: freeze(this.overlay),
      highlight,
      changed,
      commit,
      returned,
      notDrawn,
    });
  }

  private appendOutput(index: number, text: string): void {
    const s = this.steps[index]!;
    this.steps[index] = { ...s, output: s.output + text };
  }

  /** "[0] " or ".next ": the slot of the drawn reference from `holder` to `target`. */
  private slotOf(holder: number, target: number): string {
    const ref = this.views.get(holder)?.refs.find((r) => r.target === target && !r.weak);
    return ref ? `${ref.slot} ` : '';
  }

  /** The name in frame `frame` that refers to `target`. */
  private nameIn(frame: number, target: number): string | null {
    const f = this.input.before.frames.find((x) => x.id === frame);
    return f?.names.find((n) => n.target === target)?.name ?? null;
  }

  /** "list a", "class Node", or "list …c980" for an object no name refers to. */
  describe(id: number): string {
    const view = this.views.get(id);
    if (!view) return 'an object not drawn';
    const tail = `…${pythonAddress(view).slice(-4)}`;
    const named = /^<(?:class|function) '?([\w.]+)'?>$/.exec(view.repr);
    if (named) return `${view.kind === 'class' ? 'class' : 'function'} ${named[1]}`;
    const name = this.names.get(id);
    if (name) return `${view.type} ${name}`;
    return `${view.type} ${tail}`;
  }
}

function freeze(o: MutableOverlay): GcOverlay {
  return {
    generation: o.generation,
    gcRefs: new Map(o.gcRefs),
    status: new Map(o.status),
    examined: new Set(o.examined),
    cleared: new Set(o.cleared),
    finalized: new Set(o.finalized),
    untracked: new Set(o.untracked),
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
