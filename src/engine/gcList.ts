/**
 * The collector's doubly linked lists (CPython's PyGC_Head lists), kept in typed arrays by handle.
 *
 * A tracked object owns a handle (`gcHandle`, a small integer; 0 while it is in no list), and its
 * links, gc_refs and flags are the handle's entries in `GcTable`: moving an object between lists
 * writes a few int32s instead of pointer fields of objects of many shapes, and a list is walked
 * through one array. A list is a circular chain through its head, a handle of its own whose
 * object entry is null. Handles are reused once their object leaves every list.
 */
import type { PyObject } from './objects';

/** Handle 0: no list. Its flags and gc_refs stay 0, so an untracked object reads them as 0. */
export const NO_HANDLE = 0;

export class GcTable {
  next = new Int32Array(1024);
  prev = new Int32Array(1024);
  /** gc_refs while a collection runs. */
  refs = new Int32Array(1024);
  /** The collector's bits (COLLECTING, UNREACHABLE... see gc.ts). */
  flags = new Int32Array(1024);
  /** The object of each handle; null for a list's head and for a free handle. */
  objects: (PyObject | null)[] = [null];
  private readonly free: number[] = [];
  private top = 1;

  /** A handle no list holds, its entries zero. */
  allocate(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.top === this.next.length) this.grow();
    this.objects.push(null);
    return this.top++;
  }

  release(h: number): void {
    this.objects[h] = null;
    this.refs[h] = 0;
    this.flags[h] = 0;
    this.free.push(h);
  }

  private grow(): void {
    const size = this.next.length * 2;
    for (const key of ['next', 'prev', 'refs', 'flags'] as const) {
      const bigger = new Int32Array(size);
      bigger.set(this[key]);
      this[key] = bigger;
    }
  }

  /** Takes `o` out of its list; it keeps its handle (it is moved to another list next). */
  detach(o: PyObject): void {
    const h = o.gcHandle;
    const next = this.next;
    const prev = this.prev;
    const n = next[h]!;
    const p = prev[h]!;
    next[p] = n;
    prev[n] = p;
  }

  /** Takes `o` out of its list and gives its handle back: it is untracked. */
  unlink(o: PyObject): void {
    this.detach(o);
    this.release(o.gcHandle);
    o.gcHandle = NO_HANDLE;
  }

  /** Links handle `h` in before `head` (at the end of head's list). */
  linkLast(h: number, head: number): void {
    const last = this.prev[head]!;
    this.prev[h] = last;
    this.next[h] = head;
    this.next[last] = h;
    this.prev[head] = h;
  }
}

export class GcList {
  /** The list's own handle: a circular chain starts and ends here. */
  readonly head: number;

  constructor(
    readonly table: GcTable,
    readonly name: string,
  ) {
    this.head = table.allocate();
    table.next[this.head] = this.head;
    table.prev[this.head] = this.head;
  }

  isEmpty(): boolean {
    return this.table.next[this.head] === this.head;
  }

  /** Its first object, or null when it is empty. */
  first(): PyObject | null {
    return this.table.objects[this.table.next[this.head]!]!;
  }

  /** Appends an object that is in no list: it gets a handle. */
  append(o: PyObject): void {
    const h = this.table.allocate();
    this.table.objects[h] = o;
    o.gcHandle = h;
    this.table.linkLast(h, this.head);
  }

  /** Moves an object from its list to the end of this one. */
  moveHere(o: PyObject): void {
    this.table.detach(o);
    this.table.linkLast(o.gcHandle, this.head);
  }

  /** Moves every node of `from` to the end of this list; `from` becomes empty. */
  merge(from: GcList): void {
    if (from.isEmpty()) return;
    const { next, prev } = this.table;
    const head = this.head;
    const tail = prev[head]!;
    const fromFirst = next[from.head]!;
    const fromLast = prev[from.head]!;
    next[tail] = fromFirst;
    prev[fromFirst] = tail;
    prev[head] = fromLast;
    next[fromLast] = head;
    next[from.head] = from.head;
    prev[from.head] = from.head;
  }

  size(): number {
    const next = this.table.next;
    let n = 0;
    for (let g = next[this.head]!; g !== this.head; g = next[g]!) n++;
    return n;
  }

  /** The objects in order (a copy: safe to move them while iterating). */
  toArray<T extends PyObject>(): T[] {
    const { next, objects } = this.table;
    const out: T[] = [];
    for (let g = next[this.head]!; g !== this.head; g = next[g]!) out.push(objects[g] as T);
    return out;
  }

  /**
   * Gives the head's handle back once the list is done with (a collection's working lists). A list
   * still holding objects (a collection interrupted) keeps it: its objects are linked through it.
   */
  dispose(): void {
    if (this.isEmpty()) this.table.release(this.head);
  }
}
