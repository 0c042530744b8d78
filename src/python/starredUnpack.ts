/**
 * UNPACK_EX, the starred assignment `a, *rest, z = value` (ceval.c's unpack_iterable with a
 * variable target): `before` items are taken from the value's iterator, the rest of it becomes a
 * new list (PySequence_List: list_extend of the iterator, preallocated to its length hint), and
 * the last `after` items are moved from that list's end onto the stack: the list keeps its
 * allocation, only its size shrinks (Py_SET_SIZE). Both the compiling and the running are part of
 * the library: only a program with a starred target reaches them.
 */
import type { SyntaxNode } from '@lezer/common';
import { preallocatedSlots, PyList, STACK, type PyObject } from '../engine';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { forUnpacking, getIter, iterNext, type IteratorObject } from './iteration';
import { lengthHint } from './methods';
import type { CompileContext, Scope } from './compile/context';
import { assignTarget } from './compile/assignment';
import { syntaxError } from './compile/syntax';

/**
 * The store of `a, *rest, z = value`: the values are pushed (new references), the value is
 * released, then the targets are stored left to right.
 */
export function starredTarget(
  ctx: CompileContext,
  nodes: SyntaxNode[],
  scope: Scope,
): (f: Frame, v: PyObject) => void {
  const starAt = nodes.findIndex((x) => x.name === '*');
  const starred = nodes[starAt + 1]!;
  // `*a = v` and `for *a in v`: a lone starred target, outside a list or tuple display.
  const inDisplay = ['ArrayExpression', 'TupleExpression'].includes(nodes[0]!.parent?.name ?? '');
  if (nodes.length === 2 && !inDisplay && starred.nextSibling?.name !== ',')
    throw syntaxError('starred assignment target must be in a list or tuple', ctx.line(starred));
  const targetNodes = nodes.filter((x) => x.name !== '*');
  const before = starAt;
  const after = targetNodes.length - before - 1;
  const targets = targetNodes.map((x) => assignTarget(ctx, x, [x], scope, x));
  const interp = ctx.interp;
  const h = interp.heap;
  return (f, v) => {
    let items: PyObject[];
    try {
      items = unpackStarred(interp, v, before, after);
    } finally {
      h.decref(v, STACK);
    }
    const base = f.stack.length;
    for (let i = items.length - 1; i >= 0; i--) f.stack.push(items[i]!);
    for (const t of targets) t(f, f.stack.pop()!);
    f.stack.length = base;
  };
}

/**
 * The values of the targets in order, new references: the `before` items, the list, the `after`
 * items. The value itself is borrowed (the caller releases it, as UNPACK_EX pops it after).
 */
function unpackStarred(
  interp: Interpreter,
  v: PyObject,
  before: number,
  after: number,
): PyObject[] {
  const h = interp.heap;
  const it = forUnpacking(interp, v, () => getIter(interp, v));
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < before; i++) {
      const w = iterNext(interp, it);
      if (!w) notEnough(interp, before + after, i);
      out.push(w);
    }
    const l = restAsList(interp, it);
    out.push(l);
    const ll = l.items.length;
    if (ll < after) notEnough(interp, before + after, before + ll);
    // The references of the last `after` items move from the list to the stack.
    out.push(...l.items.splice(ll - after));
  } catch (e) {
    // unpack_iterable's error path: what was pushed, most recent first, then the iterator.
    for (let i = out.length - 1; i >= 0; i--) h.decref(out[i]!);
    h.decref(it);
    throw e;
  }
  h.decref(it);
  return out;
}

/**
 * PySequence_List(it): an empty list, preallocated exactly to the iterator's length hint (8 when
 * it has none), each item appended (app1 grows it past that), then cut back if it is less than
 * half used.
 */
function restAsList(interp: Interpreter, it: IteratorObject): PyList {
  const h = interp.heap;
  const l = h.newList([]);
  try {
    const hint = lengthHint(it);
    const guess = hint < 0 ? 8 : hint;
    if (guess > 0) {
      interp.reserve(8 * preallocatedSlots(guess));
      h.listSetAllocated(l, preallocatedSlots(guess));
    }
    h.bulk(Math.max(hint, 0), () => {
      for (let w = iterNext(interp, it); w; w = iterNext(interp, it)) {
        if (l.items.length >= l.allocated) h.listResize(l, l.items.length + 1);
        h.noteMove(w, l, l.items.length);
        l.items.push(w);
      }
    });
    if (l.items.length < l.allocated) h.listResize(l, l.items.length);
  } catch (e) {
    h.decref(l);
    throw e;
  }
  return l;
}

function notEnough(interp: Interpreter, expected: number, got: number): never {
  return interp.raise(
    'ValueError',
    `not enough values to unpack (expected at least ${expected}, got ${got})`,
  );
}
