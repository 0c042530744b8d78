/**
 * Which memory each object takes from the allocators (allocator.ts), as CPython 3.11 asks for
 * it: the object itself (its basic size with the GC header before it: what getsizeof counts,
 * except for the containers whose storage is a separate block) from its type's free list or
 * pymalloc, and the separate block: a list's item array (PyMem_Realloc as it grows), a dict's
 * keys table, a set's table once it outgrows the 8 slots inside the set.
 */
import {
  DICT_FREE_LIST,
  DICT_KEYS_FREE_LIST,
  FLOAT_FREE_LIST,
  LIST_FREE_LIST,
  tupleFreeList,
  type Allocator,
  type FreeList,
} from './allocator';
import {
  dictSize,
  EMPTY_DICT_SIZE,
  fieldBytes,
  SET_BASE,
  SET_SMALL_TABLE,
  sizeOf,
  tupleSize,
} from './sizes';
import {
  pyIdOf,
  PyDict,
  PyFloat,
  PyInstance,
  PyInt,
  PyList,
  PySet,
  PyTuple,
  type PyObject,
} from './objects';
import {
  DICT_LAYOUT,
  FLOAT_LAYOUT,
  hasExtraBlock,
  INSTANCE_LAYOUT,
  INT_LAYOUT,
  LIST_LAYOUT,
  SET_LAYOUT,
  TUPLE_LAYOUT,
  type MemoryLayout,
} from './slots';
import { isGcType } from './traverse';
import { decodeAddress, encodeAddress } from './addressCode';

/** The list object without its items (PyListObject and the GC header). */
const LIST_OBJECT = 56;
/** A float's block (PyFloatObject). */
const FLOAT_BLOCK = 24;

// Each function below is given the object's layout (its class's `memoryLayout`), read once by
// placeObject or releaseObject: that code sees objects of every class, where each read of a
// prototype's constant is a lookup of its own.

/** The free list the object's own block comes from and goes back to, or -1 (pymalloc's). */
function freeListOf(o: PyObject, layout: MemoryLayout): FreeList {
  switch (layout) {
    case FLOAT_LAYOUT:
      return FLOAT_FREE_LIST;
    case TUPLE_LAYOUT:
      // A tuple keeps its items to the end: its free list is the one of its length.
      return tupleFreeList((o as PyTuple).items.length);
    case LIST_LAYOUT:
      return LIST_FREE_LIST;
    case DICT_LAYOUT:
      return DICT_FREE_LIST;
    default:
      return -1;
  }
}

/** The bytes the object's own block was asked for. */
function objectBytes(o: PyObject, layout: MemoryLayout): number {
  switch (layout) {
    case FLOAT_LAYOUT:
      return FLOAT_BLOCK;
    case LIST_LAYOUT:
      return LIST_OBJECT;
    case DICT_LAYOUT:
      return EMPTY_DICT_SIZE;
    case SET_LAYOUT:
      return SET_BASE;
    case INT_LAYOUT:
      return (o as PyInt).blockBytes || sizeOf(o);
    case TUPLE_LAYOUT:
      // What its sizeof answers, without the call through its class.
      return tupleSize((o as PyTuple).items.length);
    default:
      return sizeOf(o);
  }
}

/**
 * What precedes the object in its block (_PyType_PreHeaderSize): the GC header of a container,
 * and the managed `__dict__` and values pointers of a Python class's instance. `id()` is the
 * address after it, so a block reused by an object of another layout gets another id.
 */
function preHeader(o: PyObject, layout: MemoryLayout): number {
  const gcHeader = isGcType(o) ? 16 : 0;
  if (layout !== INSTANCE_LAYOUT) return gcHeader;
  const type = (o as PyInstance).type;
  return gcHeader + (type.isHeapType && type.hasDict ? 16 : 0);
}

/** A new object's address: from its type's free list, else a new block. */
export function placeObject(a: Allocator, o: PyObject): void {
  const layout = o.memoryLayout;
  const list = freeListOf(o, layout);
  const bytes = objectBytes(o, layout);
  const block = list >= 0 ? a.allocFrom(list, bytes) : a.malloc(bytes);
  o.idCode = encodeAddress(block + preHeader(o, layout));
  if (hasExtraBlock(layout)) syncExtraBlock(a, o);
}

/**
 * An instance other than an exception's, placed without placeObject's tests, as placeObject
 * places it: `bytes` (its getsizeof) from pymalloc, no free list, its GC header and (a class
 * statement's class with a `__dict__`) managed-dict pointers before it (preHeader), and no values
 * block yet: its inline capacity is 0 until object_new's _PyObject_InitializeDict, after the
 * collection its allocation may start.
 */
export function placeInstance(a: Allocator, o: PyInstance, bytes: number): void {
  o.idCode = encodeAddress(a.malloc(bytes) + preHeader(o, INSTANCE_LAYOUT));
}

/**
 * An int's block, placed without placeObject's tests: an int has no free list, no GC header and
 * no separate block (what freeListOf, preHeader and wantedBytes answer for INT_LAYOUT), and is
 * made at every step of a loop over a range.
 */
export function placeInt(a: Allocator, o: PyInt): void {
  o.idCode = encodeAddress(a.malloc(o.blockBytes || sizeOf(o)));
}

