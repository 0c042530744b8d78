/** `try`, `with` and `raise ... from` as nodes (ir/control.ts), read by statementSyntax.ts. */
import type { SyntaxNode } from '@lezer/common';
import type { ExceptHandler, RaiseFrom, Try, With, WithItem } from '../ir/control';
import type { Expr, Stmt } from '../ir/nodes';
import type { CompileContext, Scope } from './context';
import { readTry, readWith, type ExceptClause } from './statementSyntax';
import { delTarget, assignTarget } from './assignment';
import { storeName } from './names';

export function tryStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Try {
  const syntax = readTry(n);
  const body = ctx.body(syntax.body, scope);
  const handlers = syntax.handlers.map((clause) =>
    exceptHandler(
      ctx,
      n,
      clause,
      scope,
      (c) => ctx.expr(c, scope),
      (c) => ctx.body(c, scope),
    ),
  );
  const orelse = syntax.orelse ? ctx.body(syntax.orelse, scope) : null;
  const final = syntax.final ? ctx.body(syntax.final, scope) : null;
  return { k: 'try', body, handlers, orelse, final };
}

/**
 * One `except` clause of the `try` statement `n`: its type, then its body, then the name's store
 * and `del` are lowered, in that order. `type` and `body` lower those parts (a generator's body
 * lowers its own way: generatorBodies.ts).
 */
export function exceptHandler<B>(
  ctx: CompileContext,
  n: SyntaxNode,
  clause: ExceptClause,
  scope: Scope,
  type: (c: SyntaxNode) => Expr,
  body: (c: SyntaxNode) => B,
): ExceptHandler<B> {
  if (clause.star) ctx.unsupported("'except*'", n);
  const t = clause.type ? type(clause.type) : null;
  const name = clause.name ? ctx.text(clause.name) : null;
  return {
    type: t,
    body: body(clause.body),
    store: name ? storeName(ctx, name, scope) : null,
    del: clause.name ? delTarget(ctx, clause.name, scope) : null,
  };
}

/** `with m1 as t1, m2:` (each manager one more block of nesting). */
export function withStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): With {
  const syntax = readWith(n);
  if (syntax.async) ctx.unsupported("'async with'", n);
  const items = withItems(ctx, n, scope, (c) => ctx.expr(c, scope));
  // Each manager wraps the body in one more JavaScript frame: counted as a block of nesting.
  const nesting = ctx.nesting;
  nesting.blocks += items.length;
  let body: Stmt;
  try {
    body = ctx.body(syntax.body, scope);
  } finally {
    nesting.blocks -= items.length;
  }
  return { k: 'with', items, body };
}

/** The managers of the `with` statement `n`, each then its target; `manager` lowers a manager. */
export function withItems(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
  manager: (c: SyntaxNode) => Expr,
): WithItem[] {
  return readWith(n).items.map((item) => ({
    manager: manager(item.manager),
    target: item.target ? assignTarget(ctx, item.target, [], scope, n) : null,
    line: ctx.line(n),
  }));
}

/** `raise exc from cause`: both evaluated, exc first; the runtime is the library's. */
export function raiseFrom(
  ctx: CompileContext,
  excNode: SyntaxNode,
  causeNode: SyntaxNode,
  scope: Scope,
): RaiseFrom {
  const exc = ctx.expr(excNode, scope);
  const cause = ctx.expr(causeNode, scope);
  return { k: 'raiseFrom', exc, cause };
}
