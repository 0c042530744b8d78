/**
 * What the collector asks of the interpreter: calling `__del__`, weakref callbacks and
 * gc.callbacks, and keeping gc.garbage. Also gc.collect's driver with its callbacks.
 */
import { PyGenerator, PyInstance, type PyList, type PyObject, type PyWeakref } from '../engine';
import { PyError } from './errors';
import { TimeLimitStop } from './budget';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';
import { finalizeGenerator, generatorNeedsClose } from './generators';

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
    const r = gc.collect(generation);
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

/** The collector's runtime with gc.garbage and gc.callbacks, made with the interpreter. */
export function installCollector(interp: Interpreter): void {
  const h = interp.heap;
  const state: GcState = { garbage: h.newList([]), callbacks: h.newList([]) };
  state.garbage.interned = true;
  state.callbacks.interned = true;
  installGcRuntime(interp, state);
}
