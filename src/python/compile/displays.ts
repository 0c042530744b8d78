/** List, tuple, dict and set displays. */
import type { SyntaxNode } from '@lezer/common';
import { listGrowth, preallocatedSlots, PyObject, PyTuple, STACK } from '../../engine';
import type { Ev } from '../frame';
import {
  buildMergedDict,
  buildStarredList,
  buildStarredSet,
  listToTuple,
  type MapPiece,
  type SeqPiece,
} from '../unpacking';
import { setAdd } from '../methods';
import type { CompileContext, Scope } from './context';
import { children, isOperand } from './syntax';
import { constantValues, foldConstantTuple } from './folding';

/** Display items as pieces, `*` marking the expression after it. */
export function seqPieces(ctx: CompileContext, items: SyntaxNode[], scope: Scope): SeqPiece[] {
  const pieces: SeqPiece[] = [];
  for (let i = 0; i < items.length; i++) {
    const star = items[i]!.name === '*';
    if (star) i++;
    pieces.push({ star, ev: ctx.evExpr(items[i]!, scope) });
  }
  return pieces;
}

export function listDisplay(ctx: CompileContext, items: SyntaxNode[], scope: Scope): Ev {
  if (items.some((x) => x.name === '*')) {
    const pieces = seqPieces(ctx, items, scope);
    const interp = ctx.interp;
    return (f) => buildStarredList(interp, f, pieces);
  }
  const h = ctx.interp.heap;
  // More than two constants: BUILD_LIST, then LIST_EXTEND from one constant tuple.
  const values = items.length > 2 ? constantValues(ctx, items) : null;
  if (values) {
    const folded = ctx.pool.built(h.newTuple(values)) as PyTuple;
    ctx.code.add(folded);
    const allocated = displaySlots(items.length, true);
    return () => {
      for (const v of folded.items) h.incref(v, STACK);
      return h.newList(folded.items.slice(), allocated);
    };
  }
  const evs = items.map((x) => ctx.evExpr(x, scope));
  const allocated = displaySlots(items.length, items.length > 2 && allConstant(ctx, items));
  return (f) => {
    const base = f.stack.length;
    for (const e of evs) f.stack.push(e(f));
    // BUILD_LIST steals the items from the stack.
    const list = h.newList(f.stack.splice(base) as PyObject[], allocated);
    return list;
  };
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

export function tupleOf(ctx: CompileContext, items: SyntaxNode[], scope: Scope): Ev {
  if (items.some((x) => x.name === '*')) {
    const pieces = seqPieces(ctx, items, scope);
    const interp = ctx.interp;
    return (f) => listToTuple(interp, buildStarredList(interp, f, pieces));
  }
  const folded = foldConstantTuple(ctx, items);
  if (folded) return ctx.evConst(folded);
  const evs = items.map((x) => ctx.evExpr(x, scope));
  const h = ctx.interp.heap;
  return (f) => {
    const base = f.stack.length;
    for (const e of evs) f.stack.push(e(f));
    const t = h.newTuple(f.stack.splice(base) as PyObject[]);
    return t;
  };
}

export function dictDisplay(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ev {
  const items = children(n).filter(
    (c) => c.name !== '{' && c.name !== '}' && c.name !== ',' && c.name !== ':',
  );
  const interp = ctx.interp;
  if (items.some((x) => x.name === '**')) {
    const pieces: MapPiece[] = [];
    for (let i = 0; i < items.length; i++) {
      if (items[i]!.name === '**') {
        pieces.push({ kind: 'spread', ev: ctx.evExpr(items[++i]!, scope) });
      } else {
        const key = ctx.evExpr(items[i]!, scope);
        pieces.push({ kind: 'pair', key, value: ctx.evExpr(items[++i]!, scope) });
      }
    }
    return (f) => buildMergedDict(interp, f, pieces, null);
  }
  const evs = items.map((x) => ctx.evExpr(x, scope));
  const h = interp.heap;
  return (f) => {
    const base = f.stack.length;
    for (const e of evs) f.stack.push(e(f));
    // BUILD_MAP: insert key/value pairs in order, then release the stack's references.
    const d = h.newDict();
    try {
      for (let i = base; i < f.stack.length; i += 2) {
        interp.hashGuard(() => h.dictSet(d, f.stack[i]!, f.stack[i + 1]!));
      }
    } catch (e) {
      h.decref(d);
      throw e;
    }
    const held = f.stack.slice(base) as PyObject[];
    f.stack.length = base;
    for (const o of held) h.decref(o, STACK);
    return d;
  };
}

/** BUILD_SET: each item is added (a new reference, none for a duplicate), then the stack's released. */
export function setDisplay(ctx: CompileContext, items: SyntaxNode[], scope: Scope): Ev {
  const interp = ctx.interp;
  if (items.some((x) => x.name === '*')) {
    const pieces = seqPieces(ctx, items, scope);
    return (f) => buildStarredSet(interp, f, pieces);
  }
  const h = interp.heap;
  // More than two constants: BUILD_SET, then SET_UPDATE from one constant frozenset.
  const values = items.length > 2 ? constantValues(ctx, items) : null;
  if (values) {
    const frozen = ctx.pool.frozenset(values, ctx.code);
    return () => h.newSetFromFrozen(frozen);
  }
  const evs = items.map((x) => ctx.evExpr(x, scope));
  return (f) => {
    const base = f.stack.length;
    for (const e of evs) f.stack.push(e(f));
    const s = h.newSet();
    try {
      for (let i = base; i < f.stack.length; i++) setAdd(interp, s, f.stack[i]!);
    } catch (e) {
      h.decref(s);
      throw e;
    }
    for (const o of f.stack.splice(base) as PyObject[]) h.decref(o, STACK);
    return s;
  };
}

function displaySlots(n: number, allConstant: boolean): number {
  if (allConstant) return preallocatedSlots(n);
  if (n <= 30) return n;
  let allocated = 0;
  for (let size = 0; size < n; size++)
    if (size >= allocated) allocated = listGrowth(size + 1, size);
  return allocated;
}
