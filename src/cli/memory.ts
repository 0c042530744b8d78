/**
 * The command line's default memory budget: as much as Node's own heap can hold. Every simulated
 * byte (sys.getsizeof's measure) costs JavaScript heap too: measured on Node 20 with the CLI's
 * settings (no events, no live set), from 1.0 (a list of one repeated object) to 5.2 (a list of
 * floats: a 24-byte float is a JavaScript object of about 125 bytes); 6 leaves a margin. With it,
 * a program that allocates without end gets a MemoryError instead of Node dying with
 * "JavaScript heap out of memory".
 */
import { getHeapStatistics } from 'node:v8';

export const JS_BYTES_PER_SIMULATED_BYTE = 6;
/** Kept for Node itself, the interpreter's code and what it holds besides the objects. */
const RESERVED_BYTES = 256 * 2 ** 20;
const SMALLEST_BUDGET = 64 * 2 ** 20;

export function defaultMemoryLimit(): number {
  const heap = getHeapStatistics().heap_size_limit;
  return Math.max(
    SMALLEST_BUDGET,
    Math.floor((heap - RESERVED_BYTES) / JS_BYTES_PER_SIMULATED_BYTE),
  );
}
