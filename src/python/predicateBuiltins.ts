/** any(), all(), callable() and issubclass() as CPython 3.11's builtins answer them. */
import {
  PyBuiltin,
  PyFinalize,
  PyWrapperObject,
  PyFunction,
  PyMethod,
  PyTuple,
  PyType,
  PyWeakref,
  type PyObject,
} from '../engine';
import type { BuiltinImpl, Kw } from './builtins';
import type { Interpreter } from './interpreter';
import { getIter, iterNext } from './iteration';
import { builtinSpecial } from './methods';
import { lookupTypeAttr } from './typeAttr';
import { truthy } from './operators';
import { proxyTarget } from './modules/weakrefProxy';

function oneArgument(interp: Interpreter, name: string, args: PyObject[], kw: Kw): PyObject {
  if (kw && kw.length) interp.raise('TypeError', `${name}() takes no keyword arguments`);
  if (args.length !== 1)
    interp.raise('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** any()/all(): the items in order until one decides (each released after its truth test). */
function anyAll(interp: Interpreter, args: PyObject[], kw: Kw, name: 'any' | 'all'): PyObject {
  const h = interp.heap;
  const it = getIter(interp, oneArgument(interp, name, args, kw));
  const decisive = name === 'any';
  try {
    for (let item = iterNext(interp, it); item; item = iterNext(interp, it)) {
      let t: boolean;
      try {
        t = truthy(interp, item);
      } finally {
        h.decref(item);
      }
      if (t === decisive) return h.bool(decisive);
    }
  } finally {
    h.decref(it);
  }
  return h.bool(!decisive);
}

/** Does calling it work (its type has tp_call)? */
export function isCallable(interp: Interpreter, o: PyObject): boolean {
  if (o instanceof PyWeakref && o.kind === 'proxy')
    return o.referent !== null && isCallable(interp, proxyTarget(interp, o));
  if (
    o instanceof PyFunction ||
    o instanceof PyMethod ||
    o instanceof PyBuiltin ||
    o instanceof PyType ||
    o instanceof PyWeakref ||
    o instanceof PyFinalize ||
    (o instanceof PyWrapperObject && o.kind === 'staticmethod')
  )
    return true;
  return !!(lookupTypeAttr(o.type, '__call__') ?? builtinSpecial(interp, o.type, '__call__'));
}

/** issubclass(cls, class_or_tuple): tuples item by item, arg 1 checked before arg 2. */
function subclassOf(interp: Interpreter, derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => subclassOf(interp, derived, c));
  if (!(derived instanceof PyType)) interp.raise('TypeError', 'issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType))
    interp.raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  const types = interp.heap.types;
  return (
    derived.isSubtypeOf(cls) ||
    // bool's base is int in CPython.
    (derived === types.bool && types.int.isSubtypeOf(cls))
  );
}

export const PREDICATE_FUNCTIONS: BuiltinImpl[] = [
  { name: 'any', call: (interp, args, kw) => anyAll(interp, args, kw, 'any') },
  { name: 'all', call: (interp, args, kw) => anyAll(interp, args, kw, 'all') },
  {
    name: 'callable',
    call: (interp, args, kw) =>
      interp.heap.bool(isCallable(interp, oneArgument(interp, 'callable', args, kw))),
  },
  {
    name: 'issubclass',
    call(interp, args, kw) {
      if (kw && kw.length) interp.raise('TypeError', 'issubclass() takes no keyword arguments');
      if (args.length !== 2)
        interp.raise('TypeError', `issubclass expected 2 arguments, got ${args.length}`);
      return interp.heap.bool(subclassOf(interp, args[0]!, args[1]!));
    },
  },
];
