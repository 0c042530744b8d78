/**
 * round() of a float as CPython 3.11 computes it: the exact binary value rounded half to even at
 * `ndigits` decimal places (double_round through _Py_dg_dtoa), then the nearest double of that
 * decimal. JavaScript's toFixed rounds exact ties away from zero, hence this exact version over
 * BigInts: a double is mantissa * 2**exponent, so the scaled value is a fraction of integers.
 */

/** x as mantissa * 2**exponent, both integers (x finite). */
function decompose(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const negative = bits >> 63n === 1n;
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return [negative ? -mantissa : mantissa, exponent];
}

/** x * 10**ndigits rounded half to even, exactly (x finite). */
export function scaledHalfEven(x: number, ndigits: number): bigint {
  const [mantissa, exponent] = decompose(x);
  const negative = mantissa < 0n;
  let num = negative ? -mantissa : mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (ndigits >= 0) num *= 10n ** BigInt(ndigits);
  else den *= 10n ** BigInt(-ndigits);
  let q = num / den;
  const twice = 2n * (num % den);
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/** CPython's NDIGITS_MAX and NDIGITS_MIN for doubles: beyond them x (or a signed 0) is exact. */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits) for a float: a float (x itself for inf, nan, or many digits). */
export function roundFloatDigits(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  const q = scaledHalfEven(x, ndigits);
  if (q === 0n) return x < 0 || Object.is(x, -0) ? -0 : 0;
  // The nearest double of the decimal q * 10**-ndigits (string conversion is correctly rounded).
  return Number(`${q}e${-ndigits}`);
}

/** round(n, ndigits) of an int with ndigits < 0: to a multiple of 10**-ndigits, ties to even. */
export function roundIntDigits(n: bigint, ndigits: number): bigint {
  const unit = 10n ** BigInt(-ndigits);
  const negative = n < 0n;
  const a = negative ? -n : n;
  let q = a / unit;
  const twice = 2n * (a % unit);
  if (twice > unit || (twice === unit && q % 2n === 1n)) q += 1n;
  return (negative ? -q : q) * unit;
}
