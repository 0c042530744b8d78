/** Counter.__eq__ (collections.Counter is the library's; operators.ts reaches it so). */
import type { PyCounter } from '../engine';
import type { Interpreter } from './interpreter';
import { equals } from './operators';

/** Counter.__eq__ (3.10+): every count equal, a missing count reading as zero. */
export function countersEqual(interp: Interpreter, a: PyCounter, b: PyCounter): boolean {
  const h = interp.heap;
  const zero = h.newInt(0);
  try {
    for (const [c, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const e of [...c.liveEntries()]) {
        const v = interp.hashGuard(() => h.dictGet(other, e.key)) ?? zero;
        if (!equals(interp, e.value, v)) return false;
      }
    }
    return true;
  } finally {
    h.decref(zero);
  }
}
