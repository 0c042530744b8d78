/**
 * The statements of a generator's body that hold a `yield`, as JavaScript generator functions
 * (why: see generators.ts), built by the closure backend (closures/generators.ts) from a lowered
 * generator body (ir/generators.ts). Each mirrors the ordinary closure the backend makes for the
 * same statement (closures/, withStatement.ts, comprehensions.ts): the same evaluation order, the
 * same temporaries on the frame's value stack, the same releases; the only difference is that a
 * body is run with `yield*`, so a `yield` anywhere inside suspends the whole statement. A nested
 * statement without a `yield` is the ordinary closure, called directly.
 *
 * A `yield` gives its value out as a new reference (YIELD_VALUE moves it off the stack) and
 * evaluates to the value sent in (a new reference); an exception thrown into the generator is
 * thrown at the JavaScript `yield`, so enclosing `try` and `with` blocks handle it as they
 * would any other.
 */
import { PyGenerator, PyNone, STACK, type PyObject } from '../engine';
import { NotSupported, PyError } from './errors';
import { dropStackTo, Signal, type Ev, type Ex, type Frame, type GenEx } from './frame';
import type { Interpreter } from './interpreter';
import { getIter, getIterOnStack, iterNext, type IteratorObject } from './iteration';
import { generatorClose, resume, type Resumed } from './generators';
import { pushClauseIterator, type Clause } from './comprehensions';
import { enterExcept, leaveExcept, type ExceptClause } from './exceptClauses';
import type { WithClosures } from './withStatement';
import { lateCore } from './lateCore';

/** An expression that may suspend: evaluates to a new reference. */
export type GenEv = (f: Frame) => Generator<PyObject, PyObject, PyObject>;

/** One statement of a resumable block: the ordinary closure, or a resumable one. */
export interface Step {
  readonly line: number;
  readonly plain: Ex | null;
  readonly resumable: GenEx | null;
}

/** A block: each statement after its tick, as the closure of a `block` node. */
export function genBlock(interp: Interpreter, steps: readonly Step[]): GenEx {
  const n = steps.length;
  return function* (f) {
    for (let i = 0; i < n; i++) {
      const step = steps[i]!;
      interp.tick(f, step.line);
      const s = step.plain ? step.plain(f) : yield* step.resumable!(f);
      if (s !== Signal.Normal) return s;
    }
    return Signal.Normal;
  };
}

/** `yield` / `yield value` as a statement: the value sent in is dropped (POP_TOP). */
export function genDiscard(interp: Interpreter, e: GenEv): GenEx {
  return function* (f) {
    interp.heap.decref(yield* e(f), STACK);
    return Signal.Normal;
  };
}

/** `target = yield ...`: the value sent in is stored. */
export function genStore(
  interp: Interpreter,
  e: GenEv,
  targets: readonly ((f: Frame, v: PyObject) => void)[],
): GenEx {
  const h = interp.heap;
  return function* (f) {
    const v = yield* e(f);
    for (let i = 0; i < targets.length; i++) {
      if (i < targets.length - 1) h.incref(v, STACK);
      targets[i]!(f, v);
    }
    return Signal.Normal;
  };
}

/** `yield value` (None when omitted): YIELD_VALUE, then RESUME with the value sent. */
export function genYield(interp: Interpreter, value: Ev | null): GenEv {
  const h = interp.heap;
  return function* (f) {
    const v = value ? value(f) : h.none();
    return yield v;
  };
}

/** `yield (yield x)`: the value sent to the inner `yield` is yielded again. */
export function genYieldOfYield(inner: GenEv): GenEv {
  return function* (f) {
    const v = yield* inner(f);
    return yield v;
  };
}

/**
 * `yield from iterable`: GET_YIELD_FROM_ITER (a generator is used as it is), then the SEND loop
 * with the iterator on the value stack. Values sent in go on to a generator (a plain iterator
 * only takes None); an exception thrown in goes on to a generator, and close() closes it first.
 * The expression's value is the iterator's return value.
 */
