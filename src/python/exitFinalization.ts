/**
 * What CPython does after the last line of a script (Py_FinalizeEx): weakref.finalize's atexit
 * hook, a collection while `__main__` is alive (if the collector is enabled), then `__main__` is
 * released and a last collection frees what is left. Output stops there, as stdout closes. A
 * gc.callbacks hook keeps the globals alive past that point: their finalizers never print. Only
 * the command line finalizes, so this loads with the library (lateCore.ts).
 */
import { collect } from '../engine/collection';
import { collectWithCallbacks } from './gcRuntime';
import type { Interpreter } from './interpreter';

export function finalizeAtExit(interp: Interpreter): void {
  interp.library?.atExit(interp);
  const gc = interp.heap.gc;
  const state = interp.gcState!;
  if (gc.enabled) collectWithCallbacks(interp, state, 2);
  if (state.callbacks.items.length === 0) {
    interp.modules.delete('__main__');
    interp.heap.decref(interp.main);
    if (!gc.collecting) {
      gc.collecting = true;
      collect(gc, 2);
      gc.collecting = false;
    }
  }
  interp.write = () => {};
}
