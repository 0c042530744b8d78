/** Binary, comparison, boolean and unary operators. */
import type { SyntaxNode } from '@lezer/common';
import { PyFloat, PyInt, PyObject, STACK } from '../../engine';
import { dropTwo, Frame, type Ev } from '../frame';
import {
  BINARY_OPS,
  binaryOp,
  compare,
  contains,
  negate,
  truthy,
  type BinaryOp,
  type CompareOp,
} from '../operators';
import { parseNumber } from '../literals';
import type { CompileContext, Scope } from './context';
import { children, isComparison } from './syntax';
import { foldUnary } from './folding';
import { iterExpr } from './iterables';
import { libraryOf } from '../library';

export function binary(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ev {
  const [left, opNode, ...rest] = children(n) as SyntaxNode[];
  const opText = ctx.text(opNode!);
  const interp = ctx.interp;
  const h = interp.heap;
  if (opText === 'and' || opText === 'or') {
    return andOr(ctx, ctx.expr(left!, scope), ctx.expr(rest[0]!, scope), opText === 'and');
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
    const b = ctx.expr(right, scope);
    return (f) => {
      const x = a(f);
      f.stack.push(x);
      const y = b(f);
      f.stack.push(y);
      const r = binaryOp(interp, op as BinaryOp, x, y);
      dropTwo(h, f, x, y);
      return r;
    };
  }
  if (!['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in'].includes(op)) {
    ctx.unsupported(`the '${op}' operator`, n);
  }
  const test = (x: PyObject, y: PyObject): boolean => {
    switch (op) {
      case 'is':
        return x === y;
      case 'is not':
        return x !== y;
      case 'in':
        return contains(interp, y, x);
      case 'not in':
        return !contains(interp, y, x);
      default:
        return compare(interp, op as CompareOp, x, y);
    }
  };
  // a < b < c: the left side is itself an unparenthesised comparison.
  if (left!.name === 'BinaryExpression' && isComparison(ctx.text(children(left!)[1]!))) {
    const chainLeft = comparisonChain(ctx, left!, scope);
    const b = op.endsWith('in') ? iterExpr(ctx, right, scope) : ctx.expr(right, scope);
    return (f) => {
      const mid = chainLeft(f);
      if (!mid) return h.bool(false);
      f.stack.push(mid);
      const y = b(f);
      f.stack.push(y);
      const t = test(mid, y);
      dropTwo(h, f, mid, y);
      return h.bool(t);
    };
  }
  const a = ctx.expr(left!, scope);
  const b = op.endsWith('in') ? iterExpr(ctx, right, scope) : ctx.expr(right, scope);
  return (f) => {
    const x = a(f);
    f.stack.push(x);
    const y = b(f);
    f.stack.push(y);
    const t = test(x, y);
    dropTwo(h, f, x, y);
    return h.bool(t);
  };
}

/** For a chain, the left comparison: null when false, else its right operand (owned). */
export function comparisonChain(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
): (f: Frame) => PyObject | null {
  const [left, , right] = children(n) as [SyntaxNode, SyntaxNode, SyntaxNode];
  const interp = ctx.interp;
  const h = interp.heap;
  const op = ctx.text(children(n)[1]!) as CompareOp;
  if (!['==', '!=', '<', '<=', '>', '>='].includes(op))
    ctx.unsupported('chained identity or membership tests', n);
  const a =
    left.name === 'BinaryExpression' && isComparison(ctx.text(children(left)[1]!))
      ? null
      : ctx.expr(left, scope);
  const inner = a ? null : comparisonChain(ctx, left, scope);
  const b = ctx.expr(right, scope);
  return (f) => {
    const x = a ? a(f) : inner!(f);
    if (!x) return null;
    f.stack.push(x);
    const y = b(f);
    f.stack.push(y);
    const t = compare(interp, op, x, y);
    f.stack.pop();
    f.stack.pop();
    h.decref(x, STACK);
    if (!t) {
      h.decref(y, STACK);
      return null;
    }
    return y;
  };
}

/** `a and b` / `a or b`: the deciding operand itself is the result. */
export function andOr(ctx: CompileContext, a: Ev, b: Ev, isAnd: boolean): Ev {
  const interp = ctx.interp;
  const h = interp.heap;
  return (f) => {
    const v = a(f);
    f.stack.push(v);
    const t = truthy(interp, v);
    f.stack.pop();
    if (t !== isAnd) return v;
    h.decref(v, STACK);
    return b(f);
  };
}

/**
 * `not X`, where lezer's tree puts `not` over a whole `and`/`or` or conditional expression:
 * Python's `not` binds tighter than those, so it applies to their leftmost operand.
 */
export function notOf(ctx: CompileContext, operand: SyntaxNode, scope: Scope): Ev {
  const parts = children(operand);
  if (operand.name === 'BinaryExpression') {
    const op = ctx.text(parts[1]!);
    if (op === 'and' || op === 'or') {
      return andOr(ctx, notOf(ctx, parts[0]!, scope), ctx.expr(parts[2]!, scope), op === 'and');
    }
  }
  if (operand.name === 'ConditionalExpression') {
    const [a, , c, , b] = parts as SyntaxNode[];
    const then = notOf(ctx, a!, scope);
    const test = ctx.condition(c!, scope);
    const other = ctx.expr(b!, scope);
    return (f) => (test(f) ? then(f) : other(f));
  }
  const e = ctx.expr(operand, scope);
  const interp = ctx.interp;
  const h = interp.heap;
  return (f) => {
    const v = e(f);
    f.stack.push(v);
    const t = truthy(interp, v);
    f.stack.pop();
    h.decref(v, STACK);
    return h.bool(!t);
  };
}

export function unary(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ev {
  const [opNode, operand] = children(n) as [SyntaxNode, SyntaxNode];
  const op = ctx.text(opNode);
  const interp = ctx.interp;
  const h = interp.heap;
  if (op === '-' && operand.name === 'Number') {
    const text = ctx.text(operand);
    return ctx.constant(parseNumber(h, '-' + text, () => ctx.unsupported('complex numbers', n)));
  }
  const folded = op !== 'not' ? foldUnary(ctx, n) : null;
  if (folded) return ctx.loadConst(folded);
  if (op === 'not') return notOf(ctx, operand, scope);
  const e = ctx.expr(operand, scope);
  if (op === '-' || op === '+' || op === '~') {
    return (f) => {
      const v = e(f);
      f.stack.push(v);
      // +x of an int or a float is x; the rest (~, a bool's +, a class's __pos__...) the library's.
      const r =
        op === '-'
          ? negate(interp, v)
          : op === '+' && (v instanceof PyInt || v instanceof PyFloat)
            ? (h.incref(v), v)
            : libraryOf(interp).operators.unary(interp, op, v);
      f.stack.pop();
      h.decref(v, STACK);
      return r;
    };
  }
  return ctx.unsupported(`the unary '${op}' operator`, n);
}
