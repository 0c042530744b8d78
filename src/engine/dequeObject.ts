/**
 * collections.deque (Modules/_collectionsmodule.c): a GC object whose items live in blocks of 64
 * slots, C memory that is no Python object. Only the deque and its items are on the heap; the
 * blocks show in sys.getsizeof, which counts the blocks in use from `leftindex` and the length,
 * so the two indices move here exactly as deque_append / deque_popleft / ... move them.
 * tp_traverse visits the items left to right; tp_clear (and so tp_dealloc) releases them left to
 * right too, after the deque was made empty.
 */
import { PyObject, viewItems, type PyType } from './objects';
import type { Heap } from './heap';
import { typeConstants, type ViewRefs, type Visit } from './slots';

export const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
/** sizeof(dequeobject) plus the GC header, and sizeof(block). */
const DEQUE_BASE_SIZE = 216 + 16;
const BLOCK_SIZE = 16 + 8 * BLOCKLEN;

export class PyDeque extends PyObject {
  /** Owned references, left to right. */
  items: PyObject[] = [];
  /** Index of the first item in the leftmost block, and of the last in the rightmost one. */
  leftindex = CENTER + 1;
  rightindex = CENTER;
  /** Bumped by every mutation: an iterator that sees it change raises RuntimeError. */
  state = 0;
  constructor(
    address: number,
    readonly type: PyType,
    /** null: unbounded. */
    public maxlen: number | null,
  ) {
    super(address);
  }

  /** The index moves of an append (a new right block when the last one is full). */
  noteAppend(): void {
    if (this.rightindex === BLOCKLEN - 1) this.rightindex = -1;
    this.rightindex++;
    this.state++;
  }

  noteAppendLeft(): void {
    if (this.leftindex === 0) this.leftindex = BLOCKLEN;
    this.leftindex--;
    this.state++;
  }

  /** After the item left: the rightmost block is freed when emptied, or the deque re-centred. */
  notePop(): void {
    this.rightindex--;
    this.state++;
    if (this.rightindex < 0) {
      if (this.items.length) this.rightindex = BLOCKLEN - 1;
      else this.recenter();
    }
  }

  notePopLeft(): void {
    this.leftindex++;
    this.state++;
    if (this.leftindex === BLOCKLEN) {
      if (this.items.length) this.leftindex = 0;
      else this.recenter();
    }
  }

  recenter(): void {
    this.leftindex = CENTER + 1;
    this.rightindex = CENTER;
  }
  /** deque_traverse: left to right. */
  traverse(visit: Visit): void {
    for (const v of this.items) visit(v);
  }
  /** deque_clear: the deque is made empty first, then the items go left to right. */
  clear(heap: Heap): void {
    const items = this.items;
    this.items = [];
    this.recenter();
    this.state++;
    heap.resized(this, dequeSize(this));
    for (const v of items) heap.decref(v, this);
  }
  viewRefs(refs: ViewRefs): void {
    viewItems(this.items, refs);
  }
  viewLength(): number {
    return this.items.length;
  }
  sizeof(): number {
    return dequeSize(this);
  }
}
typeConstants(PyDeque, { gc: true });

/** sys.getsizeof(deque): the object and the blocks its items span. */
export function dequeSize(d: PyDeque): number {
  const blocks = Math.floor((d.leftindex + d.items.length + BLOCKLEN - 1) / BLOCKLEN);
  return DEQUE_BASE_SIZE + blocks * BLOCK_SIZE;
}
