/**
 * Generator objects as CPython 3.11 runs them (genobject.c). Calling a generator function binds
 * its arguments into a new frame, and RETURN_GENERATOR moves that frame into a generator object
 * instead of running it: the frame (its function, locals and value stack) now belongs to the
 * generator and stays alive, suspended, between `yield`s.
 *
 * How a frame suspends: the interpreter runs Python code as nested JavaScript closures that return
 * when the code is done, and JavaScript cannot leave a closure half-run and come back to it. So a
 * generator function's body is compiled a second way (resumable.ts): every statement that holds a
 * `yield` becomes a JavaScript generator function (`function*`) built from the same closures, and
 * a `yield` in Python is a `yield` in JavaScript, which keeps the whole chain of enclosing loops,
 * `try` blocks and `with` blocks suspended exactly where they are. Statements without a `yield`
 * are the ordinary closures, called as they are: only the path to a `yield` pays for being
 * resumable, and code outside generators is compiled and run as before.
 *
 * gen_send_ex2 is `resume`: the frame runs (gi_running) until it yields (the value goes out, the
 * frame stays), returns (its frame is cleared at once, the value is StopIteration's) or raises
 * (the traceback keeps the frame, as for any function). The exception being handled inside the
 * generator (its gi_exc_state) leaves the thread's exc_info chain at a `yield` and comes back at
 * the next resumption.
 *
 * This loads with the library (the app's setup makes no generator): the core reaches it through
 * generators.ts.
 */
import { PyGenerator, PyInstance, PyNone, PyType, STACK, type PyObject } from '../engine';
import { NotSupported, PyError } from './errors';
import { newException } from './exceptions';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { registerTypeMethods, typeMethods, type MethodFn } from './methods';
import type { Kw } from './builtins';
import type { Resumed } from './generators';

/** The JavaScript generator that runs a generator's frame (see resumable.ts). */
type Runner = Generator<PyObject, unknown, PyObject>;

/** RETURN_GENERATOR: the called function's frame (arguments bound) becomes a generator's. */
export function newGenerator(interp: Interpreter, frame: Frame): PyGenerator {
  const h = interp.heap;
  // The call's level of the recursion limit ends here; each resumption takes one again.
  interp.leaveLevel(frame.code.stackBytes);
  h.bytes -= frame.code.frameBytes;
  const qualname = frame.func && 'qualname' in frame.func ? String(frame.func.qualname) : '';
  const type = h.lazyType('generator');
  if (!typeMethods(interp, type).has('send'))
    registerTypeMethods(interp, type, GENERATOR_METHODS, GENERATOR_PROPERTIES);
  const g = new PyGenerator(
    h.allocAddress(0xc0),
    type,
    frame.code.name,
    qualname || frame.code.name,
    frame,
  );
  return h.track(g);
}

/**
 * gen_send_ex2: runs the generator's frame with `sent` (a new reference; None for next()) or with
 * `thrown` raised at its `yield`. Returns a new reference. A finished generator returns None at
 * once for a send and raises a thrown exception as it is.
 */
