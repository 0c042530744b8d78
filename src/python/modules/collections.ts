/**
 * The `collections` module: deque (collectionsDeque.ts), defaultdict (collectionsDefaultDict.ts),
 * OrderedDict (collectionsOrderedDict.ts). The rest of the module is refused by
 * name (COLLECTIONS_REFUSED) until it is built.
 */
import type { PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { registerDeque } from './collectionsDeque';
import { registerDefaultDict } from './collectionsDefaultDict';
import { registerOrderedDict } from './collectionsOrderedDict';

export const COLLECTIONS_REFUSED = [
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
  const defaultdict = registerDefaultDict(interp);
  h.incref(dequeType);
  const OrderedDict = registerOrderedDict(interp);
  h.incref(defaultdict);
  h.incref(OrderedDict);
  return { deque: dequeType, defaultdict, OrderedDict };
}