/** releaseObject for an int, by the same facts as placeInt. */
export function releaseInt(a: Allocator, o: PyInt): void {
  a.free(pyIdOf(o), o.blockBytes || sizeOf(o));
}

/** A float's block, from its free list: what placeObject does for FLOAT_LAYOUT. */
export function placeFloat(a: Allocator, o: PyFloat): void {
  o.idCode = encodeAddress(a.allocFrom(FLOAT_FREE_LIST, FLOAT_BLOCK));
}

/** releaseObject for a float, by the same facts as placeFloat. */
export function releaseFloat(a: Allocator, o: PyFloat): void {
  a.freeTo(FLOAT_FREE_LIST, pyIdOf(o), FLOAT_BLOCK);
}

/** The object is gone: its separate block, then the object itself go back. */
export function releaseObject(a: Allocator, o: PyObject): void {
  const layout = o.memoryLayout;
  if (hasExtraBlock(layout) && o.extraTag !== NO_BLOCK) freeExtra(a, o);
  const list = freeListOf(o, layout);
  const bytes = objectBytes(o, layout);
  const block = pyIdOf(o) - preHeader(o, layout);
  if (list >= 0) a.freeTo(list, block, bytes);
  else a.free(block, bytes);
}

/** An object's `extraTag` while it owns no separate block. */
const NO_BLOCK = '';

/** The kind of block `wantedBytes` last asked for (set with its answer, to spare an object). */
let wantedTag = NO_BLOCK;

/** The bytes of the separate block the object needs in its current state (its kind: wantedTag). */
function wantedBytes(o: PyObject): number {
  wantedTag = NO_BLOCK;
  switch (o.memoryLayout) {
    case LIST_LAYOUT:
      wantedTag = 'items';
      return 8 * (o as PyList).allocated;
    case INSTANCE_LAYOUT: {
      // 3.11's inline values, until a __dict__ takes them over.
      const i = o as PyInstance;
      if (i.dict || i.inlineCapacity === 0) return 0;
      wantedTag = 'values';
      return valuesBytes(i.inlineCapacity);
    }
    case DICT_LAYOUT: {
      const d = o as PyDict;
      if (d.splitOf) {
        wantedTag = 'values';
        return valuesBytes(d.splitCapacity);
      }
      if (d.keysLog2 === 0) return 0;
      wantedTag = d.keysLog2 === 3 && d.keysUnicode ? 'keys3u' : 'keys';
      return dictSize(d.keysLog2, d.keysUnicode) - EMPTY_DICT_SIZE;
    }
    case SET_LAYOUT: {
      const slots = (o as PySet).table.capacity;
      if (slots <= SET_SMALL_TABLE) return 0;
      wantedTag = 'table';
      return 16 * slots;
    }
    default:
      return 0;
  }
}

/** new_values: the values and, before them, a byte of insertion order each, rounded to 8. */
function valuesBytes(capacity: number): number {
  return ((capacity + 2 + 7) & ~7) + 8 * capacity;
}

/**
 * make_dict_from_instance_attributes: the new split dict takes over the instance's values array
 * (the same block, no new allocation).
 */
export function handOverValues(from: PyObject, to: PyObject): void {
  to.extraCode = from.extraCode;
  to.extraBytes = from.extraBytes;
  to.extraTag = from.extraTag;
  from.extraTag = NO_BLOCK;
}

/** dict keys of 8 slots and str keys only come from (and go back to) their free list. */
function keysList(tag: string): FreeList {
  return tag === 'keys3u' ? DICT_KEYS_FREE_LIST : -1;
}

function freeExtra(a: Allocator, o: PyObject): void {
  const list = keysList(o.extraTag);
  const block = decodeAddress(o.extraCode);
  if (list >= 0) a.freeTo(list, block, o.extraBytes);
  else a.free(block, o.extraBytes);
  o.extraTag = NO_BLOCK;
}

/**
 * Brings the object's separate block in line with its state. A list's items are reallocated as
 * pymalloc_realloc does (kept while the new size fits its block and uses more than 3/4 of it,
 * else a new block is taken before the old one is freed); a dict's or set's new table is taken
 * before the old one is freed.
 */
export function syncExtraBlock(a: Allocator, o: PyObject): void {
  const bytes = wantedBytes(o);
  const tag = wantedTag;
  const owned = o.extraTag !== NO_BLOCK;
  if (owned ? bytes === o.extraBytes && tag === o.extraTag : bytes === 0) return;
  if (bytes === 0) {
    freeExtra(a, o);
    return;
  }
  if (owned && o.memoryLayout === LIST_LAYOUT) {
    // extraBytes stays what the block was asked for with: its size class.
    const size = Math.max(16, (o.extraBytes + 15) & ~15);
    const small = o.extraBytes <= 512;
    if (bytes <= size && (!small || 4 * bytes > 3 * size)) return;
  }
  const list = keysList(tag);
  const block = list >= 0 ? a.allocFrom(list, bytes) : a.malloc(bytes);
  if (owned) freeExtra(a, o);
  o.extraCode = encodeAddress(block);
  o.extraBytes = fieldBytes(bytes);
  o.extraTag = tag;
}
