/** Closures of `try`, `with` and `raise ... from` (ir/control.ts). */
import { PyError } from '../errors';
import { Signal, type Ex, type Frame } from '../frame';
import type { WithClosures } from '../withStatement';
import { lateCore } from '../lateCore';
import { enterExcept, leaveExcept, type ExceptClause } from '../exceptClauses';
import { libraryOf } from '../library';
import type { ControlStmt, ExceptHandler, WithItem } from '../ir/control';
import type { Builders, ClosureBackend } from './backend';

export const CONTROL_STMTS: Builders<ControlStmt, Ex> = {
  try: (n, b) => {
    const body = b.stmt(n.body);
    const handlers = n.handlers.map((h) => ({ ...exceptClause(b, h), body: b.stmt(h.body) }));
    const orelse = n.orelse ? b.stmt(n.orelse) : null;
    const final = n.final ? b.stmt(n.final) : null;
    const interp = b.interp;
    const withHandlers = (f: Frame): Signal => {
      const depth = f.stack.length;
      let signal: Signal;
      try {
        signal = body(f);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        interp.unwindStack(f, depth);
        interp.addTraceback(e, f);
        const handler = enterExcept(interp, f, e, handlers);
        if (!handler) throw e;
        try {
          return handler.body(f);
        } finally {
          leaveExcept(interp, f, e, handler);
        }
      }
      if (signal === Signal.Normal && orelse) return orelse(f);
      return signal;
    };
    if (!final) return withHandlers;
    const fin = final;
    return (f) => {
      const depth = f.stack.length;
      let signal: Signal;
      try {
        signal = withHandlers(f);
      } catch (e) {
        interp.unwindStack(f, depth);
        // The exception is being handled while the finally block runs (PUSH_EXC_INFO): one raised
        // there takes it as its context, else it would be lost with its traceback's frames.
        if (e instanceof PyError) interp.handling.push(e);
        let s: Signal;
        try {
          s = fin(f);
        } catch (inner) {
          if (e instanceof PyError) {
            interp.handling.pop();
            interp.releaseError(e);
          }
          throw inner;
        }
        if (e instanceof PyError) interp.handling.pop();
        if (s !== Signal.Normal) {
          // break/return in finally discards the exception.
          if (e instanceof PyError) interp.releaseError(e);
          return s;
        }
        throw e;
      }
      const s = fin(f);
      return s !== Signal.Normal ? s : signal;
    };
  },
  with: (n, b) =>
    lateCore(b.interp).withStatement.block(
      b.interp,
      n.items.map((item) => withClosures(b, item)),
      b.stmt(n.body),
    ),
  raiseFrom: (n, b) => {
    const exc = b.expr(n.exc);
    const cause = b.expr(n.cause);
    const interp = b.interp;
    const raiseFrom = libraryOf(interp).raiseFrom;
    return (f) => {
      const x = exc(f);
      f.stack.push(x);
      const c = cause(f);
      f.stack.pop();
      return raiseFrom(interp, f, x, c);
    };
  },
};

/** What an `except` clause needs besides its body (exceptClauses.ts); the generators' too. */
export function exceptClause<B>(b: ClosureBackend, h: ExceptHandler<B>): ExceptClause {
  return {
    type: h.type ? b.expr(h.type) : null,
    store: h.store ? b.store(h.store) : null,
    del: h.del ? b.del(h.del) : null,
  };
}

/** A manager of a `with` as withStatement.ts runs it; the generators' too. */
export function withClosures(b: ClosureBackend, item: WithItem): WithClosures {
  return {
    manager: b.expr(item.manager),
    store: item.target ? b.store(item.target) : null,
    line: item.line,
  };
}
