/**
 * What the collector asks of the interpreter: calling `__del__`, weakref callbacks and
 * gc.callbacks, and keeping gc.garbage. Also gc.collect's driver with its callbacks, which loads
 * with the library (gcCallbacks.ts, lateCore.ts): the app's setup collects nothing.
 */
import { PyGenerator, PyInstance, type PyList, type PyObject, type PyWeakref } from '../engine';
import { PyError } from './errors';
import { TimeLimitStop } from './budget';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';
import { finalizeGenerator, generatorNeedsClose } from './generators';
import { lateCore } from './lateCore';

export interface GcState {
  /** gc.garbage */
  readonly garbage: PyList;
  /** gc.callbacks */
  readonly callbacks: PyList;
}

/** Calls fn(args) as C code would and reports a Python error as unraisable. */
export function callUnraisable(interp: Interpreter, fn: PyObject, args: PyObject[]): void {
  try {
    interp.heap.decref(interp.callWith(fn, args, null, interp.frame));
  } catch (e) {
    // The time budget ended the run: the next check point stops it again, outside the collector.
    if (e instanceof TimeLimitStop) return;
    if (!(e instanceof PyError)) throw e;
    interp.reportUnraisable(e, fn);
  }
}

export function installGcRuntime(interp: Interpreter, state: GcState): void {
  const h = interp.heap;
  interp.gcState = state;
  const hasDel = (o: PyObject) =>
    o instanceof PyInstance && lookupTypeAttr(o.type, '__del__') !== null;
  h.gc.runtime = {
    finalize(o) {
      if (o instanceof PyGenerator) return finalizeGenerator(interp, o);
      const del = lookupTypeAttr(o.type, '__del__');
      if (del) callUnraisable(interp, del, [o]);
    },
    // A generator's tp_finalize closes it (one that has not completed).
    hasFinalizer: (o) => (o instanceof PyGenerator ? generatorNeedsClose(o) : hasDel(o)),
    hasLegacyFinalizer: (o) => !h.profile.finalizeOnce && hasDel(o),
    callWeakrefCallback(wr: PyWeakref, callback: PyObject) {
      callUnraisable(interp, callback, [wr]);
    },
    appendGarbage(o) {
      h.listAppend(state.garbage, o);
    },
  };
  h.gc.onAutomaticCollection = (generation) => collectWithCallbacks(interp, state, generation);
}

/**
 * gc_collect_with_callback: "start" callbacks, the collection, "stop" callbacks (gcCallbacks.ts).
 */
export function collectWithCallbacks(
  interp: Interpreter,
  state: GcState,
  generation: number,
): number {
  return lateCore(interp).collectWithCallbacks(interp, state, generation);
}

/** The collector's runtime with gc.garbage and gc.callbacks, made with the interpreter. */
export function installCollector(interp: Interpreter): void {
  const h = interp.heap;
  const state: GcState = { garbage: h.newList([]), callbacks: h.newList([]) };
  state.garbage.interned = true;
  state.callbacks.interned = true;
  installGcRuntime(interp, state);
}
