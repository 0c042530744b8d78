/**
 * `<`, `<=`, `>`, `>=` between objects of classes that define `__lt__`, `__le__`, `__gt__` or
 * `__ge__`, in do_richcompare's order: the right operand's reflected method first when its class
 * is a proper subclass of the left one's, then the left operand's method, then the right one's
 * reflected method. A method returning anything but a bool is refused (Heapscope's comparisons
 * yield bools).
 */
import { PyBool, PyInstance, type PyObject } from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';
import { C_LEVEL_BYTES, IN_COMPARISON } from './stackGuard';

export type OrderOp = '<' | '<=' | '>' | '>=';

const METHOD: Record<OrderOp, string> = {
  '<': '__lt__',
  '<=': '__le__',
  '>': '__gt__',
  '>=': '__ge__',
};
const SWAPPED: Record<OrderOp, OrderOp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function methodOf(o: PyObject, op: OrderOp): PyObject | null {
  return o instanceof PyInstance ? lookupTypeAttr(o.type, METHOD[op]) : null;
}

/** The answer of a user-defined comparison method, or null when neither operand defines one. */
export function userOrder(
  interp: Interpreter,
  op: OrderOp,
  a: PyObject,
  b: PyObject,
): boolean | null {
  const swapped = SWAPPED[op];
  const reflectedFirst = a.type !== b.type && b.type.isSubtypeOf(a.type);
  const calls: [PyObject | null, PyObject, PyObject][] = reflectedFirst
    ? [
        [methodOf(b, swapped), b, a],
        [methodOf(a, op), a, b],
      ]
    : [
        [methodOf(a, op), a, b],
        [methodOf(b, swapped), b, a],
      ];
  for (const [fn, self, other] of calls) {
    if (!fn) continue;
    interp.enterLevel(C_LEVEL_BYTES, IN_COMPARISON);
    let r: PyObject;
    try {
      r = interp.callWith(fn, [self, other], null, interp.frame);
    } finally {
      interp.leaveLevel(C_LEVEL_BYTES);
    }
    interp.heap.decref(r);
    if (!(r instanceof PyBool))
      throw new NotSupported(
        `a comparison method returning a '${r.type.name}'`,
        interp.frame?.lineno ?? 0,
      );
    return r.value;
  }
  return null;
}

/** What compareValues answers for a user comparison: a number that `op` reads as the result. */
export function orderAsNumber(op: OrderOp, result: boolean): number {
  switch (op) {
    case '<':
      return result ? -1 : 0;
    case '<=':
      return result ? 0 : 1;
    case '>':
      return result ? 1 : 0;
    case '>=':
      return result ? 0 : -1;
  }
}
