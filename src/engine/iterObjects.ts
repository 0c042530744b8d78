/**
 * The iterator objects of the builtins module: enumerate, zip, map, filter, reversed and
 * list_reverseiterator. Each is a GC object whose C struct holds a few owned references
 * (enumerate's en_sit and en_result, zip's ittuple and result, ...). Their tp_traverse and
 * tp_dealloc visit and release those fields in the same order, the order they are listed here;
 * none of these types has a tp_clear, so the collector never empties one (as in CPython).
 */
import { PyObject, viewFields, type PyType } from './objects';
import type { Heap } from './heap';
import { typeConstants, type ViewRefs, type Visit } from './slots';

/** Which iterator object; also its type's name. */
export type IterObjectKind =
  'enumerate' | 'zip' | 'map' | 'filter' | 'reversed' | 'list_reverseiterator';

/** CPython's field names, in traverse and dealloc order. */
export const ITER_OBJECT_FIELDS: Readonly<Record<IterObjectKind, readonly string[]>> = {
  enumerate: ['en_sit', 'en_result'],
  zip: ['ittuple', 'result'],
  map: ['iters', 'func'],
  filter: ['func', 'it'],
  reversed: ['seq'],
  list_reverseiterator: ['it_seq'],
};

/** sys.getsizeof of each (64-bit CPython 3.11). */
export const ITER_OBJECT_SIZES: Readonly<Record<IterObjectKind, number>> = {
  enumerate: 72,
  zip: 64,
  map: 48,
  filter: 48,
  reversed: 48,
  list_reverseiterator: 48,
};

export class PyIterObject extends PyObject {
  /** The owned references, by field name in ITER_OBJECT_FIELDS order; null is C's NULL. */
  readonly fields: (PyObject | null)[];
  /** enumerate: the next index; reversed, list_reverseiterator: the next position (-1: done). */
  index = 0;
  /** zip(..., strict=True). */
  strict = false;
  constructor(
    address: number,
    readonly type: PyType,
    readonly kind: IterObjectKind,
  ) {
    super(address);
    this.fields = ITER_OBJECT_FIELDS[kind].map(() => null);
  }
  /** A field by its CPython name (borrowed), or null. */
  field(name: string): PyObject | null {
    return this.fields[ITER_OBJECT_FIELDS[this.kind].indexOf(name)] ?? null;
  }
  /** tp_traverse: the fields in order. */
  traverse(visit: Visit): void {
    for (const f of this.fields) if (f) visit(f);
  }
  /** Its dealloc releases the fields in order (Py_XDECREF each). */
  dealloc(heap: Heap): void {
    const names = ITER_OBJECT_FIELDS[this.kind];
    this.fields.forEach((f, i) => {
      this.fields[i] = null;
      if (f) heap.decref(f, this, names[i]);
    });
  }
  viewRefs(refs: ViewRefs): void {
    viewFields(ITER_OBJECT_FIELDS[this.kind], this.fields, refs);
  }
  sizeof(): number {
    return ITER_OBJECT_SIZES[this.kind];
  }
}
typeConstants(PyIterObject, { gc: true });
