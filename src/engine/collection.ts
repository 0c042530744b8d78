/**
 * A collection, following CPython 3.11's gc_collect_main (Modules/gcmodule.c): its phases under
 * their CPython names, on the collector's lists (gc.ts), in CPython's order, so that the order in
 * which it finds garbage, calls weakref callbacks and `__del__` methods, and breaks cycles is
 * CPython's. Each phase can report what it computed (gc_refs per object, reachable or not) as
 * events. `run` below is the table of contents.
 *
 * Only gc.collect and the collections the thresholds start run this (python/gcCallbacks.ts), and
 * the page's setup makes neither: it loads with the library (python/lateCore.ts). It is imported
 * by its path, never through engine/index.ts, whose re-export would put it in the first load.
 */
import type { GarbageCount, GcEventObject } from './events';
import {
  COLLECTING,
  DEBUG_SAVEALL,
  NUM_GENERATIONS,
  SHOWN,
  UNREACHABLE,
  UNTRACKING,
  type CollectResult,
  type Collector,
} from './gc';
import { GcList, type GcTable } from './gcList';
import type { Heap } from './heap';
import { PyDict, PyInstance, PyObject, PyTuple, PyWeakref } from './objects';
import { isDictSubclassInstance } from './defaultDict';
import { isPlainTuple, mayBeTracked, traverse, traversedItems } from './traverse';
import { PyGenerator } from './generatorObject';
import { clearRef } from './weakrefs';

/** One collection of `generation` (and the younger ones) by `collector`. */
export function collect(collector: Collector, generation: number): CollectResult {
  return new Collection(collector).run(generation);
}

class Collection {
  private readonly heap: Heap;
  private readonly table: GcTable;

  constructor(private readonly c: Collector) {
    this.heap = c.heap;
    this.table = c.table;
  }

  /** One collection of `generation` (and the younger ones). */
  run(generation: number): CollectResult {
    const automatic = this.c.automatic;
    this.c.automatic = false;
    this.heap.emitOutline({
      kind: 'gcStart',
      generation,
      ...(automatic ? { automatic } : {}),
      ...(this.heap.recording ? {} : { outline: true as const }),
    });
    if (generation + 1 < NUM_GENERATIONS) this.c.counts[generation + 1]++;
    for (let i = 0; i <= generation; i++) this.c.counts[i] = 0;
    // A full collection appends generation 0, then generation 1, to generation 2.
    for (let i = 0; i < generation; i++)
      this.c.generations[generation]!.merge(this.c.generations[i]!);
    const young = this.c.generations[generation]!;
    const old = generation < NUM_GENERATIONS - 1 ? this.c.generations[generation + 1]! : young;

    const unreachable = new GcList(this.table, 'unreachable');
    // How many survive, counted on the way instead of walking the generation again. The walk
    // of move_unreachable also does untrack_tuples, and lists the dicts a full collection tests
    // after it (untrack_dicts): the survivors are not walked again.
    const checks: SurvivorChecks = { dicts: young === old ? [] : null };
    let survivors = this.deduceUnreachable(young, unreachable, checks);
    if (young !== old) {
      if (generation === NUM_GENERATIONS - 2) this.c.longLivedPending += survivors;
      old.merge(young);
    } else {
      survivors -= this.untrackDicts(checks.dicts!);
      this.c.longLivedPending = 0;
      this.c.longLivedTotal = survivors;
    }

    const finalizers = new GcList(this.table, 'finalizers');
    this.moveLegacyFinalizers(unreachable, finalizers);
    this.moveLegacyFinalizerReachable(finalizers);
    const counted = new GarbageTally(this.heap.accounting);
    const callbacksBefore = this.c.callbacksRun;
    let collected = this.handleWeakrefs(unreachable, old, counted);
    const finalized = this.finalizeGarbage(unreachable);
    const finalUnreachable = new GcList(this.table, 'final unreachable');
    // Only Python code run since deduce_unreachable (a __del__, a weakref callback) can make an
    // unreachable object reachable again; without any, the second pass would find them all
    // unreachable, in the same order. It is still run while recording, for the view's phases.
    const mayResurrect =
      finalized || this.c.callbacksRun !== callbacksBefore || this.heap.recording;
    collected += this.handleResurrectedObjects(unreachable, finalUnreachable, old, mayResurrect);
    counted.addList(finalUnreachable);
    this.deleteGarbage(finalUnreachable, old);
    const uncollectable = finalizers.size();
    counted.addList(finalizers);
    this.handleLegacyFinalizers(finalizers, old);
    unreachable.dispose();
    finalUnreachable.dispose();
    finalizers.dispose();
    this.heap.emitOutline({
      kind: 'gcDone',
      generation,
      collected,
      uncollectable,
      garbage: counted.counts(),
    });
    return { collected, uncollectable };
  }