export function genYieldFrom(interp: Interpreter, iterable: Ev): GenEv {
  const h = interp.heap;
  return function* (f) {
    const src = iterable(f);
    f.stack.push(src);
    const depth = f.stack.length;
    let it: PyObject = src;
    if (!(src instanceof PyGenerator)) {
      it = getIter(interp, src);
      f.stack[depth - 1] = it;
      h.decref(src, STACK);
    }
    let sent: PyObject = h.none();
    let thrown: PyError | null = null;
    for (;;) {
      let r: Resumed;
      if (it instanceof PyGenerator) {
        if (thrown) r = resume(interp, it, null, thrown);
        else {
          // SEND pops the value and holds it while the inner generator runs with its own
          // reference on its stack; the value is released when the send returns.
          h.incref(sent, STACK);
          try {
            r = resume(interp, it, sent, null);
          } finally {
            h.decref(sent, STACK);
          }
        }
      } else {
        if (thrown) throw thrown;
        if (!(sent instanceof PyNone)) {
          h.decref(sent, STACK);
          throw new NotSupported(`send() into 'yield from' a '${it.type.name}' object`, f.lineno);
        }
        h.decref(sent, STACK);
        const v = iterNext(interp, it as IteratorObject);
        r = v ? { value: v, done: false } : { value: h.none(), done: true };
      }
      thrown = null;
      if (r.done) {
        dropStackTo(f.stack, depth - 1);
        h.decref(it, STACK);
        return r.value;
      }
      f.delegate = it;
      try {
        sent = yield r.value;
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        if (e.exc.type === interp.exceptions.get('GeneratorExit')) {
          // gen_close: the delegate is closed first, then GeneratorExit is raised here.
          if (it instanceof PyGenerator) {
            try {
              generatorClose(interp, it);
            } catch (inner) {
              interp.releaseError(e);
              throw inner;
            }
          }
          throw e;
        }
        thrown = e;
      } finally {
        f.delegate = null;
      }
    }
  };
}

/** if / elif / else, with resumable bodies. */
export function genIf(
  branches: readonly { test: ((f: Frame) => boolean) | null; body: GenEx }[],
): GenEx {
  return function* (f) {
    for (const b of branches) if (!b.test || b.test(f)) return yield* b.body(f);
    return Signal.Normal;
  };
}

export function genWhile(test: (f: Frame) => boolean, body: GenEx, orelse: GenEx | null): GenEx {
  return function* (f) {
    for (;;) {
      if (!test(f)) return orelse ? yield* orelse(f) : Signal.Normal;
      const s = yield* body(f);
      if (s === Signal.Break) return Signal.Normal;
      if (s === Signal.Return) return s;
      f.code.warmup++;
    }
  };
}

/** `for`: the iterator stays on the value stack (so a suspended generator holds it). */
export function genFor(
  interp: Interpreter,
  target: (f: Frame, v: PyObject) => void,
  iterable: Ev,
  body: GenEx,
  orelse: GenEx | null,
  line: number,
): GenEx {
  const h = interp.heap;
  return function* (f) {
    const it = getIterOnStack(interp, f, iterable(f));
    let signal = Signal.Normal;
    for (;;) {
      f.lineno = line;
      const v = iterNext(interp, it);
      if (!v) break;
      target(f, v);
      const s = yield* body(f);
      if (s === Signal.Break || s === Signal.Return) {
        signal = s;
        break;
      }
      f.code.warmup++;
    }
    f.stack.pop();
    h.decref(it, STACK);
    if (signal === Signal.Normal && orelse) return yield* orelse(f);
    return signal === Signal.Return ? Signal.Return : Signal.Normal;
  };
}

export interface GenHandler extends ExceptClause {
  readonly body: GenEx;
}

