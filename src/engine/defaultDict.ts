/**
 * collections.defaultdict (Modules/_collectionsmodule.c): a dict with one more field,
 * `default_factory` (owned, or null). Its traverse visits the factory before the entries, and its
 * clear and dealloc release the factory before the entries. Like every instance of a dict
 * subclass it is tracked from its creation and never untracked (only exact dicts are).
 */
import { PyDict, type PyObject } from './objects';
import { PyOrderedDict } from './orderedDict';
import type { Heap } from './heap';
import { dictSize } from './sizes';
import type { ViewRefs, Visit } from './slots';

export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
  /** defdict_traverse: the factory, then the dict's own traverse. */
  traverse(visit: Visit): void {
    if (this.factory) visit(this.factory);
    super.traverse(visit);
  }
  /** The factory's row, then the dict's. */
  viewRefs(refs: ViewRefs): void {
    if (this.factory) refs.add('default_factory', this.factory);
    super.viewRefs(refs);
  }
  /** defdict_tp_clear / defdict_dealloc: the factory goes first, then the dict's own clear. */
  clear(heap: Heap): void {
    if (this.factory) {
      const factory = this.factory;
      this.factory = null;
      heap.decref(factory, this, 'default_factory');
    }
    super.clear(heap);
  }
  sizeof(): number {
    return dictSize(this.keysLog2, this.keysUnicode) + 8;
  }
}

/**
 * collections.Counter: a dict subclass written in Python, so its instances also have the
 * (managed) `__dict__` and `__weakref__` pointers: 24 bytes more than a dict in sys.getsizeof.
 * Heapscope never materialises that `__dict__` (attributes on a Counter are refused).
 */
export class PyCounter extends PyDict {
  /** An instance of a Python class: subtype_traverse visits its class first. */
  traverse(visit: Visit): void {
    visit(this.type);
    super.traverse(visit);
  }
  sizeof(): number {
    return dictSize(this.keysLog2, this.keysUnicode) + 24;
  }
}

/**
 * A dict subclass's instance (defaultdict, OrderedDict, Counter): tracked at birth, never untracked by the
 * collector.
 */
export function isDictSubclassInstance(d: PyDict): boolean {
  return d instanceof PyDefaultDict || d instanceof PyOrderedDict || d instanceof PyCounter;
}
