/**
 * Objects of the C types of extension modules (functools.partial, functools._lru_cache_wrapper
 * and its _lru_list_elem links): a C struct holding a few owned references in named fields.
 * Their tp_traverse visits the fields in `fields` order after the extra references `before`
 * reports (the lru cache's links); tp_clear and tp_dealloc release the fields in `clearOrder`
 * (by default `fields` order), then the references `after` hands over (the lru links, released
 * last as lru_cache_tp_clear does). The behaviour of each type lives with the module that
 * defines it; the engine only needs these layouts to count, collect and free the objects.
 */
import { PyObject, viewFields, type PyType } from './objects';
import type { Heap } from './heap';
import { typeConstants, type ViewRefs, type Visit } from './slots';

export interface NativeLayout {
  /** CPython's field names, in tp_traverse order. */
  readonly fields: readonly string[];
  /** The order tp_clear / tp_dealloc release the fields, by name (default: `fields`). */
  readonly clearOrder?: readonly string[];
  /** Py_TPFLAGS_HAVE_GC. */
  readonly gc: boolean;
  /** sys.getsizeof (64-bit CPython 3.11). */
  readonly size: number;
  /** Py_TPFLAGS_METHOD_DESCRIPTOR: a class attribute binds to the instance as a method. */
  readonly methodDescriptor?: boolean;
  /** tp_traverse visits Py_TYPE(self) first (a heap type of the module in CPython 3.11). */
  readonly visitsType?: boolean;
  /** References visited before the fields (borrowed), e.g. each lru link's key and result. */
  readonly before?: (o: PyNativeObject, visit: (t: PyObject) => void) => void;
  /** Hands over references to release after the fields (owned), emptying their holder. */
  readonly after?: (o: PyNativeObject) => PyObject[];
}

export class PyNativeObject extends PyObject {
  /** The owned references, in `layout.fields` order; null is C's NULL. */
  readonly fields: (PyObject | null)[];
  /** The module's own state of this object (counters, the lru links), opaque to the engine. */
  state: unknown = null;
  constructor(
    address: number,
    readonly type: PyType,
    readonly layout: NativeLayout,
  ) {
    super(address);
    this.fields = layout.fields.map(() => null);
  }
  /** A field by its CPython name (borrowed), or null. */
  field(name: string): PyObject | null {
    return this.fields[this.layout.fields.indexOf(name)] ?? null;
  }
  /** tp_traverse: its type if the layout says so, the extra references, then the fields. */
  traverse(visit: Visit): void {
    if (this.layout.visitsType) visit(this.type);
    this.layout.before?.(this, visit);
    for (const f of this.fields) if (f) visit(f);
  }
  /** tp_clear: see takeNativeReferences. */
  clear(heap: Heap): void {
    for (const [v, name] of takeNativeReferences(this)) heap.decref(v, this, name);
  }
  viewRefs(refs: ViewRefs): void {
    viewFields(this.layout.fields, this.fields, refs);
  }
}
typeConstants(PyNativeObject, { gc: 'some' });
Object.defineProperty(PyNativeObject.prototype, 'gcClass', {
  get(this: PyNativeObject) {
    return this.layout.gc;
  },
});
Object.defineProperty(PyNativeObject.prototype, 'fixedSize', {
  get(this: PyNativeObject) {
    return this.layout.size;
  },
});

/**
 * tp_clear (and the body of tp_dealloc): every field set to NULL first, then released in clear
 * order, then what `after` hands over. Returns the releases to make, as [object, field name].
 */
export function takeNativeReferences(o: PyNativeObject): [PyObject, string][] {
  const names = o.layout.fields;
  const order = o.layout.clearOrder ?? names;
  const out: [PyObject, string][] = [];
  const taken = o.fields.slice();
  o.fields.fill(null);
  for (const name of order) {
    const v = taken[names.indexOf(name)];
    if (v) out.push([v, name]);
  }
  for (const v of o.layout.after?.(o) ?? []) out.push([v, 'link']);
  return out;
}
