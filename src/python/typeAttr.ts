/** Attribute lookup through a class's bases: a leaf every tier of the interpreter can import. */
import type { PyObject, PyType } from '../engine';

/** An attribute of a class or one of its bases (borrowed), or null. */
export function lookupTypeAttr(t: PyType, name: string): PyObject | null {
  if (t.explicitMro) {
    for (const c of t.explicitMro) {
      const v = c.attrs.get(name);
      if (v) return v;
    }
    return null;
  }
  for (let c: PyType | null = t; c; c = c.base) {
    const v = c.attrs.get(name);
    if (v) return v;
  }
  return null;
}
