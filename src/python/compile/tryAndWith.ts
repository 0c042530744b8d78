/** `try` and `with` as closures: their syntax read by statementSyntax.ts, `with` run by withStatement.ts. */
import type { SyntaxNode } from '@lezer/common';
import { PyError } from '../errors';
import { Frame, Signal, type Ev, type Ex } from '../frame';
import { compileWith, type WithItem } from '../withStatement';
import { enterExcept, leaveExcept } from '../exceptClauses';
import type { CompileContext, Scope } from './context';
import { readTry, readWith } from './statementSyntax';
import { delTarget, assignTarget } from './assignment';
import { storeName } from './names';

export function tryStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const syntax = readTry(n);
  const body = ctx.exBody(syntax.body, scope);
  const handlers = syntax.handlers.map((clause) => {
    if (clause.star) ctx.unsupported("'except*'", n);
    const type: Ev | null = clause.type ? ctx.evExpr(clause.type, scope) : null;
    const name = clause.name ? ctx.text(clause.name) : null;
    return {
      type,
      body: ctx.exBody(clause.body, scope),
      store: name ? ctx.backend.store(storeName(ctx, name, scope)) : null,
      del: clause.name ? delTarget(ctx, clause.name, scope) : null,
    };
  });
  const orelse = syntax.orelse ? ctx.exBody(syntax.orelse, scope) : null;
  const final = syntax.final ? ctx.exBody(syntax.final, scope) : null;
  const interp = ctx.interp;
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
}

/** `with m1 as t1, m2:` (see withStatement.ts). */
export function withStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const syntax = readWith(n);
  if (syntax.async) ctx.unsupported("'async with'", n);
  const items: WithItem[] = syntax.items.map((item) => ({
    manager: ctx.evExpr(item.manager, scope),
    store: item.target ? assignTarget(ctx, item.target, [], scope, n) : null,
    line: ctx.line(n),
  }));
  // Each manager wraps the body in one more JavaScript frame: counted as a block of nesting.
  const nesting = ctx.nesting;
  nesting.blocks += items.length;
  let body: Ex;
  try {
    body = ctx.exBody(syntax.body, scope);
  } finally {
    nesting.blocks -= items.length;
  }
  return compileWith(ctx.interp, items, body);
}
