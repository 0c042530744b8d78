/**
 * The memory layout of an instance of a class with `__slots__` (CPython 3.11's type_new): one
 * pointer per slot member, a `__weakref__` pointer and the managed `__dict__` pre-header only
 * when the class has them. Traversal and clearing walk the members class by class from the
 * instance's own class up to its bases (subtype_traverse, clear_slots), each class's members in
 * the sorted order type_new gave them.
 */
import type { PyInstance, PyObject, PyType } from './objects';

/** The set slot values of an instance, in member order: its class's first, then each base's. */
export function* slotValuesInOrder(o: PyInstance): IterableIterator<[string, PyObject]> {
  const slots = o.slots;
  if (!slots) return;
  for (let t: PyType | null = o.type; t; t = t.base) {
    for (const name of t.slotNames) {
      const v = slots.get(name);
      if (v) yield [name, v];
    }
  }
}

/** GC header (16) and object header (16) of every instance of a class defined in Python. */
const INSTANCE_HEADERS = 32;
/** 3.11's managed dict: a pre-header of two pointers (the dict and its inline values). */
const MANAGED_DICT_PREHEADER = 16;

/**
 * sys.getsizeof of a plain (non-exception) instance of `t`: 56 without `__slots__`, 48 for two
 * slots and neither `__dict__` nor `__weakref__`, 32 for `__slots__ = ()`.
 */
export function instanceSize(t: PyType): number {
  return t.instanceBytes || (t.instanceBytes = layoutSize(t));
}

function layoutSize(t: PyType): number {
  let members = 0;
  for (let c: PyType | null = t; c; c = c.base) members += c.slotNames.length;
  return (
    INSTANCE_HEADERS +
    8 * members +
    (t.hasWeakref ? 8 : 0) +
    (t.hasDict ? MANAGED_DICT_PREHEADER : 0)
  );
}
