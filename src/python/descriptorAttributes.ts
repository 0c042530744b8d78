/**
 * The own attributes of the member and getset descriptors a class holds (`__slots__` members,
 * `__dict__`, `__weakref__`, StopIteration.value, SystemExit.code), and `C.__weakref__`: a late
 * part (lateCore.ts), which the page's setup never reads.
 */
import {
  PyDict,
  PyGetSetDescriptor,
  type Heap,
  type PyClassDescriptor,
  type PyObject,
  type PyType,
} from '../engine';
import type { Interpreter } from './interpreter';

/**
 * `C.__weakref__`: the getset descriptor the first class of C's MRO that added it keeps in its
 * namespace (a new reference), or null.
 */
export function classWeakref(interp: Interpreter, t: PyType): PyObject | null {
  const h = interp.heap;
  for (const c of t.mro()) {
    const namespace = c.isHeapType ? c.internals[0] : undefined;
    const d =
      namespace instanceof PyDict ? h.dictGet(namespace, interp.key('__weakref__')) : undefined;
    if (d) {
      h.incref(d);
      return d;
    }
  }
  return null;
}

/** The docs of the built-in members and getset descriptors a class may have. */
const DESCRIPTOR_DOCS: Readonly<Record<string, string>> = {
  __dict__: 'dictionary for instance variables',
  __weakref__: 'list of weak references to the object',
  value: 'generator return value',
  code: 'exception code',
};

/**
 * A member or getset descriptor's own attributes (descr_members, descr_getset): its name, its
 * class, its qualified name, its doc (None for a `__slots__` member).
 */
export function descriptorAttribute(h: Heap, d: PyClassDescriptor, name: string): PyObject | null {
  const owner = d.owner;
  switch (name) {
    case '__name__':
      return h.newStr(d.name);
    case '__objclass__':
      if (!owner) return null;
      h.incref(owner);
      return owner;
    case '__qualname__':
      return owner ? h.newStr(`${owner.qualname ?? owner.name}.${d.name}`) : null;
    case '__doc__': {
      // A `__slots__` member of a class statement's class has none.
      const documented = d instanceof PyGetSetDescriptor || (owner !== null && !owner.isHeapType);
      const doc = documented ? DESCRIPTOR_DOCS[d.name] : undefined;
      return doc ? h.newStr(doc) : h.none();
    }
    default:
      return null;
  }
}
