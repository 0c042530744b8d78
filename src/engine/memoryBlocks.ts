/**
 * Which memory each object takes from the allocators (allocator.ts), as CPython 3.11 asks for
 * it: the object itself (its basic size with the GC header before it: what getsizeof counts,
 * except for the containers whose storage is a separate block) from its type's free list or
 * pymalloc, and the separate block: a list's item array (PyMem_Realloc as it grows), a dict's
 * keys table, a set's table once it outgrows the 8 slots inside the set.
 */
import type { Allocator, FreeListName } from './allocator';
import { dictSize, EMPTY_DICT_SIZE, SET_BASE, SET_SMALL_TABLE, sizeOf } from './sizes';
import { PyDict, PyFloat, PyInstance, PyList, PySet, PyTuple, type PyObject } from './objects';
import { isGcType } from './traverse';

/** The list object without its items (PyListObject and the GC header). */
const LIST_OBJECT = 56;

interface ObjectBlock {
  readonly list: FreeListName | null;
  readonly bytes: number;
}

function objectBlock(o: PyObject): ObjectBlock {
  if (o instanceof PyFloat) return { list: 'float', bytes: 24 };
  if (o instanceof PyTuple) {
    const n = o.items.length;
    return { list: n > 0 && n < 20 ? `tuple${n}` : null, bytes: sizeOf(o) };
  }
  if (o instanceof PyList) return { list: 'list', bytes: LIST_OBJECT };
  if (o instanceof PyDict) return { list: 'dict', bytes: EMPTY_DICT_SIZE };
  if (o instanceof PySet) return { list: null, bytes: SET_BASE };
  return { list: null, bytes: o.blockBytes || sizeOf(o) };
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
  if (o.extraBlock) freeExtra(a, o);
  const b = objectBlock(o);
  const block = o.pyId - preHeader(o);
  // A tuple keeps its items to the end: its free list is the one of its length.
  const list = o instanceof PyTuple ? tupleList(o) : b.list;
  if (list) a.freeTo(list, block, b.bytes);
  else a.free(block, b.bytes);
}

function tupleList(t: PyTuple): FreeListName | null {
  const n = t.items.length;
  return n > 0 && n < 20 ? `tuple${n}` : null;
}

/** The separate block an object needs in its current state: its size and kind. */
function wantedExtra(o: PyObject): { bytes: number; tag: string } {
  if (o instanceof PyList) return { bytes: 8 * o.allocated, tag: 'items' };
  if (o instanceof PyInstance) {
    // 3.11's inline values, until a __dict__ takes them over.
    if (o.dict || o.inlineCapacity === 0) return { bytes: 0, tag: '' };
    return { bytes: valuesBytes(o.inlineCapacity), tag: 'values' };
  }
  if (o instanceof PyDict) {
    if (o.splitOf) return { bytes: valuesBytes(o.splitCapacity), tag: 'values' };
    if (o.keysLog2 === 0) return { bytes: 0, tag: '' };
    return {
      bytes: dictSize(o.keysLog2, o.keysUnicode) - EMPTY_DICT_SIZE,
      tag: `keys${o.keysLog2}${o.keysUnicode ? 'u' : 'g'}`,
    };
  }
  if (o instanceof PySet) {
    const slots = o.table.capacity;
    return slots > SET_SMALL_TABLE ? { bytes: 16 * slots, tag: 'table' } : { bytes: 0, tag: '' };
  }
  return { bytes: 0, tag: '' };
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
  to.extraBlock = from.extraBlock;
  to.extraBytes = from.extraBytes;
  to.extraTag = from.extraTag;
  from.extraBlock = 0;
  from.extraBytes = 0;
  from.extraTag = '';
}

/** dict keys of 8 slots and str keys only come from (and go back to) their free list. */
function keysList(tag: string): FreeListName | null {
  return tag === 'keys3u' ? 'dictkeys' : null;
}

function freeExtra(a: Allocator, o: PyObject): void {
  const list = keysList(o.extraTag);
  if (list) a.freeTo(list, o.extraBlock, o.extraBytes);
  else a.free(o.extraBlock, o.extraBytes);
  o.extraBlock = 0;
  o.extraBytes = 0;
  o.extraTag = '';
}

/**
 * Brings the object's separate block in line with its state. A list's items are reallocated as
 * pymalloc_realloc does (kept while the new size fits its block and uses more than 3/4 of it,
 * else a new block is taken before the old one is freed); a dict's or set's new table is taken
 * before the old one is freed.
 */
export function syncExtraBlock(a: Allocator, o: PyObject): void {
  const want = wantedExtra(o);
  if (want.bytes === o.extraBytes && want.tag === o.extraTag) return;
  if (want.bytes === 0 && !o.extraBlock) return;
  if (want.bytes === 0) {
    if (o.extraBlock) freeExtra(a, o);
    return;
  }
  if (o.extraBlock && o instanceof PyList) {
    // extraBytes stays what the block was asked for with: its size class.
    const size = Math.max(16, (o.extraBytes + 15) & ~15);
    const small = o.extraBytes <= 512;
    if (want.bytes <= size && (!small || 4 * want.bytes > 3 * size)) return;
  }
  const list = keysList(want.tag);
  const block = list ? a.allocFrom(list, want.bytes) : a.malloc(want.bytes);
  if (o.extraBlock) freeExtra(a, o);
  o.extraBlock = block;
  o.extraBytes = want.bytes;
  o.extraTag = want.tag;
}
