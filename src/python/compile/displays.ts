/** List, tuple, dict and set displays (ir/displays.ts). */
import type { SyntaxNode } from '@lezer/common';
import { listGrowth, preallocatedSlots, type PyTuple } from '../../engine';
import type { Expr } from '../ir/nodes';
import type { MapItem, SeqItem } from '../ir/displays';
import type { CompileContext, Scope } from './context';
import { children, isOperand } from './syntax';
import { constantValues, foldConstantTuple } from './folding';

/** Display items as pieces, `*` marking the expression after it. */
export function seqItems(ctx: CompileContext, items: SyntaxNode[], scope: Scope): SeqItem[] {
  const pieces: SeqItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const star = items[i]!.name === '*';
    if (star) i++;
    pieces.push({ star, value: ctx.expr(items[i]!, scope) });
  }
  return pieces;
}

export function listDisplay(ctx: CompileContext, items: SyntaxNode[], scope: Scope): Expr {
  if (items.some((x) => x.name === '*'))
    return { k: 'starred', into: 'list', items: seqItems(ctx, items, scope) };
  const h = ctx.interp.heap;
  // More than two constants: BUILD_LIST, then LIST_EXTEND from one constant tuple.
  const values = items.length > 2 ? constantValues(ctx, items) : null;
  if (values) {
    const folded = ctx.pool.built(h.newTuple(values)) as PyTuple;
    ctx.code.add(folded);
    return { k: 'constList', tuple: folded, allocated: displaySlots(items.length, true) };
  }
  const evs = items.map((x) => ctx.expr(x, scope));
  const allocated = displaySlots(items.length, items.length > 2 && allConstant(ctx, items));
  return { k: 'list', items: evs, allocated };
}

/** Are these items all constants (which CPython folds into one constant tuple)? */
export function allConstant(ctx: CompileContext, items: SyntaxNode[]): boolean {
  const constant = (n: SyntaxNode): boolean => {
    switch (n.name) {
      case 'Number':
        return !/[jJ]$/.test(ctx.text(n));
      case 'Boolean':
      case 'None':
        return true;
      case 'String':
        return !/^[a-zA-Z]*[bB]/.test(ctx.text(n));
      case 'UnaryExpression':
        return /^[-+]/.test(ctx.text(n)) && children(n)[1]?.name === 'Number';
      case 'TupleExpression':
        return children(n).filter(isOperand).every(constant);
      default:
        return false;
    }
  };
  return items.every(constant);
}

/** A tuple of these items: built, or one constant when they all are (fold_tuple). */
export function tupleOf(ctx: CompileContext, items: SyntaxNode[], scope: Scope): Expr {
  if (items.some((x) => x.name === '*'))
    return { k: 'starred', into: 'tuple', items: seqItems(ctx, items, scope) };
  const folded = foldConstantTuple(ctx, items);
  if (folded) return ctx.loadConst(folded);
  return { k: 'tuple', items: items.map((x) => ctx.expr(x, scope)) };
}

export function dictDisplay(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  const items = children(n).filter(
    (c) => c.name !== '{' && c.name !== '}' && c.name !== ',' && c.name !== ':',
  );
  if (items.some((x) => x.name === '**')) {
    const pieces: MapItem[] = [];
    for (let i = 0; i < items.length; i++) {
      if (items[i]!.name === '**') {
        pieces.push({ k: 'spread', value: ctx.expr(items[++i]!, scope) });
      } else {
        const key = ctx.expr(items[i]!, scope);
        pieces.push({ k: 'pair', key, value: ctx.expr(items[++i]!, scope) });
      }
    }
    return { k: 'mergedDict', items: pieces };
  }
  return { k: 'dict', items: items.map((x) => ctx.expr(x, scope)) };
}

/** A set display: BUILD_SET of the items, or of one constant frozenset, or with `*` items. */
export function setDisplay(ctx: CompileContext, items: SyntaxNode[], scope: Scope): Expr {
  if (items.some((x) => x.name === '*'))
    return { k: 'starred', into: 'set', items: seqItems(ctx, items, scope) };
  // More than two constants: BUILD_SET, then SET_UPDATE from one constant frozenset.
  const values = items.length > 2 ? constantValues(ctx, items) : null;
  if (values) return { k: 'constSet', frozen: ctx.pool.frozenset(values, ctx.code) };
  return { k: 'set', items: items.map((x) => ctx.expr(x, scope)) };
}

function displaySlots(n: number, allConstant: boolean): number {
  if (allConstant) return preallocatedSlots(n);
  if (n <= 30) return n;
  let allocated = 0;
  for (let size = 0; size < n; size++)
    if (size >= allocated) allocated = listGrowth(size + 1, size);
  return allocated;
}
