/** Attribute lookup through a class's bases: a leaf every tier of the interpreter can import. */
import { currentClassAttrsVersion, type PyObject, type PyType } from '../engine';

/**
 * An attribute of a class or one of its bases (borrowed), or null. Answers are cached on the
 * class until any class's attributes change (`__del__` is looked up at every free, `__init__` at
 * every instance made).
 */
export function lookupTypeAttr(t: PyType, name: string): PyObject | null {
  const version = currentClassAttrsVersion();
  if (t.lookupsVersion !== version) {
    t.lookups.clear();
    t.lookupsVersion = version;
  }
  const cached = t.lookups.get(name);
  if (cached !== undefined) return cached;
  const found = findTypeAttr(t, name);
  t.lookups.set(name, found);
  return found;
}

function findTypeAttr(t: PyType, name: string): PyObject | null {
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
