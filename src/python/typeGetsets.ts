/**
 * `type`'s own data descriptors (type_getsets: `__name__`, `__qualname__`, `__bases__`,
 * `__module__`, `__doc__`, `__dict__`, `__mro__`, `__text_signature__`, `__annotations__`,
 * `__abstractmethods__`): on a class they come before its dict, when an attribute is set and when
 * it is deleted. Setting and deleting a class's attribute (interpreter.ts, deleteAttribute.ts) ask
 * here first; a class of a built-in type was refused before (immutable).
 */
import type { PyObject, PyType } from '../engine';
import { deleteClassAttr } from './classNamespace';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';

/**
 * Sets (`value`) or deletes (null) `name` of class `t` if it is one of `type`'s getsets, as their
 * setters do: raises what they raise, and returns true when it deleted. False: `name` is stored in,
 * or deleted from, the class's dict as any other attribute is (type_set_module, type_set_doc and
 * type_set_annotations store there).
 */
export function typeGetsetStore(
  interp: Interpreter,
  t: PyType,
  name: string,
  value: PyObject | null,
): boolean {
  switch (name) {
    case '__name__':
    case '__qualname__':
    case '__bases__':
    case '__module__':
    case '__doc__':
      // check_set_special_type_attr.
      if (value === null)
        interp.raise(
          'TypeError',
          `cannot delete '${name}' attribute of immutable type '${t.name}'`,
        );
      // Renaming a class, or changing its bases, is not modelled: refused, never ignored.
      if (name !== '__module__' && name !== '__doc__')
        throw new NotSupported(`assignment to a class's '${name}'`, interp.frame?.lineno ?? 0);
      return false;
    case '__dict__':
    case '__text_signature__':
      return interp.raise(
        'AttributeError',
        `attribute '${name}' of 'type' objects is not writable`,
      );
    case '__mro__':
      return interp.raise('AttributeError', 'readonly attribute');
    case '__annotations__':
    case '__abstractmethods__':
      if (value !== null) return false;
      // type_set_annotations and type_set_abstractmethods name only the attribute.
      if (!deleteClassAttr(interp.heap, t, name)) interp.raise('AttributeError', name);
      return true;
    default:
      return false;
  }
}
