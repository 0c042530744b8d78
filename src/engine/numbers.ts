/** Number formatting and int arithmetic helpers that follow CPython, shared by repr and display. */
import type { IntValue } from './objects';

/** `repr(float)`: shortest round-trip digits, exponent form when exp < -4 or exp >= 16. */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() without digits gives the shortest round-trip mantissa, like repr.
  const [mantissa, e] = x.toExponential().split('e');
  const exponent = Number(e);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    const digits = String(Math.abs(exponent)).padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  // Within [1e-4, 1e16) JS's own shortest form has no exponent either.
  const plain = x.toString();
  return plain.includes('.') ? plain : plain + '.0';
}

/** Normalises an int: a JS number while it is safe, a bigint beyond. */
export function normInt(v: bigint): IntValue {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : v;
}

export function intToString(v: IntValue): string {
  return typeof v === 'number' ? String(v) : v.toString();
}
