/** Constant folding as CPython's AST optimizer does it (ast_opt.c). */
import type { SyntaxNode } from '@lezer/common';
import { PyBool, PyFloat, PyInt, PyObject, PyStr, PyTuple } from '../../engine';
import { PyError } from '../errors';
import { BINARY_OPS, BITWISE, binaryOp, negate, type BinaryOp } from '../operators';
import { parseNumber, parseStringLiteral } from '../literals';
import { getItem } from '../subscript';
import { isInternable } from '../constants';
import type { CompileContext } from './context';
import type { Interpreter } from '../interpreter';
import { children, isOperand } from './syntax';

/**
 * CPython's AST optimizer folds a tuple of constants into one constant tuple (fold_tuple): the
 * unit's constant for it (borrowed), or null when an item is not a constant.
 */
export function foldConstantTuple(ctx: CompileContext, items: SyntaxNode[]): PyObject | null {
  const values = constantValues(ctx, items);
  if (!values) return null;
  return ctx.pool.literal(ctx.interp.heap.newTuple(values));
}

/**
 * The unit's constants for these items, each with a new reference for the tuple that will hold
 * them; null (nothing taken) when one is not a constant.
 */
export function constantValues(ctx: CompileContext, items: SyntaxNode[]): PyObject[] | null {
  const h = ctx.interp.heap;
  const values: PyObject[] = [];
  for (const x of items) {
    const v = constantValue(ctx, x);
    if (!v) {
      for (const made of values) h.decref(made);
      return null;
    }
    h.incref(v);
    values.push(v);
  }
  return values;
}

/**
 * The unit's constant (borrowed) for a literal or a folded constant expression, or null. Past
 * FOLD_DEPTH levels of nesting an expression is left unfolded (the compiler's own depth checks
 * then decide about it).
 */
export function constantValue(ctx: CompileContext, n: SyntaxNode): PyObject | null {
  if (ctx.foldDepth > FOLD_DEPTH) return null;
  ctx.foldDepth++;
  try {
    return constantValueAt(ctx, n);
  } finally {
    ctx.foldDepth--;
  }
}

export function constantValueAt(ctx: CompileContext, n: SyntaxNode): PyObject | null {
  const h = ctx.interp.heap;
  if (n.name === 'Number' && !/[jJ]$/.test(ctx.text(n)))
    return ctx.pool.literal(parseNumber(h, ctx.text(n), () => null as never));
  if (n.name === 'Boolean') return ctx.pool.literal(h.bool(ctx.text(n) === 'True'));
  if (n.name === 'None') return ctx.pool.literal(h.none());
  if (n.name === 'String') {
    const lit = parseStringLiteral(ctx.text(n));
    return lit.bytes ? null : ctx.pool.literal(h.newStr(lit.value, isInternable(lit.value)));
  }
  if (n.name === 'UnaryExpression') return foldUnary(ctx, n);
  if (n.name === 'TupleExpression') return foldConstantTuple(ctx, children(n).filter(isOperand));
  if (n.name === 'ParenthesizedExpression') {
    const inner = children(n)[1];
    return inner ? constantValue(ctx, inner) : null;
  }
  if (n.name === 'BinaryExpression') return foldBinary(ctx, n);
  if (n.name === 'MemberExpression') return foldSubscript(ctx, n);
  return null;
}

/**
 * fold_unaryop: `-` or `+` of a constant (a number literal, or anything folded) is computed at
 * compile time; the unit's constant for the result (borrowed), or null.
 */
export function foldUnary(ctx: CompileContext, n: SyntaxNode): PyObject | null {
  const h = ctx.interp.heap;
  const [opNode, operand] = children(n);
  const op = opNode && ctx.text(opNode);
  const library = ctx.interp.library;
  if (op === '~' && library && operand) {
    // fold_unaryop of ~: an int's (a bool's) inverse.
    const v = constantValue(ctx, operand);
    return v && intLike(v) ? ctx.pool.literal(library.operators.unary(ctx.interp, '~', v)) : null;
  }
  if ((op !== '-' && op !== '+') || !operand) return null;
  if (operand.name === 'Number' && !/[jJ]$/.test(ctx.text(operand)))
    return ctx.pool.literal(
      parseNumber(h, (op === '-' ? '-' : '') + ctx.text(operand), () => null as never),
    );
  const v = constantValue(ctx, operand);
  if (!(v instanceof PyInt || v instanceof PyFloat)) return null;
  if (op === '+') return v;
  return ctx.pool.literal(negate(ctx.interp, v));
}

/**
 * fold_binop of CPython's AST optimizer: an arithmetic operator on two constants is computed
 * at compile time, unless the result could be big (safe_multiply, safe_power: 128 bits of int,
 * 4096 characters of str), `%` formats a str, or computing it raises. The unit's constant for
 * the result (borrowed), or null.
 */
