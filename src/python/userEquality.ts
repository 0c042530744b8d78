/**
 * `==` and `!=` with objects of classes that define `__eq__` or `__ne__`, in do_richcompare's
 * order: the right operand's reflected method first when its class is a proper subclass of the
 * left one's, then the left operand's, then the right one's. A class without its own `__ne__`
 * answers `!=` with its `__eq__` inverted (object.__ne__). The `==` and `!=` operators take the
 * method's result as it is, a bool (anything else is refused: Heapscope's comparisons yield
 * bools); a comparison inside a container, `in` or `list.index` (PyObject_RichCompareBool) takes
 * its truth value.
 */
import { PyBool, PyInstance, type PyObject } from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';
import { C_LEVEL_BYTES, IN_COMPARISON } from './stackGuard';

export type EqualityOp = '==' | '!=';

/**
 * The answer of a user-defined `__eq__` or `__ne__` to `a op b`, or null when neither operand's
 * class defines one. `truthOf`: how the caller takes a result that is not a bool (its truth value,
 * for PyObject_RichCompareBool), or null: the operator, refused. One
 * function without helpers: a recursive `__eq__` nests it at every level of the recursion limit,
 * on the JavaScript stack.
 */
export function userEquality(
  interp: Interpreter,
  op: EqualityOp,
  a: PyObject,
  b: PyObject,
  truthOf: ((interp: Interpreter, o: PyObject) => boolean) | null,
): boolean | null {
  const reflectedFirst = a.type !== b.type && b.type.isSubtypeOf(a.type);
  for (let i = 0; i < 2; i++) {
    const self = (i === 0) !== reflectedFirst ? a : b;
    if (!(self instanceof PyInstance)) continue;
    // Its class's `__ne__`, else its `__eq__`, inverted for `!=` (object.__ne__).
    let fn = op === '!=' ? lookupTypeAttr(self.type, '__ne__') : null;
    const inverted = fn === null && op === '!=';
    fn ??= lookupTypeAttr(self.type, '__eq__');
    if (!fn) continue;
    interp.enterLevel(C_LEVEL_BYTES, IN_COMPARISON);
    let r: PyObject;
    try {
      r = interp.callWith(fn, [self, self === a ? b : a], null, interp.frame);
    } finally {
      interp.leaveLevel(C_LEVEL_BYTES);
    }
    try {
      if (r instanceof PyBool) return r.value !== inverted;
      if (!truthOf)
        throw new NotSupported(
          `an equality method returning a '${r.type.name}'`,
          interp.frame?.lineno ?? 0,
        );
      return truthOf(interp, r) !== inverted;
    } finally {
      interp.heap.decref(r);
    }
  }
  return null;
}
