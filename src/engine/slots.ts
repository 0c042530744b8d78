/**
 * The per-type behaviour every engine object carries, as CPython's type slots do: each class in
 * objects.ts (and in the per-type files: frameObjects.ts, iterObjects.ts, ...) overrides the
 * methods of PyObject it needs, so a type's behaviour lives in one place, its class:
 *
 * - `traverse(visit)`: tp_traverse, the references the collector sees, in CPython's order;
 * - `clear(heap)`: tp_clear, what the collector calls to break a cycle (the object stays alive);
 * - `dealloc(heap)`: the releases of tp_dealloc, in CPython's order (the heap does the rest:
 *   the trashcan, weakrefs, finalizers, the memory);
 * - `sizeof()`, `memoryFootprint()`: sys.getsizeof, and what the memory budget counts;
 * - `viewRefs(refs)`, `viewLength(refs)`: what the UI's snapshot shows of it;
 * - `display(out)`: its short repr for the view; `slotLabel(slot)`: how the event log names the
 *   place of a reference it holds (`[3]`, `['k']`, `.x`);
 * - `typeConstants(cls, {...})` right after the class: Py_TPFLAGS_HAVE_GC, how its deallocation
 *   nests, its fixed size, how the view draws it (`viewKind`): prototype data, read per object.
 *
 * The interpreter's repr runs Python code, so it lives with the interpreter: python/repr.ts keeps
 * one `defineRepr(Class, ...)` entry per class. A new type is a new class overriding what differs
 * from its base (a subclass such as PyDefaultDict inherits the rest), plus its repr entry. This
 * file holds what those methods share, so that every object file can import it without a cycle.
 */
import type { PyObject } from './objects';

/** What tp_traverse calls for each reference (borrowed). */
export type Visit = (target: PyObject) => void;

/** What kind of object a card shows, for the view's choice of drawing and actions. */
export type ObjectKind =
  | 'instance'
  | 'class'
  | 'function'
  | 'method'
  | 'list'
  | 'tuple'
  | 'dict'
  | 'set'
  | 'weakref'
  | 'weakcontainer'
  | 'finalize'
  | 'value'
  | 'other';

/** The references a snapshot lists for one object: the first `limit`, and how many in all. */
export interface ViewRefs {
  readonly limit: number;
  /** References counted so far (an object may set it to its true number without listing all). */
  total: number;
  /** The list is at its limit: further references are only counted. */
  readonly full: boolean;
  /** Adds a reference; the slot label is made only if it is listed. */
  add(slot: string | (() => string), target: PyObject, weak?: boolean): void;
  /** A key's short repr for a slot label (display.ts). */
  repr(o: PyObject): string;
}

/** The short repr being written (display.ts): at most about `budget` characters. */
export interface DisplayOut {
  text: string;
  readonly budget: number;
  /** Writes another object's short repr (a container's item), `...` for one being written. */
  write(o: PyObject): void;
  /** Containers being written right now (a second visit prints `[...]`). */
  readonly seen: Set<PyObject>;
}

/**
 * How the allocators see an object (memoryBlocks.ts): the types with a free list or a separate
 * block of their own; every other object is one block of its getsizeof.
 */
export type MemoryLayout = number;
export const OBJECT_LAYOUT: MemoryLayout = 0;
export const FLOAT_LAYOUT: MemoryLayout = 1;
export const INT_LAYOUT: MemoryLayout = 2;
export const TUPLE_LAYOUT: MemoryLayout = 3;
export const LIST_LAYOUT: MemoryLayout = 4;
export const DICT_LAYOUT: MemoryLayout = 5;
export const SET_LAYOUT: MemoryLayout = 6;
export const INSTANCE_LAYOUT: MemoryLayout = 7;

/**
 * The layouts with a separate block of their own (memoryBlocks.ts's wantedBytes): a list's
 * items, a dict's keys table, a set's table, an instance's values.
 */
export function hasExtraBlock(layout: MemoryLayout): boolean {
  return (
    layout === LIST_LAYOUT ||
    layout === DICT_LAYOUT ||
    layout === SET_LAYOUT ||
    layout === INSTANCE_LAYOUT
  );
}

/**
 * The constants a class sets for its instances, on its prototype (read per object on hot paths,
 * so data properties rather than methods); a subclass inherits its base's.
 */
export interface TypeConstants {
  /**
   * Instances are GC objects (Py_TPFLAGS_HAVE_GC): `PyObject.gcClass`; 'some' when each object
   * says (a class statement's class is one, a built-in type not). Either way its objects have
   * the collector's fields (`PyObject.hasGcFields`).
   */
  readonly gc?: boolean | 'some';
  /** How their deallocation nests (heap.ts): `PyObject.deallocKind`. */
  readonly deallocKind?: 0 | 1 | 2;
  /** sys.getsizeof of every instance when it never changes: `PyObject.fixedSize`. */
  readonly fixedSize?: number;
  /** How the view draws its instances: `PyObject.viewKind`. */
  readonly viewKind?: ObjectKind;
  /** How the allocators see them: `PyObject.memoryLayout`. */
  readonly memory?: MemoryLayout;
}

/** Sets a class's TypeConstants; call it right after the class. */
export function typeConstants(cls: { prototype: object }, c: TypeConstants): void {
  const set = (name: string, value: unknown) =>
    Object.defineProperty(cls.prototype, name, { value, writable: true });
  if (c.gc === 'some') set('hasGcFields', true);
  else if (c.gc !== undefined) {
    set('gcClass', c.gc);
    set('hasGcFields', c.gc);
  }
  if (c.deallocKind !== undefined) set('deallocKind', c.deallocKind);
  if (c.fixedSize !== undefined) set('fixedSize', c.fixedSize);
  if (c.viewKind !== undefined) set('viewKind', c.viewKind);
  if (c.memory !== undefined) set('memoryLayout', c.memory);
}
