/**
 * The `collections` module: deque (collectionsDeque.ts). The rest of the module is refused by
 * name (COLLECTIONS_REFUSED) until it is built.
 */
import type { PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { registerDeque } from './collectionsDeque';

export const COLLECTIONS_REFUSED = [
  'defaultdict',
  'OrderedDict',
  'namedtuple',
  'Counter',
  'ChainMap',
  'UserDict',
  'UserList',
  'UserString',
  'abc',
];

export function collectionsMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const { dequeType } = registerDeque(interp);
  h.incref(dequeType);
  return { deque: dequeType };
}
