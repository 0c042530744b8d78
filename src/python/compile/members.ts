/** Attribute and subscript reads. */
import type { SyntaxNode } from '@lezer/common';
import { PyObject, STACK } from '../../engine';
import { dropTwo, type Ev } from '../frame';
import { getItem } from '../subscript';
import type { CompileContext, Scope } from './context';
import { children } from './syntax';
import { tupleOf } from './displays';

export function subscriptExpr(
  ctx: CompileContext,
  parts: SyntaxNode[],
  scope: Scope,
  at: SyntaxNode,
): Ev {
  const inside = parts.slice(2, -1);
  if (inside.some((c) => c.name === ':')) return sliceExpr(ctx, inside, scope);
  const operands = inside.filter((c) => c.name !== ',');
  if (operands.length === 0) ctx.unsupported('an empty subscript', at);
  return operands.length === 1 ? ctx.evExpr(operands[0]!, scope) : tupleOf(ctx, operands, scope);
}

/** a[i:j:k] builds a slice object (a tuple marked as a slice for the subscript code). */
export function sliceExpr(ctx: CompileContext, inside: SyntaxNode[], scope: Scope): Ev {
  const fields: (SyntaxNode | null)[] = [null, null, null];
  let k = 0;
  for (const c of inside) {
    if (c.name === ':') k++;
    else if (c.name !== ',') fields[k] = c;
  }
  const evs = fields.map((x) => (x ? ctx.evExpr(x, scope) : null));
  const interp = ctx.interp;
  const h = interp.heap;
  return (f) => {
    const base = f.stack.length;
    for (const e of evs) f.stack.push(e ? e(f) : h.none());
    const s = h.newSlice(f.stack.splice(base) as PyObject[]);
    return s;
  };
}

export function member(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ev {
  const parts = children(n);
  const obj = ctx.evExpr(parts[0]!, scope);
  const interp = ctx.interp;
  const h = interp.heap;
  if (parts[1]!.name === '.') {
    const name = ctx.text(parts[2]!);
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const v = interp.getAttr(o, name);
      f.stack.pop();
      h.decref(o, STACK);
      return v;
    };
  }
  const index = subscriptExpr(ctx, parts, scope, n);
  return (f) => {
    const o = obj(f);
    f.stack.push(o);
    const k = index(f);
    f.stack.push(k);
    const v = getItem(interp, o, k);
    dropTwo(h, f, o, k);
    return v;
  };
}
