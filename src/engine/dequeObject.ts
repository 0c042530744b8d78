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
/** The slots of a new deque's ring (a power of two). */
const RING_SLOTS = 8;
const CENTER = (BLOCKLEN - 1) >> 1;
/** sizeof(dequeobject) plus the GC header, and sizeof(block). */
const DEQUE_BASE_SIZE = 216 + 16;
const BLOCK_SIZE = 16 + 8 * BLOCKLEN;

export class PyDeque extends PyObject {
  /**
   * The items, owned, left to right: `length` of them from `head` in a ring of slots (a power of
   * two of them, grown by doubling), so that an item goes in or out at either end in O(1), as in
   * CPython's blocks (a JavaScript array's shift and unshift copy the whole array).
   */
  private ring: (PyObject | undefined)[] = new Array<PyObject | undefined>(RING_SLOTS);
  private head = 0;
  /** How many items it holds. */
  length = 0;
  /** The items as an array, made when asked for and kept until the next change. */
  private made: readonly PyObject[] | null = null;
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

  /** Item `i` from the left (0 <= i < length), borrowed. */
  at(i: number): PyObject {
    return this.ring[(this.head + i) & (this.ring.length - 1)]!;
  }

  /** The items, left to right, as an array not to be changed (made again after any change). */
  get items(): readonly PyObject[] {
    if (this.made === null) {
      const out = new Array<PyObject>(this.length);
      for (let i = 0; i < this.length; i++) out[i] = this.at(i);
      this.made = out;
    }
    return this.made;
  }

  /** Adds an item at the right end (its reference moves in). */
  push(o: PyObject): void {
    this.makeRoom();
    this.ring[(this.head + this.length++) & (this.ring.length - 1)] = o;
    this.made = null;
  }

  /** Adds an item at the left end (its reference moves in). */
  unshift(o: PyObject): void {
    this.makeRoom();
    this.head = (this.head - 1) & (this.ring.length - 1);
    this.ring[this.head] = o;
    this.length++;
    this.made = null;
  }

  /** Takes the rightmost item out (its reference moves to the caller); the deque is not empty. */
  pop(): PyObject {
    const k = (this.head + --this.length) & (this.ring.length - 1);
    const o = this.ring[k]!;
    this.ring[k] = undefined;
    this.made = null;
    return o;
  }

  /** Takes the leftmost item out (its reference moves to the caller); the deque is not empty. */
  shift(): PyObject {
    const o = this.ring[this.head]!;
    this.ring[this.head] = undefined;
    this.head = (this.head + 1) & (this.ring.length - 1);
    this.length--;
    this.made = null;
    return o;
  }

  /** Puts `o` in place of item `i` (the caller releases the one it replaces). */
  setAt(i: number, o: PyObject): void {
    this.ring[(this.head + i) & (this.ring.length - 1)] = o;
    this.made = null;
  }

  /** The items in the opposite order. */
  reverse(): void {
    this.refill([...this.items].reverse());
  }

  /** Empties the deque; returns its items, left to right, whose references move to the caller. */
  takeAll(): PyObject[] {
    const items = [...this.items];
    this.refill([], RING_SLOTS);
    return items;
  }

  private makeRoom(): void {
    if (this.length === this.ring.length) this.refill([...this.items], 2 * this.ring.length);
  }

  private refill(items: readonly PyObject[], slots = this.ring.length): void {
    this.ring = new Array<PyObject | undefined>(slots);
    for (let i = 0; i < items.length; i++) this.ring[i] = items[i];
    this.head = 0;
    this.length = items.length;
    this.made = null;
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
      if (this.length) this.rightindex = BLOCKLEN - 1;
      else this.recenter();
    }
  }

  notePopLeft(): void {
    this.leftindex++;
    this.state++;
    if (this.leftindex === BLOCKLEN) {
      if (this.length) this.leftindex = 0;
      else this.recenter();
    }
  }

  recenter(): void {
    this.leftindex = CENTER + 1;
    this.rightindex = CENTER;
  }
  /** deque_traverse: left to right. */
  traverse(visit: Visit): void {
    for (let i = 0; i < this.length; i++) visit(this.at(i));
  }
  /** deque_clear: the deque is made empty first, then the items go left to right. */
  clear(heap: Heap): void {
    const items = this.takeAll();
    this.recenter();
    this.state++;
    heap.resized(this, dequeSize(this));
    for (const v of items) heap.decref(v, this);
  }
  viewRefs(refs: ViewRefs): void {
    viewItems(this.items, refs);
  }
  viewLength(): number {
    return this.length;
  }
  sizeof(): number {
    return dequeSize(this);
  }
}
typeConstants(PyDeque, { gc: true });

/** sys.getsizeof(deque): the object and the blocks its items span. */
export function dequeSize(d: PyDeque): number {
  const blocks = Math.floor((d.leftindex + d.length + BLOCKLEN - 1) / BLOCKLEN);
  return DEQUE_BASE_SIZE + blocks * BLOCK_SIZE;
}
