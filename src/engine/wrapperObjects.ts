/**
 * The descriptor objects a class body makes with a decorator: `property`, `staticmethod` and
 * `classmethod` (Objects/descrobject.c, Objects/funcobject.c). Each is a GC object whose C struct
 * holds a few owned references: a property its getter, setter, deleter, doc and name (3.11's
 * prop_name, set by __set_name__); a static or class method its callable and its __dict__ (3.10+:
 * functools_wraps copies the function's __module__, __name__, __qualname__, __doc__ and
 * __annotations__ into it). tp_traverse and tp_dealloc visit and release the fields in the order
 * listed here. tp_clear differs: sm_clear and cm_clear drop both fields, property_clear only the
 * doc (so a collected cycle through a property's getter is broken elsewhere, as in CPython).
 * A `super` object (Objects/typeobject.c) holds obj, the class and obj's type; it has no tp_clear.
 * A named tuple's field descriptor (`_collections._tuplegetter`, Modules/_collectionsmodule.c)
 * holds its doc (traversed and cleared) and an index (python/modules/tupleGetterObject.ts).
 */
import { PyObject, viewFields, type PyType } from './objects';
import type { Heap } from './heap';
import { typeConstants, type ViewRefs, type Visit } from './slots';

export type WrapperKind = 'property' | 'staticmethod' | 'classmethod' | 'super' | 'tuplegetter';

/** CPython's field names, in traverse and dealloc order. */
export const WRAPPER_FIELDS: Readonly<Record<WrapperKind, readonly string[]>> = {
  property: ['fget', 'fset', 'fdel', '__doc__', 'prop_name'],
  staticmethod: ['__func__', '__dict__'],
  classmethod: ['__func__', '__dict__'],
  super: ['__self__', '__thisclass__', '__self_class__'],
  tuplegetter: ['__doc__'],
};

/** The fields each kind's tp_clear releases. */
const CLEARED: Readonly<Record<WrapperKind, readonly string[]>> = {
  property: ['__doc__'],
  staticmethod: ['__func__', '__dict__'],
  classmethod: ['__func__', '__dict__'],
  super: [],
  tuplegetter: ['__doc__'],
};

/** sys.getsizeof of each (64-bit CPython 3.11). */
export const WRAPPER_SIZES: Readonly<Record<WrapperKind, number>> = {
  property: 80,
  staticmethod: 48,
  classmethod: 48,
  super: 56,
  tuplegetter: 48,
};

export class PyWrapperObject extends PyObject {
  /** The owned references, by field name in WRAPPER_FIELDS order; null is C's NULL. */
  readonly fields: (PyObject | null)[];
  /** property: the doc came from the getter's __doc__ (getter_doc), so a copy asks again. */
  getterDoc = false;
  constructor(
    address: number,
    readonly type: PyType,
    readonly kind: WrapperKind,
  ) {
    super(address);
    this.fields = WRAPPER_FIELDS[kind].map(() => null);
  }
  /** A field by its CPython name (borrowed), or null. */
  field(name: string): PyObject | null {
    return this.fields[WRAPPER_FIELDS[this.kind].indexOf(name)] ?? null;
  }
  /** Sets a field to an owned reference, returning the reference it held (to release). */
  swap(name: string, v: PyObject | null): PyObject | null {
    const i = WRAPPER_FIELDS[this.kind].indexOf(name);
    const old = this.fields[i] ?? null;
    this.fields[i] = v;
    return old;
  }
  /** tp_traverse: the fields in order. */
  traverse(visit: Visit): void {
    for (const f of this.fields) if (f) visit(f);
  }
  /** tp_clear: the fields its kind's clear drops (CLEARED), in order. */
  clear(heap: Heap): void {
    for (const [name, f] of takeClearedFields(this)) heap.decref(f, this, name);
  }
  /** property_, sm_, cm_ and super_dealloc: the fields in order (Py_XDECREF each). */
  dealloc(heap: Heap): void {
    for (const [name, f] of wrapperFields(this)) {
      this.swap(name, null);
      heap.decref(f, this, name);
    }
  }
  viewRefs(refs: ViewRefs): void {
    viewFields(WRAPPER_FIELDS[this.kind], this.fields, refs);
  }
  sizeof(): number {
    return WRAPPER_SIZES[this.kind];
  }
}
typeConstants(PyWrapperObject, { gc: true });

/** The fields with their names, for the view, tp_traverse and tp_dealloc. */
export function wrapperFields(o: PyWrapperObject): [string, PyObject][] {
  const names = WRAPPER_FIELDS[o.kind];
  const out: [string, PyObject][] = [];
  o.fields.forEach((f, i) => {
    if (f) out.push([names[i]!, f]);
  });
  return out;
}

/** The fields tp_clear takes out (set to NULL here), to be released in this order. */
export function takeClearedFields(o: PyWrapperObject): [string, PyObject][] {
  const out: [string, PyObject][] = [];
  for (const name of CLEARED[o.kind]) {
    const v = o.swap(name, null);
    if (v) out.push([name, v]);
  }
  return out;
}
