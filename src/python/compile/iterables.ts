/**
 * fold_iter of CPython's AST optimizer: a display that is iterated (`for`, a comprehension's
 * `for`) or searched (`in`) is a constant when its items are: a list's a constant tuple, a set's a
 * constant frozenset (the library's, frozenset.ts).
 */
import type { SyntaxNode } from '@lezer/common';
import type { PyObject } from '../../engine';
import type { Expr } from '../ir/nodes';
import type { CompileContext, Scope } from './context';
import { constantValue, foldConstantTuple } from './folding';
import { children, isOperand } from './syntax';

/** The iterable `n` of a for clause or the container of an `in` test, folded where it can be. */
export function iterExpr(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  const items = children(n).filter(isOperand);
  const library = ctx.interp.library;
  if (n.name === 'ArrayExpression') {
    const t = foldConstantTuple(ctx, items);
    if (t) return ctx.loadConst(t);
  }
  if (n.name !== 'SetExpression' || !library) return ctx.expr(n, scope);
  // The parse tree's frozenset holds this display's own literals: the unit's constants only
  // where a literal was the first of its value (it won its merge); the code objects share one
  // frozenset made again from the unit's constants (merge_consts_recursive).
  const h = ctx.interp.heap;
  const values: PyObject[] = [];
  const own: PyObject[] = [];
  for (const x of items) {
    const before = ctx.pool.parseTreeSize;
    const v = constantValue(ctx, x);
    if (!v) {
      for (const made of [...values, ...own]) h.decref(made);
      return ctx.expr(n, scope);
    }
    h.incref(v);
    values.push(v);
    if (ctx.pool.parseTreeSize > before) own.push((h.incref(v), v));
  }
  const make = library.operators.constantFrozenset;
  const key = [...new Set(values.map((v) => v.address))].sort().join();
  let merged = ctx.foldedSets.get(key);
  if (merged) for (const v of values) h.decref(v);
  else ctx.foldedSets.set(key, (merged = ctx.pool.literal(make(ctx.interp, values, true))));
  ctx.pool.literal(make(ctx.interp, own, false));
  return ctx.loadConst(merged);
}
