/**
 * Which memory each object takes from the allocators (allocator.ts), as CPython 3.11 asks for
 * it: the object itself (its basic size with the GC header before it: what getsizeof counts,
 * except for the containers whose storage is a separate block) from its type's free list or
 * pymalloc, and the separate block: a list's item array (PyMem_Realloc as it grows), a dict's
 * keys table, a set's table once it outgrows the 8 slots inside the set.
 */
import type { Allocator, FreeListName } from './allocator';
import { dictSize, EMPTY_DICT_SIZE, SET_BASE, SET_SMALL_TABLE, sizeOf } from './sizes';
import {
  PyDict,
  PyFloat,
  PyInstance,
  PyInt,
  PyList,
  PySet,
  PyTuple,
  type PyObject,
} from './objects';
import { isGcType } from './traverse';

/** The list object without its items (PyListObject and the GC header). */
const LIST_OBJECT = 56;

interface ObjectBlock {
  readonly list: FreeListName | null;
  readonly bytes: number;
}

/** The tuple free lists' names by length (1 to 19; none for the others). */
const TUPLE_LISTS: readonly (FreeListName | null)[] = Array.from({ length: 20 }, (_, n) =>
  n > 0 ? (`tuple${n}` as FreeListName) : null,
);

function objectBlock(o: PyObject): ObjectBlock {
  if (o instanceof PyFloat) return { list: 'float', bytes: 24 };
  if (o instanceof PyTuple) {
    return { list: tupleList(o), bytes: sizeOf(o) };
  }
  if (o instanceof PyList) return { list: 'list', bytes: LIST_OBJECT };
  if (o instanceof PyDict) return { list: 'dict', bytes: EMPTY_DICT_SIZE };
  if (o instanceof PySet) return { list: null, bytes: SET_BASE };
  return { list: null, bytes: (o instanceof PyInt && o.blockBytes) || sizeOf(o) };
}

/**
 * What precedes the object in its block (_PyType_PreHeaderSize): the GC header of a container,
 * and the managed `__dict__` and values pointers of a Python class's instance. `id()` is the
 * address after it, so a block reused by an object of another layout gets another id.
 */
function preHeader(o: PyObject): number {
  const managedDict = o instanceof PyInstance && o.type.isHeapType && o.type.hasDict;
  return (isGcType(o) ? 16 : 0) + (managedDict ? 16 : 0);
}

/** A new object's address: from its type's free list, else a new block. */
export function placeObject(a: Allocator, o: PyObject): void {
  const b = objectBlock(o);
  const block = b.list ? a.allocFrom(b.list, b.bytes) : a.malloc(b.bytes);
  o.pyId = block + preHeader(o);
  syncExtraBlock(a, o);
}

/** The object is gone: its separate block, then the object itself go back. */
export function releaseObject(a: Allocator, o: PyObject): void {
  if (o.extra) freeExtra(a, o);
  const b = objectBlock(o);
  const block = o.pyId - preHeader(o);
  // A tuple keeps its items to the end: its free list is the one of its length.
  const list = o instanceof PyTuple ? tupleList(o) : b.list;
  if (list) a.freeTo(list, block, b.bytes);
  else a.free(block, b.bytes);
}

function tupleList(t: PyTuple): FreeListName | null {
  return TUPLE_LISTS[t.items.length] ?? null;
}

/** The kind of block `wantedBytes` last asked for (set with its answer, to spare an object). */
let wantedTag = '';

/** The bytes of the separate block the object needs in its current state (its kind: wantedTag). */
function wantedBytes(o: PyObject): number {
  wantedTag = '';
  if (o instanceof PyList) {
    wantedTag = 'items';
    return 8 * o.allocated;
  }
  if (o instanceof PyInstance) {
    // 3.11's inline values, until a __dict__ takes them over.
    if (o.dict || o.inlineCapacity === 0) return 0;
    wantedTag = 'values';
    return valuesBytes(o.inlineCapacity);
  }
  if (o instanceof PyDict) {
    if (o.splitOf) {
      wantedTag = 'values';
      return valuesBytes(o.splitCapacity);
    }
    if (o.keysLog2 === 0) return 0;
    wantedTag = o.keysLog2 === 3 && o.keysUnicode ? 'keys3u' : 'keys';
    return dictSize(o.keysLog2, o.keysUnicode) - EMPTY_DICT_SIZE;
  }
  if (o instanceof PySet) {
    const slots = o.table.capacity;
    if (slots <= SET_SMALL_TABLE) return 0;
    wantedTag = 'table';
    return 16 * slots;
  }
  return 0;
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
  to.extra = from.extra;
  from.extra = null;
}

/** dict keys of 8 slots and str keys only come from (and go back to) their free list. */
function keysList(tag: string): FreeListName | null {
  return tag === 'keys3u' ? 'dictkeys' : null;
}

function freeExtra(a: Allocator, o: PyObject): void {
  const extra = o.extra!;
  const list = keysList(extra.tag);
  if (list) a.freeTo(list, extra.address, extra.bytes);
  else a.free(extra.address, extra.bytes);
  o.extra = null;
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
  const extra = o.extra;
  if (extra ? bytes === extra.bytes && tag === extra.tag : bytes === 0) return;
  if (bytes === 0) {
    if (extra) freeExtra(a, o);
    return;
  }
  if (extra && o instanceof PyList) {
    // extra.bytes stays what the block was asked for with: its size class.
    const size = Math.max(16, (extra.bytes + 15) & ~15);
    const small = extra.bytes <= 512;
    if (bytes <= size && (!small || 4 * bytes > 3 * size)) return;
  }
  const list = keysList(tag);
  const block = list ? a.allocFrom(list, bytes) : a.malloc(bytes);
  if (extra) freeExtra(a, o);
  o.extra = { address: block, bytes, tag };
}
