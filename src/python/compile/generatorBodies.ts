/** The statements of a generator body that hold a `yield`: resumable nodes (ir/generators.ts). */
import type { SyntaxNode } from '@lezer/common';
import type { GeneratorBody, GenStep, ResumableStmt, YieldExpr } from '../ir/generators';
import { holdsYield, yieldOf } from '../yieldNodes';
import type { CompileContext, Scope } from './context';
import { readFor, readIf, readTry, readWhile, readWith } from './statementSyntax';
import { tupleOf } from './displays';
import { children, isOperand, describeNode } from './syntax';
import { targetOf } from './assignment';
import { iterExpr } from './iterables';
import { exceptHandler, withItems } from './tryAndWith';

/** A generator function's body, counted as `body` counts a block. */
export function resumableBody(ctx: CompileContext, n: SyntaxNode, scope: Scope): GeneratorBody {
  if (n.name !== 'Body') ctx.unsupported(describeNode(n.name), n);
  const nesting = ctx.nesting;
  nesting.maxBlocks = Math.max(nesting.maxBlocks, ++nesting.blocks);
  try {
    const nodes: SyntaxNode[] = [];
    const flatten = (c: SyntaxNode) => {
      if (c.name === 'StatementGroup') children(c).forEach(flatten);
      else if (!['Comment', ':', 'newline', ';'].includes(c.name)) nodes.push(c);
    };
    children(n).forEach(flatten);
    const steps = nodes.map((c): GenStep =>
      holdsYield(c)
        ? {
            k: 'resumable',
            line: ctx.line(c),
            stmt: ctx.nested(c, () => resumableStatement(ctx, c, scope)),
          }
        : { k: 'plain', line: ctx.line(c), stmt: ctx.statement(c, scope) },
    );
    return { k: 'genBody', steps };
  } finally {
    nesting.blocks--;
  }
}

export function resumableLoopBody(ctx: CompileContext, n: SyntaxNode, scope: Scope): GeneratorBody {
  ctx.loopDepth++;
  try {
    return resumableBody(ctx, n, scope);
  } finally {
    ctx.loopDepth--;
  }
}

/** A header (a condition, an iterable, a manager) is lowered as usual: no `yield` in it. */
export function header(ctx: CompileContext, n: SyntaxNode): SyntaxNode {
  if (holdsYield(n)) ctx.unsupported("a 'yield' inside a statement's header", n);
  return n;
}

/** A statement that holds a `yield` of the generator it stands in. */
export function resumableStatement(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
): ResumableStmt {
  const parts = children(n);
  switch (n.name) {
    case 'YieldStatement':
      return { k: 'yieldStmt', value: yieldExpr(ctx, n, scope) };
    case 'ExpressionStatement': {
      const operands = parts.filter(isOperand);
      const y = operands.length === 1 ? yieldOf(operands[0]!) : null;
      if (y) return { k: 'yieldStmt', value: yieldExpr(ctx, y, scope) };
      break;
    }
    case 'AssignStatement': {
      const groups: SyntaxNode[][] = [[]];
      for (const c of parts) {
        if (c.name === 'AssignOp') groups.push([]);
        else groups[groups.length - 1]!.push(c);
      }
      const valueNodes = groups.pop()!;
      const y = valueNodes.length === 1 ? yieldOf(valueNodes[0]!) : null;
      if (!y || groups.some((g) => g.some(holdsYield))) break;
      if (parts.some((c) => c.name === 'TypeDef')) ctx.unsupported('annotations', n);
      const value = yieldExpr(ctx, y, scope);
      const targets = groups.map((g) => targetOf(ctx, g, scope, n));
      return { k: 'storeYield', value, targets };
    }
    case 'IfStatement':
      return {
        k: 'genIf',
        branches: readIf(n).map((branch) => ({
          test: branch.test ? ctx.expr(header(ctx, branch.test), scope) : null,
          body: resumableBody(ctx, branch.body, scope),
        })),
      };
    case 'WhileStatement': {
      const syntax = readWhile(n);
      const test = ctx.expr(header(ctx, syntax.test), scope);
      const body = resumableLoopBody(ctx, syntax.body, scope);
      const orelse = syntax.orelse ? resumableBody(ctx, syntax.orelse, scope) : null;
      return { k: 'genWhile', test, body, orelse };
    }
    case 'ForStatement': {
      const syntax = readFor(n);
      const target = targetOf(ctx, syntax.targets, scope, n);
      for (const item of syntax.iterableItems ?? []) header(ctx, item);
      const iterable = syntax.iterableItems
        ? tupleOf(ctx, syntax.iterableItems, scope)
        : iterExpr(ctx, header(ctx, syntax.iterable), scope);
      const body = resumableLoopBody(ctx, syntax.body, scope);
      const orelse = syntax.orelse ? resumableBody(ctx, syntax.orelse, scope) : null;
      return { k: 'genFor', target, iterable, body, orelse, line: ctx.line(n) };
    }
    case 'TryStatement': {
      const syntax = readTry(n);
      const body = resumableBody(ctx, syntax.body, scope);
      const handlers = syntax.handlers.map((clause) =>
        exceptHandler(
          ctx,
          n,
          clause,
          scope,
          (c) => ctx.expr(header(ctx, c), scope),
          (c) => resumableBody(ctx, c, scope),
        ),
      );
      const orelse = syntax.orelse ? resumableBody(ctx, syntax.orelse, scope) : null;
      const final = syntax.final ? resumableBody(ctx, syntax.final, scope) : null;
      return { k: 'genTry', body, handlers, orelse, final };
    }
    case 'WithStatement': {
      const syntax = readWith(n);
      if (syntax.async) ctx.unsupported("'async with'", n);
      const items = withItems(ctx, n, scope, (c) => ctx.expr(header(ctx, c), scope));
      return { k: 'genWith', items, body: resumableBody(ctx, syntax.body, scope) };
    }
  }
  return ctx.unsupported("a 'yield' inside a larger expression or statement", n);
}

/** `yield`, `yield a, b`, `yield from it`: a new reference, the value sent in or returned. */
export function yieldExpr(ctx: CompileContext, n: SyntaxNode, scope: Scope): YieldExpr {
  const parts = children(n).filter((c) => c.name !== 'yield' && !c.type.isError);
  if (parts[0]?.name === 'from') return { k: 'yieldFrom', iterable: ctx.expr(parts[1]!, scope) };
  const values = parts.filter((c) => c.name !== ',');
  if (values.some((c) => c.name === '*')) ctx.unsupported("'*' in a yield", n);
  const inner = parts.length === 1 ? yieldOf(values[0]!) : null;
  if (inner) return { k: 'yieldOfYield', inner: yieldExpr(ctx, inner, scope) };
  if (values.some(holdsYield)) ctx.unsupported("a 'yield' inside a larger expression", n);
  return { k: 'yield', value: values.length ? ctx.exprList(parts, scope, n) : null };
}
