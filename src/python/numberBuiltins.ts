/**
 * abs(), round(), divmod() and sum() as CPython 3.11's builtins compute them. Results are new
 * objects except where CPython hands back the argument itself: abs() and round() of a
 * non-negative exact int, sum() of nothing (its start).
 */
import { PyBool, PyFloat, PyInstance, PyInt, PyStr, normInt, type PyObject } from '../engine';
import type { BuiltinImpl, Kw } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { getIter, iterNext } from './iteration';
import { lookupTypeAttr } from './typeAttr';
import { binaryOp } from './operators';
import { roundFloatDigits, roundIntDigits, scaledHalfEven } from './roundFloat';

function noKeywords(interp: Interpreter, name: string, kw: Kw): void {
  if (kw && kw.length) interp.raise('TypeError', `${name}() takes no keyword arguments`);
}

/** An instance whose class defines `special`: Heapscope does not call it from these builtins. */
function refuseSpecial(interp: Interpreter, o: PyObject, special: string, fn: string): void {
  if (o instanceof PyInstance && lookupTypeAttr(o.type, special))
    throw new NotSupported(`${fn}() of an object with ${special}`, interp.frame?.lineno ?? 0);
}

function isIntLike(o: PyObject): o is PyInt | PyBool {
  return o instanceof PyInt || o instanceof PyBool;
}

function bigOf(o: PyInt | PyBool): bigint {
  return o instanceof PyBool ? BigInt(+o.value) : BigInt(o.value);
}

/** The int itself when it is an exact int (long_long), else a new int of its value. */
function asExactInt(interp: Interpreter, o: PyInt | PyBool): PyObject {
  if (o instanceof PyInt) {
    interp.heap.incref(o);
    return o;
  }
  return interp.heap.newInt(+o.value);
}

function absBuiltin(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  noKeywords(interp, 'abs', kw);
  if (args.length !== 1)
    interp.raise('TypeError', `abs() takes exactly one argument (${args.length} given)`);
  const x = args[0]!;
  if (x instanceof PyFloat) return interp.heap.newFloat(Math.abs(x.value));
  if (isIntLike(x)) {
    const v = bigOf(x);
    return v < 0n ? interp.heap.newInt(normInt(-v)) : asExactInt(interp, x);
  }
  refuseSpecial(interp, x, '__abs__', 'abs');
  return interp.raise('TypeError', `bad operand type for abs(): '${x.type.name}'`);
}

/** ndigits as PyNumber_Index takes it, clipped to a C ssize (as float.__round__ does). */
function ndigitsOf(interp: Interpreter, o: PyObject): number {
  if (!isIntLike(o))
    return interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  const v = bigOf(o);
  const limit = 2n ** 63n;
  return Number(v >= limit ? limit - 1n : v < -limit ? -limit : v);
}

function roundBuiltin(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  const h = interp.heap;
  for (const [n] of kw ?? []) {
    if (n !== 'number' && n !== 'ndigits')
      interp.raise('TypeError', `'${n}' is an invalid keyword argument for round()`);
  }
  if (args.length > 2)
    interp.raise('TypeError', `round() takes at most 2 arguments (${args.length} given)`);
  const x = args[0] ?? kw?.find(([n]) => n === 'number')?.[1];
  if (!x) return interp.raise('TypeError', "round() missing required argument 'number' (pos 1)");
  const nd = args[1] ?? kw?.find(([n]) => n === 'ndigits')?.[1];
  const ndigits = nd && nd !== h.None ? nd : null;
  if (x instanceof PyFloat) {
    if (ndigits) return h.newFloat(roundFloatDigits(x.value, ndigitsOf(interp, ndigits)));
    if (Number.isNaN(x.value)) interp.raise('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x.value))
      interp.raise('OverflowError', 'cannot convert float infinity to integer');
    return h.newInt(normInt(scaledHalfEven(x.value, 0)));
  }
  if (isIntLike(x)) {
    if (!ndigits) return asExactInt(interp, x);
    const n = ndigitsOf(interp, ndigits);
    if (n >= 0) return asExactInt(interp, x);
    const v = bigOf(x);
    // Past the int's own digits the result is 0 (no tie is possible there).
    if (-n > v.toString().length + 1) return h.newInt(0);
    return h.newInt(normInt(roundIntDigits(v, n)));
  }
  refuseSpecial(interp, x, '__round__', 'round');
  return interp.raise('TypeError', `type ${x.type.name} doesn't define __round__ method`);
}

function divmodBuiltin(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  const h = interp.heap;
  noKeywords(interp, 'divmod', kw);
  if (args.length !== 2)
    interp.raise('TypeError', `divmod expected 2 arguments, got ${args.length}`);
  const [a, b] = args as [PyObject, PyObject];
  const isNum = (o: PyObject) => isIntLike(o) || o instanceof PyFloat;
  if (!isNum(a) || !isNum(b)) {
    refuseSpecial(interp, a, '__divmod__', 'divmod');
    refuseSpecial(interp, b, '__rdivmod__', 'divmod');
    interp.raise(
      'TypeError',
      `unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`,
    );
  }
  const zero = b instanceof PyFloat ? b.value === 0 : bigOf(b as PyInt | PyBool) === 0n;
  if (zero) {
    if (a instanceof PyFloat || b instanceof PyFloat)
      interp.raise('ZeroDivisionError', 'float divmod()');
    interp.raise('ZeroDivisionError', 'integer division or modulo by zero');
  }
  const q = binaryOp(interp, '//', a, b);
  const r = binaryOp(interp, '%', a, b);
  return h.newTuple([q, r]);
}

/** sum(iterable, /, start=0): start + item + item ..., each step a new object. */
function sumBuiltin(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  const h = interp.heap;
  for (const [n] of kw ?? []) {
    if (n !== 'start') interp.raise('TypeError', `'${n}' is an invalid keyword argument for sum()`);
  }
  if (args.length === 0)
    interp.raise('TypeError', 'sum() takes at least 1 positional argument (0 given)');
  if (args.length > 2)
    interp.raise('TypeError', `sum() takes at most 2 arguments (${args.length} given)`);
  const start = args[1] ?? kw?.find(([n]) => n === 'start')?.[1] ?? null;
  if (start instanceof PyStr)
    interp.raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(interp, args[0]!);
  let acc: PyObject;
  if (start) {
    h.incref(start);
    acc = start;
  } else acc = h.newInt(0);
  try {
    for (let item = iterNext(interp, it); item; item = iterNext(interp, it)) {
      try {
        const next = binaryOp(interp, '+', acc, item);
        h.decref(acc);
        acc = next;
      } finally {
        h.decref(item);
      }
    }
  } catch (e) {
    h.decref(acc);
    throw e;
  } finally {
    h.decref(it);
  }
  return acc;
}

export const NUMBER_FUNCTIONS: BuiltinImpl[] = [
  { name: 'abs', call: absBuiltin },
  { name: 'round', call: roundBuiltin },
  { name: 'divmod', call: divmodBuiltin },
  { name: 'sum', call: sumBuiltin },
];
