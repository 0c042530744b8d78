/**
 * The `collections` module: deque (collectionsDeque.ts), defaultdict (collectionsDefaultDict.ts),
 * OrderedDict (collectionsOrderedDict.ts), Counter (collectionsCounter.ts), namedtuple
 * (collectionsNamedtuple.ts). The rest of the module is refused by
 * name (COLLECTIONS_REFUSED) until it is built.
 */
import type { PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import type { FirstImportModule } from './firstImport';
import { registerDeque } from './collectionsDeque';
import { registerDefaultDict } from './collectionsDefaultDict';
import { registerOrderedDict } from './collectionsOrderedDict';
import { registerCounter } from './collectionsCounter';
import { makeNamedtuple } from './collectionsNamedtuple';

export const COLLECTIONS_REFUSED = ['ChainMap', 'UserDict', 'UserList', 'UserString', 'abc'];

/**
 * collections, made at its first import (modules/firstImport.ts): building namedtuple compiles
 * CPython's source, too slow to do for every interpreter that never imports collections.
 */
export const COLLECTIONS: FirstImportModule = {
  install(interp, m) {
    for (const [k, v] of Object.entries(collectionsMembers(interp))) interp.setName(m.dict, k, v);
  },
  refused: COLLECTIONS_REFUSED,
};

function collectionsMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const { dequeType } = registerDeque(interp);
  const defaultdict = registerDefaultDict(interp);
  h.incref(dequeType);
  const OrderedDict = registerOrderedDict(interp);
  h.incref(defaultdict);
  const Counter = registerCounter(interp);
  h.incref(OrderedDict);
  h.incref(Counter);
  const namedtuple = makeNamedtuple(interp);
  const members: Record<string, PyObject> = { deque: dequeType, defaultdict, OrderedDict, Counter };
  if (namedtuple) members.namedtuple = namedtuple;
  return members;
}
