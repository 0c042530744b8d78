/**
 * When a class's dict (tp_dict) is a collector object. type_new copies the class body's
 * namespace, a dict tracked only once something trackable was stored in it, and adds the
 * descriptors; later stores keep tracking it (MAINTAIN_TRACKING). Here the attributes live in
 * `PyType.attrs` and the stand-in dict (`internals[0]`) holds the descriptors, so its tracking is
 * decided from both: a class of plain constants and no descriptors (`__slots__ = ()`, or a
 * subclass adding nothing) has an untracked dict, one with a method or a descriptor a tracked one.
 */
import { mayBeTracked, PyDict, type Heap, type PyObject, type PyType } from '../engine';

/** Tracks the class's dict if it holds a descriptor or a trackable attribute value. */
export function trackClassNamespace(h: Heap, t: PyType): void {
  const namespace = t.internals[0];
  if (!(namespace instanceof PyDict) || namespace.gcNext !== null) return;
  let trackable = namespace.size > 0;
  for (const v of t.attrs.values()) if (mayBeTracked(v)) trackable = true;
  if (trackable) h.gc.track(namespace);
}

/** A value stored as a class attribute after the class was made. */
export function classAttributeStored(h: Heap, t: PyType, v: PyObject): void {
  const namespace = t.internals[0];
  if (namespace instanceof PyDict && namespace.gcNext === null && mayBeTracked(v))
    h.gc.track(namespace);
}
