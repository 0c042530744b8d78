/**
 * collections.defaultdict (Modules/_collectionsmodule.c): a dict with one more field,
 * `default_factory` (owned, or null). Its traverse visits the factory before the entries, and its
 * clear and dealloc release the factory before the entries. Like every instance of a dict
 * subclass it is tracked from its creation and never untracked (only exact dicts are).
 */
import { PyDict, type PyObject } from './objects';
import { PyOrderedDict } from './orderedDict';

export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
}

/**
 * A dict subclass's instance (defaultdict, OrderedDict): tracked at birth, never untracked by the
 * collector.
 */
export function isDictSubclassInstance(d: PyDict): boolean {
  return d instanceof PyDefaultDict || d instanceof PyOrderedDict;
}
