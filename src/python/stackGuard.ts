/**
 * The JavaScript stack under deep recursion. Every Python frame and every C-level recursion point
 * (repr, str, a comparison, a call through C) runs on the JavaScript stack, which is smaller than
 * CPython's limit needs in some hosts (a browser worker has about half of Node's). Running out of
 * it must never happen in the middle of changing the heap, so the interpreter estimates the stack
 * each level uses and, every STACK_PROBE_SPACING estimated bytes, checks that STACK_PROBE_BYTES
 * are still free; when they are not, the call that would go deeper raises RecursionError, a
 * Python exception at a point where one is safe, with room left to handle it.
 *
 * The check calls an empty function with 8,192 arguments: V8 verifies that they fit on the
 * stack before pushing them and throws a RangeError, caught here, when they do not.
 */

/** The free stack each check demands (64 KB). */
export const STACK_PROBE_BYTES = 64 * 1024;
/** Estimated stack used between two checks (the estimates err on the large side). */
export const STACK_PROBE_SPACING = 16 * 1024;
/** Estimated stack use below which nothing is checked (shallow programs pay nothing). */
export const STACK_PROBE_FROM = 48 * 1024;

/** RecursionError's words for a comparison's level of the limit. */
export const IN_COMPARISON = ' in comparison';

/** Estimated bytes of a C-level recursion point (repr, a comparison, a call through C). */
export const C_LEVEL_BYTES = 1024;

const PROBE_ARGS: number[] = new Array<number>(STACK_PROBE_BYTES / 8).fill(0);

function probe(): void {}

/** Are STACK_PROBE_BYTES of JavaScript stack still free here? */
export function stackHasRoom(): boolean {
  try {
    Reflect.apply(probe, undefined, PROBE_ARGS);
    return true;
  } catch {
    return false;
  }
}

/**
 * The estimated stack a frame of code takes: its calls sit under nested blocks (a block, its
 * statement) and nested expressions (one closure each), on top of the call machinery.
 */
export function frameStackBytes(blockDepth: number, exprDepth: number): number {
  return 1536 + 512 * blockDepth + 192 * exprDepth;
}
