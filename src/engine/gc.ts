/**
 * The cycle collector's state, following CPython 3.11's Modules/gcmodule.c: three generations of
 * tracked containers in doubly linked lists (allocation order, gcList.ts), the thresholds
 * (700, 10, 10) and counts that start automatic collections, tracking and untracking. A
 * collection itself, gc_collect_main's phases, is collection.ts.
 */
import { GcList, GcTable } from './gcList';
import type { Heap } from './heap';
import type { PyObject, PyWeakref } from './objects';
import { isGcType } from './traverse';

/** In the generation being collected (CPython's PREV_MASK_COLLECTING). */
export const COLLECTING = 1;
/** Tentatively unreachable (CPython's NEXT_MASK_UNREACHABLE). */
export const UNREACHABLE = 2;
/**
 * Drawn by the view (`heap.inView`): noted once per collection by update_refs, while events are
 * recorded, so that each later phase reads a bit instead of looking every object up again (a
 * generation may hold 10^6 objects, and a collection reports five phases).
 */
export const SHOWN = 4;
/** A survivor untrack_tuples untracks, once move_unreachable's walk is over (see there). */
export const UNTRACKING = 8;

export const NUM_GENERATIONS = 3;
export const DEBUG_SAVEALL = 1 << 5;

/** What the collector needs from the interpreter: running Python code. */
export interface GcRuntime {
  /** tp_finalize: calls `__del__` (the object is kept alive by the collector meanwhile). */
  finalize(o: PyObject): void;
  /** Does the object's type define `__del__` (tp_finalize)? */
  hasFinalizer(o: PyObject): boolean;
  /** 2.7 profile: `__del__` is a legacy finalizer (tp_del): such garbage is uncollectable. */
  hasLegacyFinalizer(o: PyObject): boolean;
  /** Calls a weakref callback with the weakref; errors are reported as unraisable. */
  callWeakrefCallback(wr: PyWeakref, callback: PyObject): void;
  /** gc.garbage.append(o). */
  appendGarbage(o: PyObject): void;
}

export interface CollectResult {
  readonly collected: number;
  readonly uncollectable: number;
}

export class Collector {
  /** Every tracked object's links, gc_refs and flags, by handle (gcList.ts). */
  readonly table = new GcTable();
  readonly generations: GcList[] = [
    new GcList(this.table, 'generation 0'),
    new GcList(this.table, 'generation 1'),
    new GcList(this.table, 'generation 2'),
  ];
  /**
   * gc.freeze's permanent generation: tracked objects no collection examines (and that
   * gc.get_referrers does not scan), until gc.unfreeze appends them to the oldest generation.
   */
  readonly permanent = new GcList(this.table, 'permanent generation');
  thresholds: [number, number, number] = [700, 10, 10];
  counts: [number, number, number] = [0, 0, 0];
  enabled = true;
  collecting = false;
  debug = 0;
  /** Survivors of generation 1 collections since the last full one, and a full one's. */
  longLivedPending = 0;
  longLivedTotal = 0;
  runtime: GcRuntime | null = null;
  /** Weakref callbacks the collector has called (handle_weakrefs), over the heap's life. */
  callbacksRun = 0;
  /** Called around automatic collections (gc.callbacks); set by the interpreter. */
  onAutomaticCollection: ((generation: number) => void) | null = null;
  /** The next collection is an automatic one (collectGenerations started it). */
  automatic = false;

  constructor(readonly heap: Heap) {}

  // ---- tracking and automatic collection ----

  /** Starts tracking an object (appended to generation 0). */
  track(o: PyObject): void {
    if (o.gcHandle === 0) this.generations[0]!.append(o);
  }

  /**
   * What the interpreter's start-up collections leave: every object tracked so far survives in
   * the oldest generation, in the order it was tracked (gc.get_objects(2) holds them before the
   * program runs). Their traversal no longer reorders the program's own objects in the young
   * generations' collections, as it would not in CPython.
   */
  ageStartupObjects(): void {
    const oldest = this.generations[NUM_GENERATIONS - 1]!;
    for (let i = 0; i < NUM_GENERATIONS - 1; i++) oldest.merge(this.generations[i]!);
  }

  untrack(o: PyObject): void {
    if (o.gcHandle === 0) return;
    this.table.unlink(o);
    this.heap.emit({ kind: 'gcUntrack', id: o.address });
  }

  /** _PyObject_GC_Link: a GC object was allocated; it may start an automatic collection. */
  allocated(): void {
    this.counts[0]++;
    if (
      this.counts[0] > this.thresholds[0] &&
      this.enabled &&
      this.thresholds[0] &&
      !this.collecting
    ) {
      this.collectGenerations();
    }
  }

  /** PyObject_GC_Del: a GC object was freed. */
  freed(o: PyObject): void {
    if (o.gcHandle !== 0) this.table.unlink(o);
    if (this.counts[0] > 0) this.counts[0]--;
  }

  /** The oldest generation over its threshold is collected (full ones only if worthwhile). */
  private collectGenerations(): void {
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (this.counts[i]! > this.thresholds[i]!) {
        if (i === NUM_GENERATIONS - 1 && this.longLivedPending < this.longLivedTotal / 4) continue;
        this.automatic = true;
        try {
          this.onAutomaticCollection?.(i);
        } finally {
          this.automatic = false;
        }
        break;
      }
    }
  }

  isTracked(o: PyObject): boolean {
    return o.gcHandle !== 0;
  }
}

export { isGcType };
