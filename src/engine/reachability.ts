/**
 * Which live objects nothing outside the heap reaches through strong references: the garbage only
 * the cycle collector can find (two lists that hold each other after `del a, b`). The view marks
 * them "no name reaches it"; computed here, over the whole heap, so that a snapshot that draws
 * only part of the heap can still say it exactly.
 *
 * The roots are the objects held from outside the heap: by a frame's names or value stack, by
 * the interpreter (its modules, the intern table), that is every object whose refcount is more
 * than the strong references other live objects hold to it, and every interned object. This is
 * the collector's own test (gc_refs > 0 after subtract_refs), applied to every object at once.
 * A reference `strongReferents` misses only makes its target a root, so a miss can call garbage
 * reachable but never a reachable object garbage.
 *
 * Cost: three passes over the live objects and one over their references; no object is created
 * but the stack of the marking walk. The result lives in each object's `viewScratch` until the
 * next call.
 */
import type { Heap } from './heap';
import {
  PyDict,
  PyFloat,
  PyInt,
  PyIterator,
  PyList,
  PySet,
  PyStr,
  PyTuple,
  type PyObject,
} from './objects';
import { traverse } from './traverse';

const MARKED = -1;

/** Marks every live object a root reaches; read the result with `isReachable`. */
export function markReachable(heap: Heap): void {
  const live = heap.live;
  if (!live) throw new Error('reachability needs a heap created with trackLive');
  live.settle();
  for (let o = live.first; o; o = o.liveNext) o.viewScratch = 0;
  const count = (t: PyObject) => {
    t.viewScratch++;
  };
  for (let o = live.first; o; o = o.liveNext) strongReferents(o, count);
  const pending: PyObject[] = [];
  for (let o = live.first; o; o = o.liveNext)
    if (o.interned || o.refcount > o.viewScratch) pending.push(o);
  const visit = (t: PyObject) => {
    if (t.viewScratch === MARKED) return;
    // Numbers and strs hold nothing: marked here, never walked.
    if (holdsNothing(t)) t.viewScratch = MARKED;
    else pending.push(t);
  };
  while (pending.length > 0) {
    const o = pending.pop()!;
    if (o.viewScratch === MARKED) continue;
    o.viewScratch = MARKED;
    strongReferents(o, visit);
  }
}

/** Does a root reach `o`, as the last `markReachable` found? */
export function isReachable(o: PyObject): boolean {
  return o.interned || o.viewScratch === MARKED;
}

/**
 * Every strong reference `o` holds: what the collector traverses, plus what it skips because it
 * can't be part of a cycle (a str-keyed dict's keys, a generator's suspended frame).
 */
function strongReferents(o: PyObject, visit: (t: PyObject) => void): void {
  if (holdsNothing(o)) return;
  if (o instanceof PyList || o instanceof PyTuple) {
    for (const t of o.items) visit(t);
  } else if (o instanceof PyDict) {
    for (const e of o.entries) {
      if (!e) continue;
      visit(e.key);
      visit(e.value);
    }
  } else if (o instanceof PySet) {
    for (const m of o.members.values()) visit(m);
  } else {
    if (o instanceof PyIterator) for (const t of o.held) visit(t);
    traverse(o, visit);
  }
}

/** The most common objects, which hold no references. */
function holdsNothing(o: PyObject): boolean {
  return o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat;
}