  // ---- deduce_unreachable: update_refs, subtract_refs, move_unreachable ----

  /**
   * Splits `young` into objects reachable from outside it and `unreachable` ones; returns how
   * many stay in `young`.
   */
  private deduceUnreachable(
    young: GcList,
    unreachable: GcList,
    checks: SurvivorChecks | null = null,
  ): number {
    const shown = this.updateRefs(young);
    this.subtractRefs(young, shown);
    return this.moveUnreachable(young, unreachable, checks);
  }

  /**
   * After: every object's gc_refs is its refcount, and it is marked as being collected. Returns
   * the drawn objects of `young` in its order when the heap says which are drawn (else null):
   * neither this phase nor subtract_refs reorders it, so both report them without another walk.
   */
  private updateRefs(young: GcList): PyObject[] | null {
    const inView = this.heap.recording ? this.heap.inView : null;
    const shown: PyObject[] | null = inView === null ? null : [];
    const { next, refs, flags, objects } = this.table;
    const head = young.head;
    for (let g = next[head]!; g !== head; g = next[g]!) {
      const o = objects[g]!;
      refs[g] = o.refcount;
      flags[g] |= COLLECTING;
      if (inView === null) continue;
      if (inView.has(o.address)) {
        flags[g] |= SHOWN;
        shown!.push(o);
      } else {
        flags[g] &= ~SHOWN;
      }
    }
    this.emitPhase('updateRefs', young, shown);
    return shown;
  }

  /** After: gc_refs counts only the references from outside the generation. */
  private subtractRefs(young: GcList, shown: readonly PyObject[] | null): void {
    // One visitor for the whole pass (not a closure per object): `from` is the object traversed.
    let from: PyObject | null = null;
    const { next, refs, flags, objects } = this.table;
    const subtract = (t: PyObject) => {
      const h = t.gcHandle;
      if (flags[h]! & COLLECTING) refs[h]--;
    };
    const subtractAndTell = (t: PyObject) => {
      const h = t.gcHandle;
      if (!(flags[h]! & COLLECTING)) return;
      refs[h]--;
      if (this.shows(t))
        this.heap.emit({
          kind: 'gcSubtract',
          from: from!.address,
          to: t.address,
          gcRefs: refs[h]!,
        });
    };
    const visit = this.heap.recording ? subtractAndTell : subtract;
    const head = young.head;
    for (let g = next[head]!; g !== head; g = next[g]!) {
      from = objects[g]!;
      const items = traversedItems(from);
      if (items === null) traverse(from, visit);
      else for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
    }
    this.emitPhase('subtractRefs', young, shown);
  }

