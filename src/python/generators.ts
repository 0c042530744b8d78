/**
 * Generator objects as the core reaches them (CPython 3.11's genobject.c). Calling a generator
 * function binds its arguments into a new frame, and RETURN_GENERATOR moves that frame into a
 * generator object instead of running it; `resume` (gen_send_ex2) runs that frame until its next
 * `yield`. Doing so is genObject.ts's, which loads with the library (lateCore.ts): the app's
 * setup makes no generator, so each call here goes there.
 */
import { PyGenerator, STACK, type PyObject } from '../engine';
import { NotSupported, type PyError } from './errors';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/** What a resumption ended in: a value yielded, or the frame's return value. */
export interface Resumed {
  readonly value: PyObject;
  readonly done: boolean;
}

/** RETURN_GENERATOR: the called function's frame (arguments bound) becomes a generator's. */
export function newGenerator(interp: Interpreter, frame: Frame): PyGenerator {
  return lateCore(interp).generators.newGenerator(interp, frame);
}

/**
 * gen_send_ex2: runs the generator's frame with `sent` (a new reference; None for next()) or with
 * `thrown` raised at its `yield`. Returns a new reference (genObject.ts).
 */
export function resume(
  interp: Interpreter,
  g: PyGenerator,
  sent: PyObject | null,
  thrown: PyError | null,
): Resumed {
  return lateCore(interp).generators.resume(interp, g, sent, thrown);
}

/** tp_iternext (next(), for loops, list()): the next value, or null once the generator is done. */
export function generatorNext(interp: Interpreter, g: PyGenerator): PyObject | null {
  const r = resume(interp, g, interp.heap.none(), null);
  if (!r.done) return r.value;
  // A return value other than None would travel in a StopIteration the loop then drops.
  interp.heap.decref(r.value, STACK);
  return null;
}

/** gen_close: GeneratorExit raised at the `yield` (genObject.ts). */
export function generatorClose(interp: Interpreter, g: PyGenerator): void {
  lateCore(interp).generators.close(interp, g);
}

/**
 * Does a dying generator need tp_finalize (_PyGen_Finalize): has its frame not completed? (Closing
 * one never started just clears its frame, which in a cycle can free the rest.)
 */
export function generatorNeedsClose(g: PyGenerator): boolean {
  return !g.finalized && (g.state === 'suspended' || g.state === 'created');
}

/** _PyGen_Finalize, from the deallocator or the collector (genObject.ts). */
export function finalizeGenerator(interp: Interpreter, g: PyGenerator): void {
  lateCore(interp).generators.finalize(interp, g);
}

/**
 * What Heapscope does not model of a generator is refused rather than answered wrongly: its size
 * (gi_frame's, from the code object's frame size), its referents (gi_code and its names are not
 * objects here) and weak references to it (they would be cleared before its finalizer runs).
 */
export function refuseForGenerator(interp: Interpreter, o: PyObject, what: string): void {
  if (o instanceof PyGenerator)
    throw new NotSupported(`${what} of a generator`, interp.frame?.lineno ?? 0);
}
