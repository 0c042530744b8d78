/**
 * Float division, powers and remainders as CPython 3.11's floatobject.c and longobject.c do them
 * (see floatMath.ts): int / int correctly rounded, float ** with its OverflowError, // and % as
 * float_divmod. This loads with the library (lateCore.ts): the core reaches it through
 * floatMath.ts.
 */
import type { IntValue } from '../engine';
import { NotSupported } from './errors';
import { isExact } from './floatMath';
import type { Interpreter } from './interpreter';

/** long_true_divide: a / b correctly rounded. */
export function intTrueDivide(interp: Interpreter, a: IntValue, b: IntValue): number {
  if (typeof a === 'number' && typeof b === 'number' && isExact(a) && isExact(b)) return a / b;
  const x = BigInt(a);
  const y = BigInt(b);
  const r = ratioToFloat(x < 0n ? -x : x, y < 0n ? -y : y);
  if (!Number.isFinite(r))
    interp.raise('OverflowError', 'integer division result too large for a float');
  return x < 0n !== y < 0n ? -r : r;
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** n / d (both > 0, d > 0) rounded to the nearest float, ties to even; Infinity past the range. */
function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  // A quotient of at least 55 bits: 53 to keep, one to round on, the rest and r for "sticky".
  const shift = 55 - (bitLength(n) - bitLength(d));
  const [num, den] = shift >= 0 ? [n << BigInt(shift), d] : [n, d << BigInt(-shift)];
  const q = num / den;
  const sticky = num % den !== 0n;
  const bits = bitLength(q);
  const exponent = bits - 1 - shift; // the value is in [2**exponent, 2**(exponent+1))
  if (exponent > 1023) return Infinity;
  // Subnormals keep fewer bits.
  const keep = exponent >= -1022 ? 53 : 53 - (-1022 - exponent);
  if (keep <= 0) {
    // Below half the smallest subnormal rounds to 0; above it, to the smallest subnormal.
    const half = keep === 0 && (q > 1n << BigInt(bits - 1) || sticky);
    return half ? 2 ** -1074 : 0;
  }
  const drop = bits - keep;
  let mantissa = q >> BigInt(drop);
  const rest = q & ((1n << BigInt(drop)) - 1n);
  const halfway = 1n << BigInt(drop - 1);
  if (rest > halfway || (rest === halfway && (sticky || (mantissa & 1n) === 1n))) mantissa++;
  return scale(Number(mantissa), drop - shift);
}

/** m * 2**e without an intermediate overflow or underflow. */
function scale(m: number, e: number): number {
  while (e > 1000) {
    m *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    m *= 2 ** -1000;
    e += 1000;
  }
  return m * 2 ** e;
}

const isOddInteger = (x: number) => Number.isInteger(x) && Math.abs(x % 2) === 1;

/** float_pow */
export function floatPow(interp: Interpreter, v: number, w: number): number {
  if (w === 0) return 1;
  if (Number.isNaN(v)) return v;
  if (Number.isNaN(w)) return v === 1 ? 1 : w;
  if (!Number.isFinite(w)) {
    const a = Math.abs(v);
    if (a === 1) return 1;
    return w > 0 === a > 1 ? Infinity : 0;
  }
  if (!Number.isFinite(v)) {
    if (w > 0) return isOddInteger(w) ? v : Math.abs(v);
    return isOddInteger(w) ? (v < 0 ? -0 : 0) : 0;
  }
  if (v === 0) {
    if (w < 0) interp.raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(w) ? v : 0;
  }
  let negate = false;
  if (v < 0) {
    if (w !== Math.floor(w)) {
      // A negative number to a fractional power is complex.
      throw new NotSupported('complex numbers', interp.frame?.lineno ?? 0);
    }
    v = -v;
    negate = isOddInteger(w);
  }
  if (v === 1) return negate ? -1 : 1;
  const r = Math.pow(v, w);
  if (!Number.isFinite(r)) interp.raise('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** float_floor_div: the floor of float_divmod's quotient. */
export function floatFloorDiv(interp: Interpreter, vx: number, wx: number): number {
  if (wx === 0) interp.raise('ZeroDivisionError', 'float floor division by zero');
  const mod0 = vx % wx;
  let div = (vx - mod0) / wx;
  if (mod0 && wx < 0 !== mod0 < 0) div -= 1;
  if (!div) return Math.sign(vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return floordiv;
}

/** float_rem: the remainder takes the divisor's sign. */
export function floatMod(interp: Interpreter, vx: number, wx: number): number {
  if (wx === 0) interp.raise('ZeroDivisionError', 'float modulo');
  let mod = vx % wx;
  if (mod) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  return mod;
}