  /**
   * After: `young` holds what is reachable from an object with gc_refs > 0, in the order the
   * traversal found it (objects first thought unreachable move to the end); `unreachable` the rest.
   *
   * The walk leaves each object it keeps in place and reaches them in their final order, so it
   * does untrack_tuples's walk of the result too (given `checks`; returned without them).
   * A tuple is tested as the walk leaves it, with the tuples before it marked UNTRACKING (as good
   * as untracked) and those after it not yet; they are untracked after the phase is reported, in
   * that order, as the walk of the result would untrack them. The dicts kept are listed in that
   * order (`checks.dicts`).
   */
  private moveUnreachable(
    young: GcList,
    unreachable: GcList,
    checks: SurvivorChecks | null,
  ): number {
    const dicts = checks?.dicts ?? null;
    const untracking: PyObject[] = [];
    // The drawn objects kept, in the order the walk leaves them (young's final order), for the
    // phase's report: a generation may hold 10^6 objects, and a few of them are drawn.
    const keptShown: PyObject[] | null = this.heap.recording ? [] : null;
    let kept = 0;
    const { next, refs, flags, objects } = this.table;
    const visitReachable = (t: PyObject) => {
      const h = t.gcHandle;
      const bits = flags[h]!;
      if (!(bits & COLLECTING)) return;
      if (bits & UNREACHABLE) {
        // Found reachable after all: back to the end of young, to be traversed again.
        flags[h] = bits & ~UNREACHABLE;
        young.moveHere(t);
        refs[h] = 1;
      } else if (refs[h] === 0) {
        refs[h] = 1;
      }
    };
    // `prev` is the last object kept; moving `o` away makes prev's next the one after it.
    const head = young.head;
    let prev = head;
    let g = next[head]!;
    while (g !== head) {
      const o = objects[g]!;
      if (refs[g]! > 0) {
        const items = traversedItems(o);
        if (items === null) traverse(o, visitReachable);
        else for (let i = items.length - 1; i >= 0; i--) visitReachable(items[i]!);
        flags[g] &= ~COLLECTING;
        prev = g;
        kept++;
        if (keptShown !== null && this.shows(o)) keptShown.push(o);
        if (checks !== null) {
          // A list or a plain tuple (items) is no dict; of the two only a tuple is untracked.
          if (items === null) {
            if (dicts !== null && o instanceof PyDict) dicts.push(o);
          } else if (isPlainTuple(o) && isUntrackable(o, flags)) {
            flags[g] |= UNTRACKING;
            untracking.push(o);
          }
        }
      } else {
        flags[g] |= UNREACHABLE;
        unreachable.moveHere(o);
      }
      g = next[prev]!;
    }
    if (this.heap.recording) {
      this.heap.emit({
        kind: 'gcPhase',
        phase: 'moveUnreachable',
        objects: [...keptShown!.map((o) => this.view(o, true)), ...this.views(unreachable, false)],
      });
    }
    for (const t of untracking) this.c.untrack(t);
    return kept - untracking.length;
  }

  // ---- untracking ----

  /** Full collections only: of the surviving dicts, those holding nothing trackable are untracked. */
  private untrackDicts(dicts: readonly PyDict[]): number {
    let untracked = 0;
    for (const o of dicts) {
      if (isDictSubclassInstance(o) || o.holdsUnmodelled) continue;
      let trackable = false;
      for (const e of o.liveEntries())
        if (mayBeTracked(e.key) || mayBeTracked(e.value)) trackable = true;
      if (!trackable) {
        this.c.untrack(o);
        untracked++;
      }
    }
    return untracked;
  }

  // ---- legacy finalizers (the 2.7 profile's __del__) ----

  private moveLegacyFinalizers(unreachable: GcList, finalizers: GcList): void {
    const { next, flags, objects } = this.table;
    const head = unreachable.head;
    for (let g = next[head]!, after = next[g]!; g !== head; g = after, after = next[g]!) {
      const o = objects[g]!;
      flags[g] &= ~UNREACHABLE;
      if (this.c.runtime?.hasLegacyFinalizer(o)) {
        flags[g] &= ~COLLECTING;
        finalizers.moveHere(o);
      }
    }
  }

  /** Whatever a legacy finalizer can reach is uncollectable too. */
  private moveLegacyFinalizerReachable(finalizers: GcList): void {
    const { next, flags, objects } = this.table;
    const head = finalizers.head;
    for (let g = next[head]!; g !== head; g = next[g]!) {
      traverse(objects[g]!, (t) => {
        const h = t.gcHandle;
        if (flags[h]! & COLLECTING) {
          flags[h] &= ~COLLECTING;
          finalizers.moveHere(t);
        }
      });
    }
  }

  private handleLegacyFinalizers(finalizers: GcList, old: GcList): void {
    for (const o of finalizers.toArray<PyObject>()) {
      if (this.c.debug & DEBUG_SAVEALL || this.c.runtime?.hasLegacyFinalizer(o))
        this.c.runtime?.appendGarbage(o);
    }
    old.merge(finalizers);
  }

