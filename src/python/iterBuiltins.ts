/**
 * The iterator types of the builtins module (enumerate, zip, map, filter, reversed) and the
 * functions iter() and next(). Each constructor makes its object as CPython 3.11's does: what it
 * allocates and in which order, what it holds (an iterator of each argument, the function, a
 * result tuple of Nones for enumerate and zip), and its argument errors.
 */
import {
  PyBool,
  PyBuiltin,
  PyDict,
  PyDictView,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyIterObject,
  PyIterator,
  PyGenerator,
  PyList,
  PyMethod,
  PyNone,
  PyRange,
  PySet,
  PyStr,
  PyTuple,
  PyType,
  normInt,
  type PyObject,
  strLength,
} from '../engine';
import type { BuiltinImpl, Kw } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import {
  getIter,
  isUserIterator,
  iterNext,
  userIteratorNext,
  type IteratorObject,
} from './iteration';
import { registerTypeMethods, type MethodFn } from './methods';
import { lookupTypeAttr } from './typeAttr';
import { generatorNextBuiltin } from './genObject';
import { truthy } from './operators';
import { noKeywords } from './argumentChecks';

function refuse(interp: Interpreter, what: string): never {
  throw new NotSupported(what, interp.frame?.lineno ?? 0);
}

/** Makes an iterator object; if filling its fields fails, it is released again. */
function build(interp: Interpreter, o: PyIterObject, fill: () => void): PyIterObject {
  try {
    fill();
  } catch (e) {
    interp.heap.decref(o);
    throw e;
  }
  return o;
}

/** Iterators of each argument, as new references; on failure the ones made go, last first. */
function itersOf(interp: Interpreter, args: readonly PyObject[]): PyObject[] {
  const iters: PyObject[] = [];
  try {
    for (const a of args) iters.push(getIter(interp, a));
  } catch (e) {
    for (let i = iters.length - 1; i >= 0; i--) interp.heap.decref(iters[i]!);
    throw e;
  }
  return iters;
}

/** A start index as PyNumber_Index takes it; beyond a C ssize it is refused. */
function startIndex(interp: Interpreter, o: PyObject): number {
  if (!(o instanceof PyInt) && !(o instanceof PyBool))
    return interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  const v = o instanceof PyBool ? +o.value : o.value;
  if (typeof v !== 'number') return refuse(interp, 'enumerate() with a start beyond 2**53');
  return v;
}

/** enumerate(iterable, start=0): the object first, then its iterator and its (None, None). */
const enumerateNew: MethodFn = (interp, args, kw) => {
  const h = interp.heap;
  for (const [n] of kw ?? []) {
    if (n !== 'iterable' && n !== 'start')
      interp.raise('TypeError', `'${n}' is an invalid keyword argument for enumerate()`);
  }
  if (args.length > 2)
    interp.raise('TypeError', `enumerate() takes at most 2 arguments (${args.length} given)`);
  const iterable = args[0] ?? kw?.find(([n]) => n === 'iterable')?.[1];
  if (!iterable) interp.raise('TypeError', "enumerate() missing required argument 'iterable'");
  const start = args[1] ?? kw?.find(([n]) => n === 'start')?.[1];
  const e = h.newIterObject('enumerate');
  return build(interp, e, () => {
    if (start) e.index = startIndex(interp, start);
    e.fields[0] = getIter(interp, iterable);
    e.fields[1] = h.newTuple([h.none(), h.none()]);
  });
};

/** zip(*iterables, strict=False): its iterators' tuple, a result tuple of Nones, then itself. */
const zipNew: MethodFn = (interp, args, kw) => {
  const h = interp.heap;
  for (const [n] of kw ?? []) {
    if (n !== 'strict')
      interp.raise('TypeError', `'${n}' is an invalid keyword argument for zip()`);
  }
  const strictArg = kw?.find(([n]) => n === 'strict')?.[1];
  const strict = strictArg ? truthy(interp, strictArg) : false;
  const iters = h.newTuple(itersOf(interp, args));
  const result = h.newTuple(args.map(() => h.none()));
  const z = h.newIterObject('zip');
  z.fields[0] = iters;
  z.fields[1] = result;
  z.strict = strict;
  return z;
};

/** map(func, *iterables): the iterators' tuple, then itself holding it and the function. */
const mapNew: MethodFn = (interp, args, kw) => {
  const h = interp.heap;
  noKeywords(interp, 'map', kw);
  if (args.length < 2) interp.raise('TypeError', 'map() must have at least two arguments.');
  const iters = h.newTuple(itersOf(interp, args.slice(1)));
  const m = h.newIterObject('map');
  m.fields[0] = iters;
  h.incref(args[0]!, m, 'func');
  m.fields[1] = args[0]!;
  return m;
};

/** filter(function or None, iterable): the iterator, then itself. */
const filterNew: MethodFn = (interp, args, kw) => {
  const h = interp.heap;
  noKeywords(interp, 'filter', kw);
  if (args.length !== 2)
    interp.raise('TypeError', `filter expected 2 arguments, got ${args.length}`);
  const it = getIter(interp, args[1]!);
  const f = h.newIterObject('filter');
  h.incref(args[0]!, f, 'func');
  f.fields[0] = args[0]!;
  f.fields[1] = it;
  return f;
};