export function foldBinary(ctx: CompileContext, n: SyntaxNode): PyObject | null {
  const [left, opNode, right, extra] = children(n);
  if (!left || !opNode || !right || extra) return null;
  const op = ctx.text(opNode);
  if (!BINARY_OPS.includes(op) || (!ctx.interp.library && BITWISE.includes(op))) return null;
  const a = constantValue(ctx, left);
  if (!a) return null;
  const b = constantValue(ctx, right);
  if (!b || !foldable(op, a, b)) return null;
  const interp = ctx.interp;
  let r: PyObject;
  try {
    r = binaryOp(interp, op as BinaryOp, a, b);
  } catch (e) {
    // make_const: an error leaves the expression to raise when it runs.
    if (e instanceof PyError) {
      interp.releaseError(e);
      return null;
    }
    throw e;
  }
  return ctx.pool.literal(internedConstant(interp, r));
}

/**
 * A folded str is a constant like a literal: intern_string_constants interns it when it is made
 * of name characters, so `"hel" + "lo" is "hello"` even when the literal came in another
 * statement. `r` is a new reference; so is the result.
 */
function internedConstant(interp: Interpreter, r: PyObject): PyObject {
  if (!(r instanceof PyStr) || !isInternable(r.value)) return r;
  const interned = interp.heap.newStr(r.value, true);
  interp.heap.decref(r);
  return interned;
}

/**
 * fold_subscr: a constant subscripted by one constant (`'abc'[1]`, `(1000, 2000)[0]`; never a
 * slice) is computed at compile time, unless that raises. A str result is a constant like a
 * literal: interned when made of name characters, so `'abc'[1] is 'b'` (where the runtime's
 * `s[1]` is the one-character singleton, latin1Chars.ts). The unit's constant (borrowed), or null.
 */
export function foldSubscript(ctx: CompileContext, n: SyntaxNode): PyObject | null {
  const parts = children(n);
  const inside = parts.slice(2, -1);
  if (parts[1]?.name !== '[' || inside.length !== 1 || inside[0]!.name === ':') return null;
  // The container is folded away: its objects are the parse tree's own (an item equal to an
  // earlier constant is a copy that only the parse tree holds), and the result is merged below.
  const [container, index] = ctx.pool.unmerged(() => [
    constantValue(ctx, parts[0]!),
    constantValue(ctx, inside[0]!),
  ]);
  if (!container || !index) return null;
  const interp = ctx.interp;
  let r: PyObject;
  try {
    r = getItem(interp, container, index);
  } catch (e) {
    if (e instanceof PyError) {
      interp.releaseError(e);
      return null;
    }
    throw e;
  }
  return ctx.pool.literal(internedConstant(interp, r));
}

/** How deeply nested an expression `constantValue` still folds. */
const FOLD_DEPTH = 100;

function intBits(o: PyInt | PyBool): number {
  const v = o instanceof PyBool ? BigInt(+o.value) : BigInt(o.value);
  return (v < 0n ? -v : v).toString(2).replace(/^0$/, '').length;
}

function intLike(o: PyObject): o is PyInt | PyBool {
  return o instanceof PyInt || o instanceof PyBool;
}

function foldable(op: string, a: PyObject, b: PyObject): boolean {
  const MAX_INT_SIZE = 128;
  const MAX_STR_SIZE = 4096;
  const MAX_COLLECTION_SIZE = 256;
  if (op === '%') return !(a instanceof PyStr);
  if (op === '**') {
    if (!intLike(a) || !intLike(b) || intBits(a) === 0) return true;
    const w = b instanceof PyBool ? +b.value : Number(b.value);
    if (w <= 0) return true;
    return intBits(a) <= Math.floor(MAX_INT_SIZE / w);
  }
  if (op === '<<' && intLike(a) && intLike(b) && intBits(a) > 0)
    // safe_lshift: at most 128 bits (a negative count raises, so is not folded either).
    return Number(b.value) >= 0 && intBits(a) + Number(b.value) <= MAX_INT_SIZE;
  if (op !== '*') return true;
  if (intLike(a) && intLike(b)) {
    if (intBits(a) === 0 || intBits(b) === 0) return true;
    return intBits(a) + intBits(b) <= MAX_INT_SIZE;
  }
  const [count, seq] = intLike(a) ? [a, b] : intLike(b) ? [b, a] : [null, null];
  if (!count || !seq) return true;
  const n = count instanceof PyBool ? +count.value : Number(count.value);
  if (seq instanceof PyStr) {
    const size = [...seq.value].length;
    return size === 0 || (n >= 0 && n <= Math.floor(MAX_STR_SIZE / size));
  }
  if (seq instanceof PyTuple) {
    const size = seq.items.length;
    return size === 0 || (n >= 0 && n <= Math.floor(MAX_COLLECTION_SIZE / size));
  }
  return true;
}