/** The handled exception leaves the chain (where it is: a `yield` may have moved it). */
function dropHandled(interp: Interpreter, e: PyError): void {
  const at = interp.handling.lastIndexOf(e);
  if (at >= 0) interp.handling.splice(at, 1);
}

/** try / except / else / finally, as the closure of a `try` node, with resumable parts. */
export function genTry(
  interp: Interpreter,
  body: GenEx,
  handlers: readonly GenHandler[],
  orelse: GenEx | null,
  final: GenEx | null,
): GenEx {
  const withHandlers: GenEx = function* (f) {
    const depth = f.stack.length;
    let signal: Signal;
    try {
      signal = yield* body(f);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      interp.unwindStack(f, depth);
      interp.addTraceback(e, f);
      const handler = enterExcept(interp, f, e, handlers);
      if (!handler) throw e;
      try {
        return yield* handler.body(f);
      } finally {
        leaveExcept(interp, f, e, handler);
      }
    }
    if (signal === Signal.Normal && orelse) return yield* orelse(f);
    return signal;
  };
  if (!final) return withHandlers;
  const fin = final;
  return function* (f) {
    const depth = f.stack.length;
    let signal: Signal;
    try {
      signal = yield* withHandlers(f);
    } catch (e) {
      interp.unwindStack(f, depth);
      // The exception is being handled while the finally block runs (PUSH_EXC_INFO): one raised
      // there takes it as its context, else it would be lost with its traceback's frames.
      if (e instanceof PyError) interp.handling.push(e);
      let s: Signal;
      try {
        s = yield* fin(f);
      } catch (inner) {
        if (e instanceof PyError) {
          dropHandled(interp, e);
          interp.releaseError(e);
        }
        throw inner;
      }
      if (e instanceof PyError) dropHandled(interp, e);
      if (s !== Signal.Normal) {
        if (e instanceof PyError) interp.releaseError(e);
        return s;
      }
      throw e;
    }
    const s = yield* fin(f);
    return s !== Signal.Normal ? s : signal;
  };
}

/** `with`, one manager around a resumable body (the backend nests several). */
export function genWith(interp: Interpreter, item: WithClosures, body: GenEx): GenEx {
  return function* (f) {
    const { before, exitNormally, exitWithException } = lateCore(interp).withStatement;
    const depth = f.stack.length;
    const exit = before(interp, item, f, depth);
    let signal: Signal;
    try {
      signal = yield* body(f);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      interp.unwindStack(f, depth + 1);
      interp.addTraceback(e, f);
      f.lineno = item.line;
      return exitWithException(interp, f, depth, exit, e);
    }
    exitNormally(interp, f, depth, exit, item.line);
    return signal;
  };
}

/**
 * A generator expression's body (`<genexpr>`): the loops of its clauses over `.0` and the rest,
 * yielding each element (YIELD_VALUE, RESUME, POP_TOP of the value sent).
 */
export function genexpBody(
  interp: Interpreter,
  clauses: readonly Clause[],
  element: Ev,
  elementLine: number,
): GenEx {
  const h = interp.heap;
  const run = function* (f: Frame, i: number): Generator<PyObject, boolean, PyObject> {
    if (i === clauses.length) {
      f.lineno = elementLine;
      h.decref(yield element(f), STACK);
      return true;
    }
    const c = clauses[i]!;
    f.lineno = c.line;
    if (c.kind === 'if') return c.test(f) ? yield* run(f, i + 1) : false;
    const it = pushClauseIterator(interp, f, c);
    for (;;) {
      f.lineno = c.line;
      const v = iterNext(interp, it);
      if (!v) break;
      c.target(f, v);
      if (yield* run(f, i + 1)) f.code.warmup++;
    }
    f.stack.pop();
    h.decref(it, STACK);
    return true;
  };
  return function* (f) {
    yield* run(f, 0);
    return Signal.Normal;
  };
}
