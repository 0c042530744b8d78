/** Expressions: the dispatch of each expression node, conditions, expression lists. */
import type { SyntaxNode } from '@lezer/common';
import type { Expr } from '../ir/nodes';
import { tooDeep } from '../parse';
import { HEAPSCOPE_MAX_DEPTH } from '../nesting';
import { parseNumber } from '../literals';
import type { CompileContext, Scope } from './context';
import { children, isOperand, describeNode } from './syntax';
import { binary, unary } from './operatorExprs';
import { call } from './calls';
import { comprehension } from './comprehensionExpr';
import { dictDisplay, listDisplay, setDisplay, tupleOf } from './displays';
import { foldBinary, foldSubscript } from './folding';
import { formatString, stringLiteral } from './strings';
import { loadName } from './names';
import { makeFunction } from './functions';
import { member } from './members';

export function expr(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  // Both counts of `exprLevel` and `nested`, without their closures: deep expressions recurse
  // here once per level, and every JavaScript frame counts.
  const nesting = ctx.nesting;
  nesting.maxExprs = Math.max(nesting.maxExprs, ++nesting.exprs);
  try {
    if (++ctx.depth > HEAPSCOPE_MAX_DEPTH || !ctx.roomFor(ctx.depth)) {
      ctx.depth = 0;
      throw tooDeep(ctx.line(n));
    }
    try {
      return exprAt(ctx, n, scope);
    } finally {
      ctx.depth--;
    }
  } finally {
    nesting.exprs--;
  }
}

export function exprAt(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  const interp = ctx.interp;
  const h = interp.heap;
  switch (n.name) {
    case 'VariableName':
      return loadName(ctx, ctx.text(n), scope);
    case 'Number':
      return ctx.constant(parseNumber(h, ctx.text(n), () => ctx.unsupported('complex numbers', n)));
    case 'String':
      return stringLiteral(ctx, n);
    case 'ContinuedString':
      // Adjacent literals are one: an f-string if any of them is one.
      return children(n).some((p) => p.name === 'FormatString')
        ? formatString(ctx, children(n), scope)
        : stringLiteral(ctx, n);
    case 'FormatString':
      return formatString(ctx, [n], scope);
    case 'Boolean':
      return ctx.constant(h.bool(ctx.text(n) === 'True'));
    case 'None':
      return ctx.constant(h.none());
    case 'ParenthesizedExpression':
      return expr(ctx, children(n)[1]!, scope);
    case 'ArrayExpression':
      return listDisplay(ctx, children(n).filter(isOperand), scope);
    case 'TupleExpression':
      return tupleOf(ctx, children(n).filter(isOperand), scope);
    case 'DictionaryExpression':
      return dictDisplay(ctx, n, scope);
    case 'SetExpression':
      return setDisplay(ctx, children(n).filter(isOperand), scope);
    case 'CallExpression':
      return call(ctx, n, scope);
    case 'MemberExpression': {
      const folded = foldSubscript(ctx, n);
      return folded ? ctx.loadConst(folded) : member(ctx, n, scope);
    }
    case 'BinaryExpression': {
      const folded = foldBinary(ctx, n);
      return folded ? ctx.loadConst(folded) : binary(ctx, n, scope);
    }
    case 'UnaryExpression':
      return unary(ctx, n, scope);
    case 'ConditionalExpression': {
      const [a, , c, , b] = children(n) as SyntaxNode[];
      const then = expr(ctx, a!, scope);
      const test = expr(ctx, c!, scope);
      const other = expr(ctx, b!, scope);
      return { k: 'ifExp', test, then, other };
    }
    case 'ArrayComprehensionExpression':
    case 'SetComprehensionExpression':
    case 'DictionaryComprehensionExpression':
    case 'ComprehensionExpression':
      return comprehension(ctx, n, scope);
    case 'LambdaExpression': {
      const parts = children(n);
      const params = parts.find((c) => c.name === 'ParamList');
      const bodyNode = parts[parts.length - 1]!;
      if (!params) {
        const empty = n; // a lambda without parameters: an empty parameter list
        return makeFunction(ctx, '<lambda>', empty.firstChild!, bodyNode, scope, n, true);
      }
      return makeFunction(ctx, '<lambda>', params, bodyNode, scope, n, true);
    }
    default:
      return ctx.unsupported(describeNode(n.name), n);
  }
}

/**
 * Comma-separated expressions (`nodes`, their commas included) make a tuple, as one does with a
 * trailing comma (`return 1,`); one expression alone is itself.
 */
export function exprList(
  ctx: CompileContext,
  nodes: SyntaxNode[],
  scope: Scope,
  at: SyntaxNode,
): Expr {
  const operands = nodes.filter((c) => c.name !== ',');
  if (operands.length === 0) ctx.unsupported('an empty expression', at);
  if (nodes.length === 1) return expr(ctx, operands[0]!, scope);
  return tupleOf(ctx, operands, scope);
}
