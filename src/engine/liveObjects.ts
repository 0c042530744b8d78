/**
 * Every object alive, in allocation order: what the view's snapshot and reachability pass walk.
 *
 * A doubly-linked list threaded through the objects themselves (`liveNext`, `livePrev`), as
 * CPython's Py_TRACE_REFS builds keep all objects in one list, where a `Set` hashed every object
 * as it was made and as it died, and grew a table the size of the heap (in the page's growth
 * demo, a quarter of the run).
 *
 * Most objects die young (a loop's temporaries), and linking and unlinking one writes fields of
 * its neighbours, which code that sees objects of every class reaches slowly. So an object made
 * joins a short array of newcomers first; `settle` links those not gone by then, in order, when
 * the array is full or before anyone walks the list. An object made and freed in between is
 * never linked.
 */
export interface LiveLinks {
  liveNext: LiveLinks | null;
  livePrev: LiveLinks | null;
  /** Set when the object died: it is deleted then, and never added again. */
  readonly freed: boolean;
}

/** Newcomers kept before they are settled: dead ones are held this long at most. */
const NEWCOMERS = 4096;

export class LiveObjects<T extends LiveLinks> {
  /** The linked objects, oldest first: read only after `settle`. */
  first: T | null = null;
  last: T | null = null;
  private newcomers: T[] = [];

  /** Appends `o` (once settled); an object already in the list stays where it is. */
  add(o: T): void {
    this.newcomers.push(o);
    if (this.newcomers.length >= NEWCOMERS) this.settle();
  }

  /** Takes out `o`, once it is `freed` (a newcomer is dropped when settled). */
  delete(o: T): void {
    if (!this.linked(o)) return;
    const { liveNext: next, livePrev: prev } = o;
    if (prev) prev.liveNext = next;
    else this.first = next as T | null;
    if (next) next.livePrev = prev;
    else this.last = prev as T | null;
    o.liveNext = null;
    o.livePrev = null;
  }

  /** Links the newcomers still alive, in the order they came; call before walking from `first`. */
  settle(): void {
    const newcomers = this.newcomers;
    if (newcomers.length === 0) return;
    this.newcomers = [];
    for (const o of newcomers) {
      if (o.freed || this.linked(o)) continue;
      const last = this.last;
      if (last) {
        last.liveNext = o;
        o.livePrev = last;
      } else {
        this.first = o;
      }
      this.last = o;
    }
  }

  /** Is `o` in the list (settled first)? */
  has(o: T): boolean {
    this.settle();
    return this.linked(o);
  }

  private linked(o: T): boolean {
    return o.livePrev !== null || this.first === o;
  }

  /** In allocation order. Nothing may be added or removed while this runs. */
  *[Symbol.iterator](): Iterator<T> {
    this.settle();
    for (let o = this.first; o; o = o.liveNext as T | null) yield o;
  }
}