export function resume(
  interp: Interpreter,
  g: PyGenerator,
  sent: PyObject | null,
  thrown: PyError | null,
): Resumed {
  const h = interp.heap;
  if (g.state === 'running') {
    if (sent) h.decref(sent, STACK);
    if (thrown) interp.releaseError(thrown);
    return interp.raise('ValueError', 'generator already executing');
  }
  if (g.state === 'completed') {
    if (sent) h.decref(sent, STACK);
    if (thrown) throw thrown;
    return { value: h.none(), done: true };
  }
  if (g.state === 'created' && sent && !(sent instanceof PyNone)) {
    h.decref(sent, STACK);
    return interp.raise('TypeError', "can't send non-None value to a just-started generator");
  }
  const frame = g.frame as Frame;
  const code = frame.code;
  if (g.state === 'created') {
    g.runner = code.resumable!(frame);
    // The first resumption runs from the top: the value sent (None) is not used.
    if (sent) h.decref(sent, STACK);
    sent = null;
  }
  const runner = g.runner as Runner;
  interp.enterLevel(code.stackBytes, '');
  code.warmup++;
  const caller = interp.frame;
  // gen_send_ex2: the frame runs on top of its resumer's (frame->previous), until it yields.
  frame.back = caller;
  interp.frame = frame;
  const base = interp.handling.length;
  // The exceptions its frame was handling when it yielded (gi_exc_state) are handled again.
  const saved = g.excState as PyError[] | null;
  if (saved) {
    interp.handling.push(...saved);
    g.excState = null;
  }
  g.state = 'running';
  let step: IteratorResult<PyObject, unknown>;
  try {
    step = thrown ? runner.throw(thrown) : runner.next(sent as PyObject);
  } catch (e) {
    g.state = 'completed';
    g.runner = null;
    interp.frame = caller;
    interp.leaveLevel(code.stackBytes);
    interp.handling.length = Math.min(interp.handling.length, base);
    return finishRaising(interp, g, frame, e);
  }
  interp.frame = caller;
  interp.leaveLevel(code.stackBytes);
  if (!step.done) {
    g.state = 'suspended';
    frame.back = null;
    if (interp.handling.length > base) g.excState = interp.handling.splice(base);
    return { value: step.value, done: false };
  }
  g.state = 'completed';
  // A finished runner is dropped: only a suspended one keeps state a checkpoint cannot see.
  g.runner = null;
  const value = frame.retval ?? h.none();
  frame.retval = null;
  // The frame is cleared as the generator returns: its locals go before the caller goes on,
  // unless its frame object (a traceback's) is held elsewhere and takes them over.
  // gen_send_ex2 drops frame->previous first: a frame object taking over has no f_back.
  g.frame = null;
  frame.back = null;
  interp.clearFrame(frame);
  for (const v of frame.stack.splice(0)) if (v) h.decref(v, STACK);
  return { value, done: true };
}

/** The frame raised: the traceback keeps it (and its locals) as it keeps any function's frame. */
function finishRaising(interp: Interpreter, g: PyGenerator, frame: Frame, e: unknown): never {
  interp.unwindStack(frame, 0);
  if (!(e instanceof PyError)) {
    interp.heap.clearGeneratorFrame(g);
    throw e;
  }
  // As leaveFrameRaising: the traceback keeps the frame's object, which takes the locals over.
  interp.addTraceback(e, frame);
  g.frame = null;
  frame.back = null;
  interp.clearFrame(frame);
  if (isA(interp, e.exc, 'StopIteration')) {
    interp.releaseError(e);
    throw new NotSupported(
      "a StopIteration raised inside a generator (PEP 479's RuntimeError)",
      frame.lineno,
    );
  }
  throw e;
}

function isA(interp: Interpreter, exc: PyObject, name: string): boolean {
  return exc.type.isSubtypeOf(interp.exceptions.get(name as 'StopIteration')!);
}

/** gen.send(v): the next value; StopIteration(return value) once the generator is done. */
function generatorSend(interp: Interpreter, g: PyGenerator, v: PyObject): PyObject {
  interp.heap.incref(v, STACK);
  const r = resume(interp, g, v, null);
  if (!r.done) return r.value;
  return raiseStopIteration(interp, r.value);
}

/** StopIteration carrying a generator's return value (owned reference passed in). */
function raiseStopIteration(interp: Interpreter, value: PyObject): never {
  const h = interp.heap;
  const type = interp.exceptions.get('StopIteration')!;
  if (value instanceof PyNone) {
    h.decref(value, STACK);
    return interp.raiseObject(newException(h, type, []));
  }
  return interp.raiseObject(newException(h, type, [value]));
}

/**
 * gen.throw(exc) with one argument, an exception instance or class (the two- and three-argument
 * forms are deprecated in 3.12 and refused). The exception is raised at the `yield`.
 */
function generatorThrow(interp: Interpreter, g: PyGenerator, args: readonly PyObject[]): PyObject {
  const h = interp.heap;
  if (args.length !== 1)
    throw new NotSupported(
      'generator.throw() with more than one argument',
      interp.frame?.lineno ?? 0,
    );
  let exc = args[0]!;
  const base = interp.exceptions.get('BaseException')!;
  if (exc instanceof PyType && exc.isSubtypeOf(base)) {
    exc = interp.callWith(exc, [], null, interp.frame);
  } else if (exc instanceof PyInstance && exc.type.isSubtypeOf(base)) {
    h.incref(exc, STACK);
  } else {
    return interp.raise(
      'TypeError',
      'exceptions must be classes or instances deriving from BaseException, not ' + exc.type.name,
    );
  }
  const r = resume(interp, g, null, new PyError(exc, exc.type.name));
  if (!r.done) return r.value;
  return raiseStopIteration(interp, r.value);
}

