/**
 * hash() as CPython 3.11 computes it, for the values whose hash is deterministic: ints, bools,
 * floats and tuples of them (set iteration order depends on it). strs are hashed with a random
 * key in CPython, objects by address: for those any stable value will do.
 */
import {
  PyBool,
  PyFloat,
  PyInstance,
  PyInt,
  PyObject,
  PySet,
  PyStr,
  PyTuple,
  PyWeakref,
} from './objects';

const MASK64 = (1n << 64n) - 1n;
const HASH_BITS = 61n;
const MODULUS = (1n << HASH_BITS) - 1n;

/** A signed 64-bit hash. */
export function pyHash(o: PyObject): bigint {
  if (o instanceof PyBool) return o.value ? 1n : 0n;
  if (o instanceof PyInt) return intHash(BigInt(o.value));
  if (o instanceof PyFloat) return floatHash(o.value);
  if (o instanceof PyTuple) return o.hashCache ?? nestedTupleHash(o);
  if (o instanceof PyStr) return strHash(o.value);
  if (o instanceof PyWeakref) {
    if (o.referent) return (o.tableHash ??= pyHash(o.referent));
    if (o.tableHash !== null) return o.tableHash;
  }
  if (o instanceof PyInstance && o.userHash !== null) return o.userHash;
  if (o instanceof PySet && o.frozen) return o.frozen.hash;
  return pointerHash(o.pyId);
}

function fixMinusOne(h: bigint): bigint {
  return h === -1n ? -2n : h;
}

export function intHash(v: bigint): bigint {
  const a = v < 0n ? -v : v;
  const h = a % MODULUS;
  return fixMinusOne(v < 0n ? -h : h);
}

/** _Py_HashDouble */
function floatHash(v: number): bigint {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0n : v > 0 ? 314159n : -314159n;
  if (Number.isInteger(v)) return intHash(BigInt(v));
  let [m, e] = frexp(v);
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const be = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << be) & MODULUS) | (x >> (HASH_BITS - be));
  return fixMinusOne(x * sign);
}

function frexp(v: number): [number, number] {
  if (v === 0) return [0, 0];
  let e = Math.max(-1023, Math.floor(Math.log2(Math.abs(v))) + 1);
  let m = v * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash() of a tuple, innermost nested tuples first with an explicit stack; cached. */
function nestedTupleHash(t: PyTuple): bigint {
  const pending: PyTuple[] = [t];
  while (pending.length > 0) {
    const top = pending[pending.length - 1]!;
    if (top.hashCache !== null) {
      pending.pop();
      continue;
    }
    let ready = true;
    for (const item of top.items) {
      if (item instanceof PyTuple && item.hashCache === null) {
        pending.push(item);
        ready = false;
      }
    }
    if (!ready) continue;
    pending.pop();
    top.hashCache = tupleHash(top.items.map(pyHash));
  }
  return t.hashCache!;
}

function tupleHash(lanes: bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of lanes) {
    const lane = h & MASK64;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

function strHash(s: string): bigint {
  let h = 1469598103934665603n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 1099511628211n) & MASK64;
  return fixMinusOne(BigInt.asIntN(64, h));
}

export function pointerHash(address: number): bigint {
  const y = BigInt(address);
  return fixMinusOne(BigInt.asIntN(64, ((y >> 4n) | (y << 60n)) & MASK64));
}
