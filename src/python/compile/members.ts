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
  // Comma-separated elements, each a slice (`1:2`) or a value: a tuple of them (`a[1:2, 3]`), as
  // a trailing comma makes one of one (`d[1,]`).
  const elements: SyntaxNode[][] = [[]];
  for (const c of inside) {
    if (c.name === ',') elements.push([]);
    else elements[elements.length - 1]!.push(c);
  }
  if (elements[elements.length - 1]!.length === 0 && elements.length > 1) elements.pop();
  if (elements.some((e) => e.length === 0)) ctx.unsupported('an empty subscript', at);
  const element = (e: SyntaxNode[]): Expr =>
    e.some((c) => c.name === ':') ? sliceExpr(ctx, e, scope) : ctx.expr(e[0]!, scope);
  if (elements.length === 1 && !inside.some((c) => c.name === ',')) return element(elements[0]!);
  if (elements.some((e) => e.some((c) => c.name === ':')))
    return { k: 'tuple', items: elements.map(element) };
  return tupleOf(
    ctx,
    elements.map((e) => e[0]!),
    scope,
  );
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
