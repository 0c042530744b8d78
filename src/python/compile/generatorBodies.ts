/** The statements of a generator body that hold a `yield`, compiled to be resumable (resumable.ts). */
import type { SyntaxNode } from '@lezer/common';
import type { Ev, GenEx } from '../frame';
import type { WithItem } from '../withStatement';
import { holdsYield, yieldOf } from '../yieldNodes';
import {
  genBlock,
  genDiscard,
  genFor,
  genIf,
  genStore,
  genTry,
  genWhile,
  genWith,
  genYield,
  genYieldFrom,
  genYieldOfYield,
  type GenEv,
  type GenHandler,
  type Step,
} from '../resumable';
import type { CompileContext, Scope } from './context';
import { readFor, readIf, readTry, readWhile, readWith } from './statementSyntax';
import { tupleOf } from './displays';
import { children, isOperand, describeNode } from './syntax';
import { delTarget, assignTarget } from './assignment';
import { storeName } from './names';
import { iterExpr } from './iterables';

/** A generator function's body, counted as `body` counts a block. */
export function resumableBody(ctx: CompileContext, n: SyntaxNode, scope: Scope): GenEx {
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
    const steps: Step[] = nodes.map((c) =>
      holdsYield(c)
        ? {
            line: ctx.line(c),
            plain: null,
            resumable: ctx.nested(c, () => resumableStatement(ctx, c, scope)),
          }
        : { line: ctx.line(c), plain: ctx.exStatement(c, scope), resumable: null },
    );
    return genBlock(ctx.interp, steps);
  } finally {
    nesting.blocks--;
  }
}

export function resumableLoopBody(ctx: CompileContext, n: SyntaxNode, scope: Scope): GenEx {
  ctx.loopDepth++;
  try {
    return resumableBody(ctx, n, scope);
  } finally {
    ctx.loopDepth--;
  }
}

/** A header (a condition, an iterable, a manager) is compiled as usual: no `yield` in it. */
export function header(ctx: CompileContext, n: SyntaxNode): SyntaxNode {
  if (holdsYield(n)) ctx.unsupported("a 'yield' inside a statement's header", n);
  return n;
}

/** A statement that holds a `yield` of the generator it stands in. */
export function resumableStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): GenEx {
  const interp = ctx.interp;
  const parts = children(n);
  switch (n.name) {
    case 'YieldStatement':
      return genDiscard(interp, yieldExpr(ctx, n, scope));
    case 'ExpressionStatement': {
      const operands = parts.filter(isOperand);
      const y = operands.length === 1 ? yieldOf(operands[0]!) : null;
      if (y) return genDiscard(interp, yieldExpr(ctx, y, scope));
      break;
    }
    case 'AssignStatement': {
      const groups: SyntaxNode[][] = [[]];
      for (const c of parts) {
        if (c.name === 'AssignOp') groups.push([]);
        else if (c.name !== ',') groups[groups.length - 1]!.push(c);
      }
      const valueNodes = groups.pop()!;
      const y = valueNodes.length === 1 ? yieldOf(valueNodes[0]!) : null;
      if (!y || groups.some((g) => g.some(holdsYield))) break;
      if (parts.some((c) => c.name === 'TypeDef')) ctx.unsupported('annotations', n);
      const value = yieldExpr(ctx, y, scope);
      const targets = groups.map((g) =>
        assignTarget(ctx, g.length === 1 ? g[0]! : null, g, scope, n),
      );
      return genStore(interp, value, targets);
    }
    case 'IfStatement':
      return genIf(
        readIf(n).map((branch) => ({
          test: branch.test ? ctx.condFn(header(ctx, branch.test), scope) : null,
          body: resumableBody(ctx, branch.body, scope),
        })),
      );
    case 'WhileStatement': {
      const syntax = readWhile(n);
      const test = ctx.condFn(header(ctx, syntax.test), scope);
      const body = resumableLoopBody(ctx, syntax.body, scope);
      const orelse = syntax.orelse ? resumableBody(ctx, syntax.orelse, scope) : null;
      return genWhile(test, body, orelse);
    }
    case 'ForStatement': {
      const syntax = readFor(n);
      const targets = syntax.targets;
      const target = assignTarget(
        ctx,
        targets.length === 1 ? targets[0]! : null,
        targets,
        scope,
        n,
      );
      for (const item of syntax.iterableItems ?? []) header(ctx, item);
      const iterable = syntax.iterableItems
        ? tupleOf(ctx, syntax.iterableItems, scope)
        : ctx.backend.expr(iterExpr(ctx, header(ctx, syntax.iterable), scope));
      const body = resumableLoopBody(ctx, syntax.body, scope);
      const orelse = syntax.orelse ? resumableBody(ctx, syntax.orelse, scope) : null;
      return genFor(interp, target, iterable, body, orelse, ctx.line(n));
    }
    case 'TryStatement': {
      const syntax = readTry(n);
      const body = resumableBody(ctx, syntax.body, scope);
      const handlers: GenHandler[] = syntax.handlers.map((clause) => {
        if (clause.star) ctx.unsupported("'except*'", n);
        const type: Ev | null = clause.type ? ctx.evExpr(header(ctx, clause.type), scope) : null;
        const name = clause.name ? ctx.text(clause.name) : null;
        return {
          type,
          body: resumableBody(ctx, clause.body, scope),
          store: name ? ctx.backend.store(storeName(ctx, name, scope)) : null,
          del: clause.name ? delTarget(ctx, clause.name, scope) : null,
        };
      });
      const orelse = syntax.orelse ? resumableBody(ctx, syntax.orelse, scope) : null;
      const final = syntax.final ? resumableBody(ctx, syntax.final, scope) : null;
      return genTry(interp, body, handlers, orelse, final);
    }
    case 'WithStatement': {
      const syntax = readWith(n);
      if (syntax.async) ctx.unsupported("'async with'", n);
      const items: WithItem[] = syntax.items.map((item) => ({
        manager: ctx.evExpr(header(ctx, item.manager), scope),
        store: item.target ? assignTarget(ctx, item.target, [], scope, n) : null,
        line: ctx.line(n),
      }));
      let body = resumableBody(ctx, syntax.body, scope);
      for (let k = items.length - 1; k >= 0; k--) body = genWith(interp, items[k]!, body);
      return body;
    }
  }
  return ctx.unsupported("a 'yield' inside a larger expression or statement", n);
}

/** `yield`, `yield a, b`, `yield from it`: a new reference, the value sent in or returned. */
export function yieldExpr(ctx: CompileContext, n: SyntaxNode, scope: Scope): GenEv {
  const parts = children(n).filter((c) => c.name !== 'yield' && !c.type.isError);
  if (parts[0]?.name === 'from') return genYieldFrom(ctx.interp, ctx.evExpr(parts[1]!, scope));
  const values = parts.filter((c) => c.name !== ',');
  if (values.some((c) => c.name === '*')) ctx.unsupported("'*' in a yield", n);
  const inner = values.length === 1 ? yieldOf(values[0]!) : null;
  if (inner) return genYieldOfYield(yieldExpr(ctx, inner, scope));
  if (values.some(holdsYield)) ctx.unsupported("a 'yield' inside a larger expression", n);
  return genYield(ctx.interp, values.length ? ctx.evExprList(values, scope, n) : null);
}
