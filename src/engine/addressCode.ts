/**
 * The simulated addresses (allocator.ts) are above 2^40, so a JavaScript field holding one holds
 * a double, which V8 boxes: a second allocation of 16 bytes per field, per object. Objects keep
 * theirs as a small integer instead, an offset in 8-byte units from the base of the region it
 * lies in, which V8 stores in the field itself. Every simulated address is a multiple of 8 above
 * one of the two bases (pymalloc's arenas and the static objects lie above HIGH_BASE, the C
 * library's large blocks above LOW_BASE); one that is not, or lies further than the 8 GiB a code
 * spans, is kept as it is: a code is below 2^31 in size and an address far above. (`| 0` makes
 * the code an int32 V8 sees as a small integer, not a double that happens to be whole.)
 */
const HIGH_BASE = 0x7f3a9b000000;
const LOW_BASE = 0x55d4e7a00000;
/** Codes span 2^30 units of 8 bytes on each side of 0; 0 stays 0 (no address). */
const UNITS = 2 ** 30;

export function encodeAddress(address: number): number {
  const high = (address - HIGH_BASE) / 8;
  if (high >= 0 && high < UNITS - 1 && Number.isInteger(high)) return (high + 1) | 0;
  const low = (address - LOW_BASE) / 8;
  if (low >= 0 && low < UNITS - 1 && Number.isInteger(low)) return (-low - 1) | 0;
  return address;
}

export function decodeAddress(code: number): number {
  if (code > 0 && code < UNITS) return HIGH_BASE + (code - 1) * 8;
  if (code < 0 && code > -UNITS) return LOW_BASE + (-code - 1) * 8;
  return code;
}