/** Objects that are certainly neither reversible nor sequences (reversed() is a TypeError). */
function notReversible(o: PyObject): boolean {
  return (
    o instanceof PySet ||
    o instanceof PyInt ||
    o instanceof PyFloat ||
    o instanceof PyBool ||
    o instanceof PyNone ||
    o instanceof PyIterator ||
    o instanceof PyIterObject ||
    o instanceof PyGenerator ||
    o instanceof PyFunction ||
    o instanceof PyMethod ||
    o instanceof PyBuiltin ||
    o instanceof PyType
  );
}

/** reversed(seq): list.__reversed__, range.__reversed__, or the sequence protocol. */
const reversedNew: MethodFn = (interp, args, kw) => {
  const h = interp.heap;
  noKeywords(interp, 'reversed', kw);
  if (args.length !== 1)
    interp.raise('TypeError', `reversed expected 1 argument, got ${args.length}`);
  const seq = args[0]!;
  if (seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyStr) {
    const r = h.newIterObject(seq instanceof PyList ? 'list_reverseiterator' : 'reversed');
    r.index = (seq instanceof PyStr ? strLength(seq) : seq.items.length) - 1;
    h.incref(seq, r, r.kind === 'reversed' ? 'seq' : 'it_seq');
    r.fields[0] = seq;
    return r;
  }
  if (seq instanceof PyRange) return reversedRange(interp, seq);
  if (seq instanceof PyDict || seq instanceof PyDictView)
    return refuse(interp, `reversed() of a '${seq.type.name}' object`);
  if (seq instanceof PyInstance) {
    const t = seq.type;
    if (['__reversed__', '__len__', '__getitem__'].some((n) => lookupTypeAttr(t, n)))
      return refuse(interp, `reversed() of a '${t.name}' object`);
  } else if (!notReversible(seq)) {
    return refuse(interp, `reversed() of a '${seq.type.name}' object`);
  }
  return interp.raise('TypeError', `'${seq.type.name}' object is not reversible`);
};

/**
 * range.__reversed__: a range_iterator from the last item down by -step. Here: an iterator over
 * the reversed range, which only it holds (not drawn: CPython's iterator keeps just numbers).
 */
function reversedRange(interp: Interpreter, r: PyRange): PyObject {
  const h = interp.heap;
  const [start, step, n] = [BigInt(r.start), BigInt(r.step), BigInt(r.length)];
  const last = start + (n - 1n) * step;
  const back = h.newRange(normInt(last), normInt(start - step), normInt(-step));
  back.internal = true;
  const it = getIter(interp, back);
  h.decref(back);
  return it;
}

const TYPES: Record<string, MethodFn> = {
  enumerate: enumerateNew,
  zip: zipNew,
  map: mapNew,
  filter: filterNew,
  reversed: reversedNew,
};

/** iter(object): its iterator (an iterator is its own). The sentinel form is refused. */
function iterBuiltin(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  noKeywords(interp, 'iter', kw);
  if (args.length === 0) interp.raise('TypeError', 'iter expected at least 1 argument, got 0');
  if (args.length > 2)
    interp.raise('TypeError', `iter expected at most 2 arguments, got ${args.length}`);
  if (args.length === 2) refuse(interp, 'iter() with a sentinel');
  return getIter(interp, args[0]!);
}

/** next(iterator[, default]): StopIteration (or the default) once it is exhausted. */
function nextBuiltin(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  noKeywords(interp, 'next', kw);
  if (args.length === 0) interp.raise('TypeError', 'next expected at least 1 argument, got 0');
  if (args.length > 2)
    interp.raise('TypeError', `next expected at most 2 arguments, got ${args.length}`);
  const it = args[0]!;
  if (it instanceof PyGenerator) return generatorNextBuiltin(interp, it, args[1]);
  if (it instanceof PyInstance && isUserIterator(it)) {
    // builtin_next: the class's StopIteration propagates as it is, unless there is a default.
    const v = userIteratorNext(interp, it, args[1] !== undefined);
    if (v) return v;
    interp.heap.incref(args[1]!);
    return args[1]!;
  }
  if (!(it instanceof PyIterator) && !(it instanceof PyIterObject))
    interp.raise('TypeError', `'${it.type.name}' object is not an iterator`);
  const v = iterNext(interp, it as IteratorObject);
  if (v) return v;
  const fallback = args[1];
  if (!fallback) return interp.raise('StopIteration', null);
  interp.heap.incref(fallback);
  return fallback;
}

export const ITER_FUNCTIONS: BuiltinImpl[] = [
  { name: 'iter', call: iterBuiltin },
  { name: 'next', call: nextBuiltin },
];

/** The iterator types, made and given their constructors; bound in builtins by the caller. */
export function iteratorTypes(interp: Interpreter): PyType[] {
  return Object.entries(TYPES).map(([name, ctor]) => {
    const t = interp.heap.lazyType(name);
    registerTypeMethods(interp, t, { __new__: ctor });
    return t;
  });
}
