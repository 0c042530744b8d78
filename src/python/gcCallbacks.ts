/**
 * gc.collect's driver (gc_collect_with_callback): the gc.callbacks around a collection. This loads
 * with the library (lateCore.ts): the core reaches it through gcRuntime.ts.
 */
import { collect } from '../engine/collection';
import type { Interpreter } from './interpreter';
import { callUnraisable, type GcState } from './gcRuntime';

/** gc_collect_with_callback: "start" callbacks, the collection, "stop" callbacks. */
export function collectWithCallbacks(
  interp: Interpreter,
  state: GcState,
  generation: number,
): number {
  const gc = interp.heap.gc;
  if (gc.collecting) return 0;
  gc.collecting = true;
  try {
    invokeCallbacks(interp, state, 'start', generation, 0, 0);
    const r = collect(gc, generation);
    invokeCallbacks(interp, state, 'stop', generation, r.collected, r.uncollectable);
    return r.collected + r.uncollectable;
  } finally {
    gc.collecting = false;
  }
}

function invokeCallbacks(
  interp: Interpreter,
  state: GcState,
  phase: string,
  generation: number,
  collected: number,
  uncollectable: number,
): void {
  const h = interp.heap;
  if (state.callbacks.items.length === 0) return;
  const info = h.newDict();
  for (const [k, v] of [
    ['generation', generation],
    ['collected', collected],
    ['uncollectable', uncollectable],
  ] as const) {
    const value = h.newInt(v);
    h.dictSet(info, interp.key(k), value);
    h.decref(value);
  }
  const phaseStr = h.newStr(phase, true);
  // A copy: a callback may change gc.callbacks.
  const callbacks = state.callbacks.items.slice();
  for (const cb of callbacks) h.incref(cb);
  for (const cb of callbacks) {
    callUnraisable(interp, cb, [phaseStr, info]);
    h.decref(cb);
  }
  h.decref(phaseStr);
  h.decref(info);
}
