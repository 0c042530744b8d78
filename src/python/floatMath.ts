/**
 * Float arithmetic as CPython 3.11's floatobject.c and longobject.c do it, where plain JavaScript
 * would differ silently:
 * - an int too large for a float is an OverflowError, not inf (`float(2**1024)`, `2**1100 + 1.0`);
 * - int / int is correctly rounded whatever the sizes (`10**400 / 10**399` is 10.0), and a result
 *   too large is "integer division result too large for a float";
 * - float ** overflows with OverflowError (34, 'Numerical result out of range'), a negative base
 *   to a fractional power is complex (refused: Heapscope has no complex numbers);
 * - // and % follow float_divmod (`1 // 0.1` is 9.0, `-4.0 % 2.0` is 0.0);
 * - ints and floats compare exactly (`2**53 + 1 == 2.0**53` is False).
 * Overflow in +, -, * and / of floats gives inf, as in CPython.
 *
 * Division, powers and remainders (floatArithmetic.ts) load with the library (lateCore.ts): the
 * app's setup computes nothing.
 */
import type { IntValue } from '../engine';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/** PyLong_AsDouble: correctly rounded, OverflowError past the largest float. */
export function intToFloat(interp: Interpreter, v: IntValue): number {
  const x = Number(v); // ECMAScript rounds a BigInt to nearest, ties to even
  if (!Number.isFinite(x)) interp.raise('OverflowError', 'int too large to convert to float');
  return x;
}

/** long_true_divide: a / b correctly rounded (floatArithmetic.ts). */
export function intTrueDivide(interp: Interpreter, a: IntValue, b: IntValue): number {
  return lateCore(interp).floats.intTrueDivide(interp, a, b);
}

/** float_pow (floatArithmetic.ts). */
export function floatPow(interp: Interpreter, v: number, w: number): number {
  return lateCore(interp).floats.floatPow(interp, v, w);
}

/** float_floor_div (floatArithmetic.ts). */
export function floatFloorDiv(interp: Interpreter, vx: number, wx: number): number {
  return lateCore(interp).floats.floatFloorDiv(interp, vx, wx);
}

/** float_rem (floatArithmetic.ts). */
export function floatMod(interp: Interpreter, vx: number, wx: number): number {
  return lateCore(interp).floats.floatMod(interp, vx, wx);
}

/** Whether a float holds the number exactly (its magnitude is at most 2**53). */
export function isExact(v: number): boolean {
  return Math.abs(v) <= 2 ** 53;
}

/** Compares an int with a float exactly: -1, 0 or 1, or NaN when the float is. */
export function compareIntFloat(i: IntValue, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof i === 'number' && isExact(i)) return Math.sign(i - f);
  const x = BigInt(i);
  const whole = BigInt(Math.trunc(f));
  if (x !== whole) return x < whole ? -1 : 1;
  const frac = f - Math.trunc(f);
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}
