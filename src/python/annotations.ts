/**
 * Annotations as CPython 3.11 runs them (no `from __future__ import annotations`):
 * - a function's: MAKE_FUNCTION is given a tuple ('a', <annotation>, ..., 'return', <annotation>),
 *   which the function keeps until `__annotations__` is first read and turns it into a dict
 *   (functionAttributes.ts);
 * - a module's or class body's: SETUP_ANNOTATIONS makes `__annotations__` at the start of a
 *   body that has an annotated assignment anywhere (outside nested defs and classes); then
 *   `x: T = v` assigns first, evaluates T last and stores it under 'x'. A function body neither
 *   makes the dict nor evaluates the annotations of its local variables.
 */
import type { SyntaxNode } from '@lezer/common';
import { PyDict, STACK, type PyObject } from '../engine';
import { dropTwo, type Ev, type Frame } from './frame';
import type { Interpreter } from './interpreter';
import { setItem } from './subscript';

/** BUILD_TUPLE of each parameter's name (a constant) and its evaluated annotation. */
export function annotationTuple(
  interp: Interpreter,
  entries: readonly (readonly [string, Ev])[],
): Ev {
  const h = interp.heap;
  return (f) => {
    const base = f.stack.length;
    for (const [name, value] of entries) {
      const key = interp.key(name);
      h.incref(key, STACK);
      f.stack.push(key);
      f.stack.push(value(f));
    }
    return h.newTuple(f.stack.splice(base) as PyObject[]);
  };
}

/** The compound statements find_ann looks into (their bodies); never into expressions. */
const COMPOUND = new Set([
  'IfStatement',
  'WhileStatement',
  'ForStatement',
  'TryStatement',
  'WithStatement',
  'MatchStatement',
  'MatchClause',
  'Body',
]);

/** find_ann: does this body have an annotated assignment, outside nested defs and classes? */
export function hasAnnotations(nodes: readonly SyntaxNode[]): boolean {
  for (const n of nodes) {
    if (n.name === 'AssignStatement') {
      if (childNodes(n).some((c) => c.name === 'TypeDef')) return true;
    } else if (COMPOUND.has(n.name) && hasAnnotations(childNodes(n))) return true;
  }
  return false;
}

function childNodes(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** SETUP_ANNOTATIONS: a new `__annotations__` dict in the body's namespace unless it has one. */
export function setupAnnotations(interp: Interpreter, f: Frame): void {
  const h = interp.heap;
  const ns = f.names ?? f.globals;
  if (h.dictGet(ns, interp.key('__annotations__'))) return;
  const d = h.newDict();
  h.dictSet(ns, interp.key('__annotations__'), d);
  h.decref(d);
}

/** `__annotations__['x'] = T` after `x: T [= v]` in a module or class body. */
export function storeAnnotation(
  interp: Interpreter,
  f: Frame,
  loadAnnotations: Ev,
  name: string,
  value: PyObject,
): void {
  const h = interp.heap;
  f.stack.push(value);
  const d = loadAnnotations(f);
  f.stack.push(d);
  try {
    const key = interp.key(name);
    if (d instanceof PyDict) h.dictSet(d, key, value);
    else setItem(interp, d, key, value);
  } finally {
    dropTwo(h, f, d, value);
  }
}
