/**
 * The methods of int and float a teacher's script calls on numbers (bool has int's): bit_length,
 * bit_count, conjugate and as_integer_ratio of an int; is_integer, conjugate and as_integer_ratio
 * of a float; and the attributes `real`, `imag`, `numerator` and `denominator` (a float's `real`
 * and `imag`). A number's conjugate and real part are the number itself (a new int for a bool),
 * as CPython's int___int__ and float___float__ return it. The others (to_bytes, from_bytes, hex,
 * fromhex) are refused by name.
 */
import { PyBool, PyFloat, PyInt, type PyObject } from '../engine';
import { noArguments } from './argumentChecks';
import type { Interpreter } from './interpreter';
import { getter, type MethodFn } from './methods';

function intValue(o: PyObject): bigint {
  return o instanceof PyBool ? BigInt(+o.value) : BigInt((o as PyInt).value);
}

/** An exact int is its own conjugate; a bool's is the int of its value. */
function asExactInt(interp: Interpreter, o: PyObject): PyObject {
  if (o instanceof PyInt) {
    interp.heap.incref(o);
    return o;
  }
  return interp.heap.newInt(+(o as PyBool).value);
}

function newInt(interp: Interpreter, v: bigint): PyObject {
  const n = Number(v);
  return interp.heap.newInt(Number.isSafeInteger(n) ? n : v);
}

export const INT_METHODS: Record<string, MethodFn> = {
  bit_length(interp, args, kw) {
    noArguments(interp, 'int.bit_length', args, kw);
    const v = intValue(args[0]!);
    return interp.heap.newInt(v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length);
  },
  bit_count(interp, args, kw) {
    noArguments(interp, 'int.bit_count', args, kw);
    const v = intValue(args[0]!);
    let n = 0;
    for (const digit of (v < 0n ? -v : v).toString(2)) if (digit === '1') n++;
    return interp.heap.newInt(n);
  },
  conjugate(interp, args, kw) {
    noArguments(interp, 'int.conjugate', args, kw);
    return asExactInt(interp, args[0]!);
  },
  as_integer_ratio(interp, args, kw) {
    noArguments(interp, 'int.as_integer_ratio', args, kw);
    return interp.heap.newTuple([asExactInt(interp, args[0]!), interp.heap.newInt(1)]);
  },
  real: getter((interp, args) => asExactInt(interp, args[0]!)),
  imag: getter((interp) => interp.heap.newInt(0)),
  numerator: getter((interp, args) => asExactInt(interp, args[0]!)),
  denominator: getter((interp) => interp.heap.newInt(1)),
};

export const FLOAT_METHODS: Record<string, MethodFn> = {
  is_integer(interp, args, kw) {
    noArguments(interp, 'float.is_integer', args, kw);
    return interp.heap.bool(Number.isInteger((args[0] as PyFloat).value));
  },
  conjugate(interp, args, kw) {
    noArguments(interp, 'float.conjugate', args, kw);
    interp.heap.incref(args[0]!);
    return args[0]!;
  },
  real: getter((interp, args) => {
    interp.heap.incref(args[0]!);
    return args[0]!;
  }),
  imag: getter((interp) => interp.heap.newFloat(0)),
  /** float_as_integer_ratio: the exact fraction, lowest terms, the denominator a power of two. */
  as_integer_ratio(interp, args, kw) {
    noArguments(interp, 'float.as_integer_ratio', args, kw);
    const x = (args[0] as PyFloat).value;
    if (Number.isNaN(x)) interp.raise('ValueError', 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(x))
      interp.raise('OverflowError', 'cannot convert Infinity to integer ratio');
    let numerator = x;
    let exponent = 0;
    // Scale by two until the value is whole: at most 1074 steps, each exact.
    while (!Number.isInteger(numerator)) {
      numerator *= 2;
      exponent++;
    }
    let n = BigInt(numerator);
    let d = 1n << BigInt(exponent);
    while (d > 1n && (n & 1n) === 0n) {
      n >>= 1n;
      d >>= 1n;
    }
    return interp.heap.newTuple([newInt(interp, n), newInt(interp, d)]);
  },
};
