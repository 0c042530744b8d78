/**
 * List, set and dict comprehensions as CPython 3.11 runs them: each is a function of its own
 * (`<listcomp>`, `<setcomp>`, `<dictcomp>`) made where the comprehension stands, called at once
 * with the iterator of its first `for` as its only argument (`.0`). Its targets are locals of that
 * frame (they do not leak), the result is built on the frame's value stack, and enclosing
 * variables are read through cells like any closure's. (3.12 inlines them, PEP 709.)
 */
import { STACK, type PyList, type PySet, type PyObject } from '../engine';
import { dropTwo, Signal, type Ev, type Ex, type Frame } from './frame';
import type { Interpreter } from './interpreter';
import { getIter, getIterOnStack, iterNext, type IteratorObject } from './iteration';
import { setAdd } from './methods';
import { setItem } from './subscript';

export type ComprehensionKind = 'list' | 'set' | 'dict';

/** A `for` clause (its iterable: null for the first, which is the argument `.0`) or an `if`. */
export type Clause =
  | {
      readonly kind: 'for';
      readonly target: (f: Frame, v: PyObject) => void;
      readonly iter: Ev | null;
      /** The line of its iterable (a comprehension may span lines). */
      readonly line: number;
    }
  | { readonly kind: 'if'; readonly test: (f: Frame) => boolean; readonly line: number };

/**
 * A `for` clause's iterator, pushed on the stack for its loop: GET_ITER of its iterable, or for
 * the first clause LOAD_FAST .0 (the iterator is on the stack as well as in `.0`).
 */
export function pushClauseIterator(
  interp: Interpreter,
  f: Frame,
  c: Extract<Clause, { kind: 'for' }>,
): IteratorObject {
  const h = interp.heap;
  if (c.iter) {
    return getIterOnStack(interp, f, c.iter(f));
  }
  const it = f.fast[0] as IteratorObject;
  h.incref(it, STACK);
  f.stack.push(it);
  return it;
}

/**
 * The comprehension function's body: BUILD_LIST/BUILD_SET/BUILD_MAP, the nested loops, and
 * LIST_APPEND/SET_ADD/MAP_ADD of each element (a dict's key evaluated before its value).
 */
export function comprehensionBody(
  interp: Interpreter,
  kind: ComprehensionKind,
  clauses: readonly Clause[],
  element: readonly Ev[],
  /** The line of each element expression (a dict's key and value). */
  elementLines: readonly number[],
): Ex {
  const h = interp.heap;
  const add = (f: Frame, acc: PyObject): void => {
    f.lineno = elementLines[0]!;
    if (kind === 'dict') {
      const k = element[0]!(f);
      f.stack.push(k);
      f.lineno = elementLines[1]!;
      const v = element[1]!(f);
      f.stack.push(v);
      setItem(interp, acc, k, v);
      dropTwo(h, f, k, v);
      return;
    }
    const v = element[0]!(f);
    f.stack.push(v);
    if (kind === 'list') h.listAppend(acc as PyList, v);
    else setAdd(interp, acc as PySet, v);
    f.stack.pop();
    h.decref(v, STACK);
  };
  /** Runs clauses from `i` on; false when an `if` skipped the element. */
  const run = (f: Frame, acc: PyObject, i: number): boolean => {
    if (i === clauses.length) {
      add(f, acc);
      return true;
    }
    const c = clauses[i]!;
    f.lineno = c.line;
    if (c.kind === 'if') return c.test(f) ? run(f, acc, i + 1) : false;
    const it = pushClauseIterator(interp, f, c);
    for (;;) {
      f.lineno = c.line;
      const v = iterNext(interp, it);
      if (!v) break;
      c.target(f, v);
      // JUMP_BACKWARD counts towards quickening; an `if` that fails jumps back without it.
      if (run(f, acc, i + 1)) f.code.warmup++;
    }
    f.stack.pop();
    h.decref(it, STACK);
    return true;
  };
  return (f) => {
    const acc: PyObject =
      kind === 'list' ? h.newList([]) : kind === 'set' ? h.newSet() : h.newDict();
    f.stack.push(acc);
    run(f, acc, 0);
    f.stack.pop();
    f.retval = acc;
    return Signal.Return;
  };
}

/**
 * Where the comprehension stands: MAKE_FUNCTION, the first iterable, GET_ITER, then CALL 0 with
 * the function in the method slot, so the iterator moves into the call as its argument.
 */
export function callComprehension(interp: Interpreter, make: Ev, firstIterable: Ev): Ev {
  const h = interp.heap;
  return (f) => {
    const base = f.stack.length;
    f.stack.push(make(f));
    const seq = firstIterable(f);
    f.stack.push(seq);
    const it = getIter(interp, seq);
    f.stack[base + 1] = it;
    h.decref(seq, STACK);
    return interp.callFromStack(f, base, null);
  };
}
