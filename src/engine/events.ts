/**
 * The typed log the engine appends to while it runs. The view never recomputes what the engine
 * knows: it replays these events. Every address is the object's `id()`.
 */

/** Where a reference lives: the holder's address and a human label for the slot ("[3]", "a", ".next"). */
export interface RefSite {
  /** Address of the holding object or frame; 0 for the value stack of the running code. */
  readonly holder: number;
  readonly slot: string;
}

/** How many objects of one type a collection counted. */
export interface GarbageCount {
  readonly type: string;
  readonly count: number;
}

export type HeapEvent =
  | { readonly kind: 'alloc'; readonly id: number; readonly type: string; readonly repr: string }
  | {
      readonly kind: 'incref';
      readonly id: number;
      readonly refcount: number;
      readonly site: RefSite | null;
    }
  | {
      readonly kind: 'decref';
      readonly id: number;
      readonly refcount: number;
      readonly site: RefSite | null;
    }
  /**
   * A reference changed holder without changing the count: the value stack handed it to a name,
   * a container slot or a frame (STORE_NAME, BUILD_LIST and argument passing steal references).
   */
  | { readonly kind: 'move'; readonly id: number; readonly refcount: number; readonly to: RefSite }
  /** The refcount reached zero: the object is being destroyed; its own references go next. */
  | { readonly kind: 'dealloc'; readonly id: number; readonly type: string }
  /** A name in a namespace (globals or a frame's locals) now refers to `id`. */
  | { readonly kind: 'bind'; readonly scope: number; readonly name: string; readonly id: number }
  | { readonly kind: 'unbind'; readonly scope: number; readonly name: string; readonly id: number }
  /**
   * The collector starts a collection of `generation` (and the younger ones): asked for
   * (gc.collect(), wherever it is called), or `automatic`, started by an allocation that took
   * generation 0 past its threshold. An `outline` was recorded past the statement's event limit:
   * its gcDone follows with nothing between, so it is told (collections.ts) but not walked through.
   */
  | {
      readonly kind: 'gcStart';
      readonly generation: number;
      readonly automatic?: true;
      readonly outline?: true;
    }
  /** A phase of the collection finished; `objects` are the generation's objects as it left them. */
  | {
      readonly kind: 'gcPhase';
      readonly phase: GcPhase;
      readonly objects: readonly GcEventObject[];
    }
  /** subtractRefs met an internal reference `from` → `to`. */
  | {
      readonly kind: 'gcSubtract';
      readonly from: number;
      readonly to: number;
      readonly gcRefs: number;
    }
  | { readonly kind: 'gcUntrack'; readonly id: number }
  /** A weakref stopped pointing at `referent` (its callback, if any, comes later). */
  | { readonly kind: 'weakrefCleared'; readonly id: number; readonly referent: number }
  /** A weakref callback is about to run. */
  | { readonly kind: 'weakrefCallback'; readonly id: number }
  /** The collector calls `__del__` on garbage. */
  | { readonly kind: 'finalize'; readonly id: number }
  /** The collector breaks a cycle by clearing this object's references (tp_clear). */
  | { readonly kind: 'gcClear'; readonly id: number }
  | {
      readonly kind: 'gcDone';
      readonly generation: number;
      readonly collected: number;
      readonly uncollectable: number;
      /**
       * What the collection counted (collected and uncollectable), by type, most first: the view
       * draws only some of it and says what the rest was.
       */
      readonly garbage?: readonly GarbageCount[];
    }
  | { readonly kind: 'stdout'; readonly text: string }
  | { readonly kind: 'stderr'; readonly text: string }
  /**
   * Many references to one object, taken, released or handed over by one bulk operation
   * (`[0] * n`, `list(range(n))`, `extend`, a slice, a big container cleared or freed), as one
   * event instead of `count`: `refcount` is the count after the last of them; `site` names the
   * holder and the slots as a range ("[0…99999]"), or is null when the holders were several.
   */
  | {
      readonly kind: 'refMany';
      readonly op: RefOp;
      readonly id: number;
      readonly count: number;
      readonly refcount: number;
      readonly site: RefSite | null;
      /**
       * When the holders were several (`site` null) but all of one type, each through the same
       * slot: that type and slot (200 new Nodes' references to their class, `__class__`).
       */
      readonly holders?: { readonly type: string; readonly slot: string };
    }
  /**
   * Events counted instead of listed: the rest of a bulk operation, past the objects it lists in
   * full, or what `condenseEvents` left out (changes of objects not drawn, past the run's cap).
   */
  | ({ readonly kind: 'omitted' } & OmittedCounts);

/** What happened to each of the references of a `refMany` event. */
export type RefOp = 'incref' | 'decref' | 'move';

/** How many events of each kind an `omitted` event stands for. */
export interface OmittedCounts {
  readonly increfs: number;
  readonly decrefs: number;
  readonly moves: number;
  readonly allocs: number;
  readonly deallocs: number;
  /** Everything else: bindings, collector events, weakref events, output. */
  readonly other: number;
}

export type HeapEventKind = HeapEvent['kind'];

/** One object as a collector phase left it. */
export interface GcEventObject {
  readonly id: number;
  /** CPython's gc_refs: the refcount, minus references from inside the generation. */
  readonly gcRefs: number;
  /** After moveUnreachable: reachable from outside (true) or tentatively garbage (false). */
  readonly reachable: boolean | null;
}

export type GcPhase =
  'updateRefs' | 'subtractRefs' | 'moveUnreachable' | 'handleWeakrefs' | 'handleResurrectedObjects';
