/**
 * A class's bases checked and its method resolution order computed as type_new and
 * mro_implementation do it (C3 linearization), with CPython's errors: a duplicate base, an
 * inconsistent order, and the multiple-inheritance layouts Heapscope does not model.
 */
import { PyType, type PyObject } from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';

/**
 * Checks the evaluated bases of a class statement; returns them as types. Built-in bases other
 * than object (and the exceptions) are refused by the caller.
 */
export function checkBases(interp: Interpreter, bases: PyObject[], line: number): PyType[] {
  for (const b of bases)
    if (!(b instanceof PyType)) interp.raise('TypeError', 'bases must be types');
  const types = bases as PyType[];
  if (types.length < 2) return types;
  const baseException = interp.exceptions.get('BaseException')!;
  for (const b of types) {
    if (b.isSubtypeOf(baseException))
      throw new NotSupported('multiple inheritance from an exception class', line);
    if (b.hasSlots)
      throw new NotSupported('multiple inheritance from a class with __slots__', line);
    if (!b.isHeapType && b !== interp.heap.types.object)
      throw new NotSupported(`subclassing the built-in type '${b.name}'`, line);
  }
  return types;
}

/**
 * The C3 linearization of a new class with these bases, the class itself left out (it comes
 * first). Null for single inheritance from a class without an explicit MRO: the chain of bases.
 */
export function c3Mro(interp: Interpreter, bases: readonly PyType[]): PyType[] | null {
  if (bases.length === 0) return null;
  if (bases.length === 1) return bases[0]!.explicitMro ? [...bases[0]!.explicitMro] : null;
  for (let i = 0; i < bases.length; i++)
    if (bases.indexOf(bases[i]!) !== i)
      interp.raise('TypeError', `duplicate base class ${bases[i]!.name}`);
  const toMerge: (readonly PyType[])[] = [...bases.map((b) => b.mro()), bases];
  const remain = toMerge.map(() => 0);
  const out: PyType[] = [];
  const inTail = (c: PyType) => toMerge.some((l, j) => l.indexOf(c, remain[j]! + 1) >= 0);
  for (;;) {
    let found = false;
    let empty = true;
    for (let i = 0; i < toMerge.length; i++) {
      const l = toMerge[i]!;
      if (remain[i]! >= l.length) continue;
      empty = false;
      const candidate = l[remain[i]!]!;
      if (inTail(candidate)) continue;
      out.push(candidate);
      toMerge.forEach((m, j) => {
        if (remain[j]! < m.length && m[remain[j]!] === candidate) remain[j]!++;
      });
      found = true;
      break;
    }
    if (empty) return out;
    if (!found) {
      // set_mro_error: the heads that could not be placed, each named once.
      const heads: PyType[] = [];
      toMerge.forEach((m, j) => {
        const c = m[remain[j]!];
        if (c && !heads.includes(c)) heads.push(c);
      });
      interp.raise(
        'TypeError',
        `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.map((c) => c.name).join(', ')}`,
      );
    }
  }
}
