/**
 * The `collections` module: deque (collectionsDeque.ts), defaultdict (collectionsDefaultDict.ts),
 * OrderedDict (collectionsOrderedDict.ts), Counter (collectionsCounter.ts). The rest of the module is refused by
 * name (COLLECTIONS_REFUSED) until it is built.
 */
import type { PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { registerDeque } from './collectionsDeque';
import { registerDefaultDict } from './collectionsDefaultDict';
import { registerOrderedDict } from './collectionsOrderedDict';
import { registerCounter } from './collectionsCounter';

export const COLLECTIONS_REFUSED = [
  'namedtuple',
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
  const Counter = registerCounter(interp);
  h.incref(OrderedDict);
  h.incref(Counter);
  return { deque: dequeType, defaultdict, OrderedDict, Counter };
}
