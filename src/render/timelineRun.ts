/**
 * What a run's animation (timeline.ts) and its refcount-change labels (changeLabelsDrawing.ts,
 * loaded apart) both know: the run played, the moment of each of its events, and the timings
 * they share.
 */
import type { HeapEvent } from '../engine/events';
import type { DrawnEdges } from './drawEdges';
import type { DrawnNodes } from './drawNodes';
import type { Box } from './geometry';
import type { RefChange } from './refChanges';
import type { ObjectNode } from './scene';

/** A freed card stays this long after its moment (its labels with it), then fades for CARD_FADE_MS. */
export const FREED_HOLD_MS = 600;
export const CARD_FADE_MS = 450;

/**
 * Past this many cards (or arrows) coming or going in one run, they appear and go at once: each
 * fade restyles its element every frame, and a thousand of them hold the page for seconds while
 * telling nothing one could follow. The same bound holds for the badges that pulse.
 */
export const MAX_ANIMATED = 150;

export interface TimelineRun {
  readonly events: readonly HeapEvent[];
  /** The run's incref/decref events read as changes, in the same order. */
  readonly changes: readonly RefChange[];
  readonly nodes: DrawnNodes;
  readonly edges: DrawnEdges;
  /** Where an object is drawn (alive or fading out), to anchor its labels. */
  boxOf(id: number): Box | undefined;
  kindOf(id: number): ObjectNode['kind'] | undefined;
  /** The weak references drawn into an object before the run (rows that go when it dies). */
  weakRowsInto(id: number): readonly WeakRow[];
}

/** A weak reference drawn into an object: a weakref's arrow, or a weak container's row. */
export interface WeakRow {
  readonly holderId: number;
  readonly slot: string;
  /** The holder is a WeakValueDictionary, WeakKeyDictionary or WeakSet (the row is evicted). */
  readonly container: boolean;
}

export interface Moments {
  readonly alloc: Map<number, number>;
  readonly dealloc: Map<number, number>;
  /** First incref or move / last decref per reference site "holder:slot", and name (un)bindings. */
  readonly gain: Map<string, number>;
  readonly loss: Map<string, number>;
  /** When the weak references into an object were cleared (it died). */
  readonly cleared: Map<number, number>;
  /** The moment of each change, same order as `changes`. */
  readonly changeAt: number[];
  /** The moment of each object's first change. */
  readonly firstChangeAt: Map<number, number>;
}
