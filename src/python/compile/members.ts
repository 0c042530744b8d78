/** Attribute and subscript reads, and the index of a subscript (a slice, a tuple, one value). */
import type { SyntaxNode } from '@lezer/common';
import type { Expr } from '../ir/nodes';
import type { BuildSlice, MemberExpr } from '../ir/assignment';
import type { CompileContext, Scope } from './context';
import { children } from './syntax';
import { tupleOf } from './displays';

/** The index of `a[...]` (`parts`: the MemberExpression's children): a slice, a tuple, a value. */
export function subscriptExpr(
  ctx: CompileContext,
  parts: SyntaxNode[],
  scope: Scope,
  at: SyntaxNode,
): Expr {
  const inside = parts.slice(2, -1);
  if (inside.some((c) => c.name === ':')) return sliceExpr(ctx, inside, scope);
  const operands = inside.filter((c) => c.name !== ',');
  if (operands.length === 0) ctx.unsupported('an empty subscript', at);
  // `d[1,]` is d[(1,)].
  return inside.length === 1 ? ctx.expr(operands[0]!, scope) : tupleOf(ctx, operands, scope);
}

/** a[i:j:k] builds a slice object (BUILD_SLICE), its fields evaluated in order. */
export function sliceExpr(ctx: CompileContext, inside: SyntaxNode[], scope: Scope): BuildSlice {
  const fields: (SyntaxNode | null)[] = [null, null, null];
  let k = 0;
  for (const c of inside) {
    if (c.name === ':') k++;
    else if (c.name !== ',') fields[k] = c;
  }
  const [start, stop, step] = fields.map((x) => (x ? ctx.expr(x, scope) : null));
  return { k: 'slice', start: start ?? null, stop: stop ?? null, step: step ?? null };
}

/** `obj.name` (LOAD_ATTR) or `obj[index]` (BINARY_SUBSCR): the object first, then the index. */
export function member(ctx: CompileContext, n: SyntaxNode, scope: Scope): MemberExpr {
  const parts = children(n);
  const obj = ctx.expr(parts[0]!, scope);
  if (parts[1]!.name === '.') return { k: 'loadAttr', obj, name: ctx.text(parts[2]!) };
  return { k: 'loadItem', obj, index: subscriptExpr(ctx, parts, scope, n) };
}