/**
 * gen_close: GeneratorExit raised at the `yield` (a `yield from` closes its iterator first, in
 * resumable.ts). The generator finishing by GeneratorExit or StopIteration is a clean close; a
 * generator that yields again gets RuntimeError. A generator not started or finished has nothing
 * to run.
 */
export function generatorClose(interp: Interpreter, g: PyGenerator): void {
  if (g.state === 'created') {
    g.state = 'completed';
    interp.heap.clearGeneratorFrame(g);
    return;
  }
  if (g.state === 'completed') return;
  const exit = newException(interp.heap, interp.exceptions.get('GeneratorExit')!, []);
  let r: Resumed;
  try {
    r = resume(interp, g, null, new PyError(exit, 'GeneratorExit'));
  } catch (e) {
    if (
      e instanceof PyError &&
      (isA(interp, e.exc, 'GeneratorExit') || isA(interp, e.exc, 'StopIteration'))
    ) {
      interp.releaseError(e);
      return;
    }
    throw e;
  }
  interp.heap.decref(r.value, STACK);
  if (!r.done) interp.raise('RuntimeError', 'generator ignored GeneratorExit');
}

/**
 * _PyGen_Finalize, from the deallocator or the collector: close(), its error reported as
 * unraisable. The generator is kept alive meanwhile (PyObject_CallFinalizerFromDealloc).
 */
export function finalizeGenerator(interp: Interpreter, g: PyGenerator): void {
  g.finalized = true;
  try {
    generatorClose(interp, g);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    if (e.traceback.length === 0) {
      // Raised by C code (close()'s RuntimeError): PyErr_WriteUnraisable gives it the running
      // frame as its traceback, or none at all once no Python code runs (at exit).
      if (!interp.frame) {
        interp.write(
          'stderr',
          `Exception ignored in: ${interp.reprOf(g)}\n${interp.describeException(e.exc)}\n`,
        );
        interp.releaseError(e);
        return;
      }
      interp.addTraceback(e, interp.frame);
    }
    interp.reportUnraisable(e, g);
  }
}

function noArguments(interp: Interpreter, name: string, args: PyObject[], kw: Kw, n = 0): void {
  if (kw?.length) interp.raise('TypeError', `generator.${name}() takes no keyword arguments`);
  if (args.length - 1 !== n) {
    const what = n === 0 ? 'no arguments' : 'exactly one argument';
    interp.raise('TypeError', `generator.${name}() takes ${what} (${args.length - 1} given)`);
  }
}

/** next(g[, default]): like tp_iternext, but a return value travels in the StopIteration. */
export function generatorNextBuiltin(
  interp: Interpreter,
  g: PyGenerator,
  fallback: PyObject | undefined,
): PyObject {
  const r = resume(interp, g, interp.heap.none(), null);
  if (!r.done) return r.value;
  if (!fallback) return raiseStopIteration(interp, r.value);
  interp.heap.decref(r.value, STACK);
  interp.heap.incref(fallback);
  return fallback;
}

/** The generator type's methods and properties (gi_frame, gi_code, ... are refused by name). */
const GENERATOR_METHODS: Record<string, MethodFn> = {
  __iter__(interp, args, kw) {
    noArguments(interp, '__iter__', args, kw);
    interp.heap.incref(args[0]!);
    return args[0]!;
  },
  __next__(interp, args, kw) {
    noArguments(interp, '__next__', args, kw);
    return generatorNextBuiltin(interp, args[0] as PyGenerator, undefined);
  },
  send(interp, args, kw) {
    noArguments(interp, 'send', args, kw, 1);
    return generatorSend(interp, args[0] as PyGenerator, args[1]!);
  },
  throw(interp, args, kw) {
    if (kw?.length) interp.raise('TypeError', 'generator.throw() takes no keyword arguments');
    if (args.length < 2)
      interp.raise('TypeError', `throw expected at least 1 argument, got ${args.length - 1}`);
    return generatorThrow(interp, args[0] as PyGenerator, args.slice(1));
  },
  close(interp, args, kw) {
    noArguments(interp, 'close', args, kw);
    generatorClose(interp, args[0] as PyGenerator);
    return interp.heap.none();
  },
  gi_running(interp, args) {
    return interp.heap.bool((args[0] as PyGenerator).state === 'running');
  },
  __name__(interp, args) {
    return interp.heap.newStr((args[0] as PyGenerator).name);
  },
  __qualname__(interp, args) {
    return interp.heap.newStr((args[0] as PyGenerator).qualname);
  },
};
const GENERATOR_PROPERTIES = ['gi_running', '__name__', '__qualname__'];
