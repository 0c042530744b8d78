/** Binary, comparison, boolean and unary operators. */
import type { SyntaxNode } from '@lezer/common';
import { BINARY_OPS, type BinaryOp, type CompareOp } from '../operators';
import { parseNumber } from '../literals';
import type { Expr, TestOp } from '../ir/nodes';
import type { CompileContext, Scope } from './context';
import { children, isComparison } from './syntax';
import { foldUnary } from './folding';
import { iterExpr } from './iterables';

const TESTS: readonly string[] = ['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in'];
const ORDERINGS: readonly string[] = ['==', '!=', '<', '<=', '>', '>='];

export function binary(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  const [left, opNode, ...rest] = children(n) as SyntaxNode[];
  const opText = ctx.text(opNode!);
  if (opText === 'and' || opText === 'or') {
    const a = ctx.expr(left!, scope);
    return { k: 'andOr', and: opText === 'and', left: a, right: ctx.expr(rest[0]!, scope) };
  }
  // `is not` / `not in` have two operator tokens.
  let op = opText;
  let right = rest[0]!;
  if (rest.length > 1) {
    op = `${opText} ${ctx.text(rest[0]!)}`;
    right = rest[1]!;
  }
  if (opNode!.name === 'ArithOp' || BINARY_OPS.includes(op)) {
    if (!BINARY_OPS.includes(op)) ctx.unsupported(`the '${op}' operator`, n);
    const a = ctx.expr(left!, scope);
    return { k: 'binary', op: op as BinaryOp, left: a, right: ctx.expr(right, scope) };
  }
  if (!TESTS.includes(op)) ctx.unsupported(`the '${op}' operator`, n);
  const test = op as TestOp;
  // a < b < c: the left side is itself an unparenthesised comparison.
  if (left!.name === 'BinaryExpression' && isComparison(ctx.text(children(left!)[1]!))) {
    const { first, links } = comparisonChain(ctx, left!, scope);
    const last = op.endsWith('in') ? iterExpr(ctx, right, scope) : ctx.expr(right, scope);
    return { k: 'chain', first, links, op: test, last };
  }
  const a = ctx.expr(left!, scope);
  const b = op.endsWith('in') ? iterExpr(ctx, right, scope) : ctx.expr(right, scope);
  return { k: 'compare', op: test, left: a, right: b };
}

/** For a chain, its first operand and the links up to the final test. */
function comparisonChain(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
): { first: Expr; links: { op: CompareOp; right: Expr }[] } {
  const [left, , right] = children(n) as [SyntaxNode, SyntaxNode, SyntaxNode];
  const op = ctx.text(children(n)[1]!) as CompareOp;
  if (!ORDERINGS.includes(op)) ctx.unsupported('chained identity or membership tests', n);
  const nested = left.name === 'BinaryExpression' && isComparison(ctx.text(children(left)[1]!));
  const chain = nested
    ? comparisonChain(ctx, left, scope)
    : { first: ctx.expr(left, scope), links: [] };
  chain.links.push({ op, right: ctx.expr(right, scope) });
  return chain;
}

/**
 * `not X`, where lezer's tree puts `not` over a whole `and`/`or` or conditional expression:
 * Python's `not` binds tighter than those, so it applies to their leftmost operand.
 */
export function notOf(ctx: CompileContext, operand: SyntaxNode, scope: Scope): Expr {
  const parts = children(operand);
  if (operand.name === 'BinaryExpression') {
    const op = ctx.text(parts[1]!);
    if (op === 'and' || op === 'or') {
      const a = notOf(ctx, parts[0]!, scope);
      return { k: 'andOr', and: op === 'and', left: a, right: ctx.expr(parts[2]!, scope) };
    }
  }
  if (operand.name === 'ConditionalExpression') {
    const [a, , c, , b] = parts as SyntaxNode[];
    const then = notOf(ctx, a!, scope);
    const test = ctx.expr(c!, scope);
    const other = ctx.expr(b!, scope);
    return { k: 'ifExp', test, then, other };
  }
  return { k: 'not', operand: ctx.expr(operand, scope) };
}

export function unary(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  const [opNode, operand] = children(n) as [SyntaxNode, SyntaxNode];
  const op = ctx.text(opNode);
  const h = ctx.interp.heap;
  if (op === '-' && operand.name === 'Number') {
    const text = ctx.text(operand);
    return ctx.constant(parseNumber(h, '-' + text, () => ctx.unsupported('complex numbers', n)));
  }
  const folded = op !== 'not' ? foldUnary(ctx, n) : null;
  if (folded) return ctx.loadConst(folded);
  if (op === 'not') return notOf(ctx, operand, scope);
  const e = ctx.expr(operand, scope);
  if (op === '-' || op === '+' || op === '~') return { k: 'unary', op, operand: e };
  return ctx.unsupported(`the unary '${op}' operator`, n);
}