  // ---- handle_weakrefs ----

  /**
   * Clears every weakref to unreachable objects before any Python code runs, then calls the
   * callbacks of those weakrefs that are themselves reachable (a weakref that is garbage too is
   * cleared without its callback). Returns how many of those weakrefs died after their callback.
   */
  private handleWeakrefs(unreachable: GcList, old: GcList, counted: GarbageTally): number {
    const h = this.heap;
    const toCall = new GcList(this.table, 'weakref callbacks to call');
    const { next, flags, objects } = this.table;
    const head = unreachable.head;
    // Only weakrefs that are not garbage move (to toCall): the walk's own list stays as it is.
    for (let g = next[head]!; g !== head; g = next[g]!) {
      const o = objects[g]!;
      if (o instanceof PyWeakref) clearRef(o);
      if (!o.weakrefs) continue;
      for (const wr of o.weakrefs.slice()) {
        clearRef(wr);
        this.heap.emit({ kind: 'weakrefCleared', id: wr.address, referent: o.address });
        if (!wr.callback || flags[wr.gcHandle]! & COLLECTING) continue;
        h.incref(wr);
        if (wr.gcHandle) toCall.moveHere(wr);
        else toCall.append(wr);
      }
    }
    let freed = 0;
    while (!toCall.isEmpty()) {
      const wr = toCall.first() as PyWeakref;
      const callback = wr.callback!;
      this.heap.emit({ kind: 'weakrefCallback', id: wr.address });
      this.c.callbacksRun++;
      this.c.runtime?.callWeakrefCallback(wr, callback);
      h.decref(wr);
      if (toCall.first() === wr) old.moveHere(wr);
      else {
        freed++;
        counted.add(wr);
      }
    }
    toCall.dispose();
    this.emitPhase('handleWeakrefs', unreachable);
    return freed;
  }

  // ---- finalize_garbage, handle_resurrected_objects ----

  /**
   * PEP 442: each unreachable object's `__del__` runs once, in list order. Returns whether any
   * ran. Each object moves to a list of those seen, which becomes the list again: the order only
   * changes when a finalizer runs, so a list with none to run is left as it is.
   */
  private finalizeGarbage(collectable: GcList): boolean {
    const { next, objects } = this.table;
    const head = collectable.head;
    let g = next[head]!;
    while (g !== head && !this.needsFinalizing(objects[g]!)) g = next[g]!;
    if (g === head) return false;
    const seen = new GcList(this.table, 'seen');
    const h = this.heap;
    while (!collectable.isEmpty()) {
      const o = collectable.first()!;
      seen.moveHere(o);
      if (this.needsFinalizing(o)) {
        o.finalized = true;
        this.heap.emit({ kind: 'finalize', id: o.address });
        h.incref(o);
        this.c.runtime!.finalize(o);
        h.decref(o);
      }
    }
    collectable.merge(seen);
    seen.dispose();
    return true;
  }

  private needsFinalizing(o: PyObject): o is PyInstance | PyGenerator {
    return (
      (o instanceof PyInstance || o instanceof PyGenerator) &&
      !o.finalized &&
      this.c.runtime !== null &&
      this.c.runtime.hasFinalizer(o)
    );
  }

  /**
   * Objects a `__del__` made reachable again survive; the rest stays garbage: how many. When no
   * Python code ran (`mayResurrect` false), every object is still unreachable, with gc_refs 0,
   * and is left as deduce_unreachable would leave it.
   */
  private handleResurrectedObjects(
    unreachable: GcList,
    stillUnreachable: GcList,
    old: GcList,
    mayResurrect: boolean,
  ): number {
    const { next, flags } = this.table;
    const head = unreachable.head;
    if (!mayResurrect) {
      let still = 0;
      for (let g = next[head]!; g !== head; g = next[g]!) {
        flags[g] = COLLECTING;
        still++;
      }
      stillUnreachable.merge(unreachable);
      return still;
    }
    for (let g = next[head]!; g !== head; g = next[g]!) flags[g] = 0;
    this.deduceUnreachable(unreachable, stillUnreachable);
    // Counted here, where CPython walks them again (gc_list_size of final_unreachable).
    let still = 0;
    const stillHead = stillUnreachable.head;
    for (let g = next[stillHead]!; g !== stillHead; g = next[g]!) {
      flags[g] &= ~UNREACHABLE;
      still++;
    }
    if (this.heap.recording && !unreachable.isEmpty()) {
      this.heap.emit({
        kind: 'gcPhase',
        phase: 'handleResurrectedObjects',
        objects: this.views(unreachable, true),
      });
    }
    old.merge(unreachable);
    return still;
  }

