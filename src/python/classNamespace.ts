/**
 * A class statement's class keeps its attributes in its namespace dict (tp_dict), as CPython does:
 * the dict owns them, in CPython's order (`__module__`, the docstring's `__doc__`, the body's
 * names, slot members, the `__dict__`/`__weakref__` descriptors, `__doc__` None when the body had
 * no docstring, then whatever is stored later). `PyType.attrs` is a borrowed index of the same
 * entries (without the two descriptors, which attribute lookup answers itself), kept in step
 * here: every store and delete of a class attribute goes through these functions. The dict is
 * tracked by the collector once it holds something trackable (MAINTAIN_TRACKING), and it is
 * hidden from the view: its references are drawn as the class's own (`.x`).
 */
import { PyGetSetDescriptor, PyType, type Heap, type PyDict, type PyObject } from '../engine';

/**
 * The (empty) namespace of a class about to be made: type_new copies the body's namespace, and
 * the copy is tracked from the start when the body's was (PyDict_Copy).
 */
export function newClassNamespace(h: Heap, tracked: boolean): PyDict {
  const namespace = h.newDict(true);
  namespace.internal = true;
  if (tracked) h.gc.track(namespace);
  return namespace;
}

/** Makes `namespace` the class's own, its first internal object. */
export function attachClassNamespace(t: PyType, namespace: PyDict): void {
  namespace.ownerClass = t;
  t.internals.push(namespace);
}

/** `t.name = v`: the namespace takes over the caller's reference; the old value goes after. */
export function storeClassAttr(h: Heap, t: PyType, name: string, v: PyObject): void {
  t.attrs.set(name, v);
  h.dictSetSteal(t.namespace!, h.internedStr(name), v);
}

/** `del t.name`; false when the class itself has no such attribute. */
export function deleteClassAttr(h: Heap, t: PyType, name: string): boolean {
  if (!t.attrs.delete(name)) return false;
  h.dictDelete(t.namespace!, h.internedStr(name));
  return true;
}

/**
 * What PyType_Ready adds after the body's names (type_ready_fill_dict): the `__dict__` and
 * `__weakref__` getset descriptors the class adds (its base lacked them), each holding the class,
 * then `__doc__` = None when the body gave no docstring.
 */
export function finishClassNamespace(h: Heap, t: PyType): void {
  const namespace = t.namespace!;
  for (const name of addedDescriptors(t)) {
    const descriptor = new PyGetSetDescriptor(
      h.allocAddress(0x40),
      h.lazyType('getset_descriptor'),
      t,
      name,
    );
    descriptor.internal = true;
    h.track(descriptor);
    h.incref(t, descriptor, '__objclass__');
    h.dictSetSteal(namespace, h.internedStr(name), descriptor);
  }
  if (!t.attrs.has('__doc__')) storeClassAttr(h, t, '__doc__', h.none());
}

/** Which `__dict__`/`__weakref__` descriptors the class adds (its base lacked them). */
export function addedDescriptors(t: PyType): string[] {
  const base = t.base!;
  const out: string[] = [];
  // BaseException's instances have a __dict__ of their own (BaseException_getset).
  const baseHasDict = base.isHeapType ? base.hasDict : isBuiltinException(base);
  if (t.hasDict && !baseHasDict) out.push('__dict__');
  if (t.hasWeakref && !(base.isHeapType && base.hasWeakref)) out.push('__weakref__');
  return out;
}

/** A built-in exception type (a subclass of the static BaseException). */
function isBuiltinException(t: PyType): boolean {
  return t.mro().some((c) => c.name === 'BaseException' && !c.isHeapType);
}
