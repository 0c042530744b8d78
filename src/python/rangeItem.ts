/**
 * A range's item, which every `for` over a range asks for: apart from rangeObject.ts, whose other
 * parts (construction, `in`, `==`, subscripts) load with the library.
 */
import { normInt, type IntValue, type PyRange } from '../engine';

/** A range's start, stop, step or index as a BigInt. */
export function big(v: IntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** The item at index `i` (0 <= i < length). */
export function rangeItem(r: PyRange, i: IntValue): IntValue {
  if (typeof r.start === 'number' && typeof r.step === 'number' && typeof i === 'number') {
    const v = r.start + r.step * i;
    if (Number.isSafeInteger(v)) return v;
  }
  return normInt(big(r.start) + big(r.step) * big(i));
}
