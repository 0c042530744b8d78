/**
 * Reading and setting the attributes a function keeps in its own fields (functionAttributes.ts
 * says which). This loads with the library (lateCore.ts): the core reaches it through
 * functionAttributes.ts.
 */
import { PyDict, PyFunction, PyTuple, type PyObject } from '../engine';
import type { CodeUnit } from './frame';
import { docConstant } from './functionAttributes';
import type { Interpreter } from './interpreter';

/** A new reference to the attribute, or undefined when `name` is not one of these. */
export function getFunctionField(
  interp: Interpreter,
  o: PyFunction,
  name: string,
): PyObject | undefined {
  const h = interp.heap;
  let v: PyObject | null;
  switch (name) {
    case '__doc__':
      v = o.doc ?? docConstant(interp, o.code as CodeUnit);
      break;
    case '__module__':
      v = o.module ?? h.dictGet(o.globals, interp.key('__name__')) ?? h.None;
      break;
    case '__annotations__':
      o.annotations ??= h.newDict();
      if (o.annotations instanceof PyTuple) {
        // func_get_annotation_dict: MAKE_FUNCTION's (name, value, ...) tuple becomes a dict.
        const pairs = o.annotations;
        const d = h.newDict();
        for (let i = 0; i + 1 < pairs.items.length; i += 2)
          h.dictSet(d, pairs.items[i]!, pairs.items[i + 1]!);
        o.annotations = d;
        h.decref(pairs, o, '__annotations__');
      }
      v = o.annotations;
      break;
    case '__dict__':
      o.dict ??= h.newDict();
      v = o.dict;
      break;
    default:
      return undefined;
  }
  h.incref(v);
  return v;
}

/** The fields set to an object of one type or None: the field, the type, its name in errors. */
const OPTIONAL_FIELDS = {
  __annotations__: ['annotations', PyDict, 'dict'],
  __defaults__: ['defaults', PyTuple, 'tuple'],
  __kwdefaults__: ['kwdefaults', PyDict, 'dict'],
} as const;

/** Sets (v) or deletes (null) the attribute; false when `name` is not one of these. */
export function setFunctionField(
  interp: Interpreter,
  o: PyFunction,
  name: string,
  v: PyObject | null,
): boolean {
  const h = interp.heap;
  const swap = (
    field: 'doc' | 'module' | 'annotations' | 'dict' | 'defaults' | 'kwdefaults',
    value: PyObject | null,
  ) => {
    const old = o[field];
    if (value) h.incref(value, o, name);
    (o as unknown as Record<string, unknown>)[field] = value;
    if (old) h.decref(old, o, name);
  };
  switch (name) {
    case '__doc__':
      // func_set_doc: deleting sets None.
      swap('doc', v ?? h.None);
      return true;
    case '__module__':
      swap('module', v);
      return true;
    case '__annotations__':
    case '__defaults__':
    case '__kwdefaults__': {
      // func_set_annotations / _defaults / _kwdefaults: None (or deleting) leaves none; new
      // defaults are what the next call binds with.
      const [field, cls, what] = OPTIONAL_FIELDS[name];
      if (v === h.None) v = null;
      if (v && !(v instanceof cls))
        interp.raise('TypeError', `${name} must be set to a ${what} object`);
      swap(field, v);
      return true;
    }
    case '__dict__':
      if (!v) interp.raise('TypeError', 'cannot delete __dict__');
      if (!(v instanceof PyDict))
        interp.raise('TypeError', `__dict__ must be set to a dictionary, not a '${v.type.name}'`);
      swap('dict', v);
      return true;
    default:
      return false;
  }
}
