/**
 * Every object alive, in allocation order: what the view's snapshot and reachability pass walk.
 *
 * A doubly-linked list threaded through the objects themselves (`liveNext`, `livePrev`), as
 * CPython's Py_TRACE_REFS builds keep all objects in one list. Adding and removing are four field
 * writes, where a `Set` hashed every object as it was made and as it died, and grew a table the
 * size of the heap: in the page's growth demo (300,000 objects made and freed) the Set cost a
 * quarter of the run.
 *
 * An object is in the list exactly when it is `first` or has a `livePrev`.
 */
export interface LiveLinks {
  liveNext: LiveLinks | null;
  livePrev: LiveLinks | null;
}

export class LiveObjects<T extends LiveLinks> implements Iterable<T> {
  first: T | null = null;
  last: T | null = null;
  size = 0;

  /** Appends `o`; an object already in the list stays where it is. */
  add(o: T): void {
    if (this.has(o)) return;
    const last = this.last;
    if (last) {
      last.liveNext = o;
      o.livePrev = last;
    } else {
      this.first = o;
    }
    this.last = o;
    this.size++;
  }

  delete(o: T): void {
    if (!this.has(o)) return;
    const { liveNext: next, livePrev: prev } = o;
    if (prev) prev.liveNext = next;
    else this.first = next as T | null;
    if (next) next.livePrev = prev;
    else this.last = prev as T | null;
    o.liveNext = null;
    o.livePrev = null;
    this.size--;
  }

  has(o: T): boolean {
    return o.livePrev !== null || this.first === o;
  }

  /** In allocation order. Nothing may be added or removed while this runs. */
  *[Symbol.iterator](): Iterator<T> {
    for (let o = this.first; o; o = o.liveNext as T | null) yield o;
  }
}