  // ---- delete_garbage ----

  /** tp_clear on each object breaks the cycles; refcounting frees what it can. */
  private deleteGarbage(collectable: GcList, old: GcList): void {
    const h = this.heap;
    while (!collectable.isEmpty()) {
      const o = collectable.first()!;
      if (this.c.debug & DEBUG_SAVEALL) {
        this.c.runtime?.appendGarbage(o);
      } else {
        this.heap.noteClear(o);
        h.incref(o);
        h.clearObject(o);
        h.decref(o);
      }
      if (collectable.first() === o) {
        this.table.flags[o.gcHandle] = 0;
        old.moveHere(o);
      }
    }
  }

  // ---- events ----

  /** A phase's event: the objects of `list`, or `shown` (its drawn ones, in order) if known. */
  private emitPhase(
    phase: 'updateRefs' | 'subtractRefs' | 'handleWeakrefs',
    list: GcList,
    shown: readonly PyObject[] | null = null,
  ): void {
    if (!this.heap.recording) return;
    this.heap.emit({
      kind: 'gcPhase',
      phase,
      objects: shown ? shown.map((o) => this.view(o, null)) : this.views(list, null),
    });
  }

  /**
   * The objects of a list as a phase left them: all of them, or when the heap knows which objects
   * the view draws (`inView`), only those (a generation may hold 10^6 objects).
   */
  private views(list: GcList, reachable: boolean | null): GcEventObject[] {
    const out: GcEventObject[] = [];
    const { next, objects } = this.table;
    for (let g = next[list.head]!; g !== list.head; g = next[g]!) {
      const o = objects[g]!;
      if (this.shows(o)) out.push(this.view(o, reachable));
    }
    return out;
  }

  /**
   * Is this object in the view's picture (always, when the heap does not say)? Asked only while
   * events are recorded, of objects of the generation being collected, which update_refs marked.
   */
  private shows(o: PyObject): boolean {
    return this.heap.inView === null || (this.table.flags[o.gcHandle]! & SHOWN) !== 0;
  }

  private view(o: PyObject, reachable: boolean | null): GcEventObject {
    return { id: o.address, gcRefs: this.table.refs[o.gcHandle]!, reachable };
  }
}

/** What a collection counted, by type (only while events are recorded: nothing reads it else). */
class GarbageTally {
  private readonly byType = new Map<string, number>();

  constructor(private readonly on: boolean) {}

  add(o: PyObject): void {
    if (this.on) this.byType.set(o.type.name, (this.byType.get(o.type.name) ?? 0) + 1);
  }

  addList(list: GcList): void {
    if (!this.on) return;
    for (const o of list.toArray()) this.add(o);
  }

  /** Most first; types with as many in the order they were met. */
  counts(): GarbageCount[] {
    return [...this.byType]
      .map(([type, count]) => ({ type, count }))
      .sort((a, b) => b.count - a.count);
  }
}

/**
 * What a collection's walk of the survivors does besides (Collection.moveUnreachable): untrack
 * tuples, and list the dicts a full collection tests (`dicts`; null: not a full collection).
 * handle_resurrected_objects's recount gives none (it untracks nothing).
 */
interface SurvivorChecks {
  readonly dicts: PyDict[] | null;
}

/**
 * _PyTuple_MaybeUntrack's test of a plain tuple (not a named tuple: isPlainTuple): none of its
 * items may be tracked. A tuple marked UNTRACKING counts as untracked already.
 */
function isUntrackable(o: PyTuple, flags: Int32Array): boolean {
  for (const item of o.items)
    if (mayBeTracked(item) && !(flags[item.gcHandle]! & UNTRACKING)) return false;
  return true;
}
