/** Set helpers shared by repr, iteration and the set methods. */
import { PySet, type PyObject } from '../engine';

export function isSetLike(o: PyObject): o is PySet {
  return o instanceof PySet;
}

export function setItems(o: PyObject): PyObject[] {
  return o instanceof PySet ? o.ordered() : [];
}
