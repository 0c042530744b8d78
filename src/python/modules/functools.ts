/**
 * The `functools` module as CPython 3.11 builds it: the C parts of _functools (partial,
 * reduce, _lru_cache_wrapper with its _lru_list_elem links, and the CacheInfo named tuple type)
 * written here, and the Python parts of functools.py (update_wrapper, wraps, lru_cache, cache)
 * run from their own source in the module's namespace, so that a decorated
 * function gets exactly the objects CPython makes: the wrapper's __dict__, the
 * `cache_parameters` lambda with its two cells, the copied attributes, `__wrapped__`.
 */
import {
  PyDict,
  PyInt,
  PyBool,
  PyNativeObject,
  PyNone,
  PyStr,
  PyTuple,
  PyType,
  PyInstance,
  tupleSize,
  type NativeLayout,
  type PyObject,
} from '../../engine';
import type { Interpreter } from '../interpreter';
import type { Frame } from '../frame';
import { NotSupported } from '../errors';
import { registerTypeMethods } from '../methods';
import { nativeBehaviours, type NativeBehaviour } from '../nativeTypes';
import { getIter, iterNext } from '../iteration';
import { C_LEVEL_BYTES } from '../stackGuard';
import { isCallable } from '../predicateBuiltins';
import type { Kw } from '../builtins';
import { staticType } from './weakrefObjects';
import { moduleFunction } from './moduleObject';
import type { FirstImportModule } from './firstImport';
import { programLine } from './programLine';
import { FUNCTOOLS_SOURCE } from './functoolsSource';

const WHILE_CALLING = ' while calling a Python object';

/** partialobject: fn, args, kw, dict (tp_traverse and partial_clear in this order). */
const PARTIAL: NativeLayout = {
  fields: ['func', 'args', 'keywords', '__dict__'],
  gc: true,
  size: 72,
  visitsType: true,
};

/** _lru_list_elem: not a GC type in 3.11; the wrapper's traverse visits its key and result. */
const LRU_LINK: NativeLayout = { fields: ['key', 'result'], gc: false, size: 56 };

interface LruState {
  /** -1: unbounded (maxsize=None), 0: no caching, else the bound. */
  readonly maxsize: number;
  readonly typed: boolean;
  hits: number;
  misses: number;
  full: boolean;
  /** The links, least recently used first (the list from root.next), each owned once here. */
  links: PyNativeObject[];
}

function lruState(o: PyNativeObject): LruState {
  return o.state as LruState;
}

/**
 * lru_cache_object: the links are visited first (key, result, their type), then the fields. The
 * layout is frozen: a constant for checkpoints (its functions keep no state, the links live in the
 * object's state).
 */
function lruLayout(linkType: PyType): NativeLayout {
  return Object.freeze<NativeLayout>({
    fields: ['cache', 'func', 'kwd_mark', 'lru_list_elem_type', 'cache_info_type', '__dict__'],
    gc: true,
    size: 168,
    visitsType: true,
    methodDescriptor: true,
    before(o, visit) {
      for (const link of lruState(o).links) {
        for (const f of link.fields) if (f) visit(f);
        visit(linkType);
      }
    },
    // lru_cache_tp_clear: the list is unlinked first and released after the fields.
    after(o) {
      const state = lruState(o);
      const links = state.links;
      state.links = [];
      return links;
    },
  });
}

export const FUNCTOOLS: FirstImportModule = {
  install(interp, m) {
    const members = nativeMembers(interp);
    for (const [k, v] of Object.entries(members)) interp.setName(m.dict, k, v);
    interp.execLibrarySource(FUNCTOOLS_SOURCE, 'functools.py', m.dict);
  },
  // What CPython's functools has and Heapscope does not run.
  refused: [
    // total_ordering compares the class's slots with object's (object.__lt__ and its kin are
    // slot wrappers Heapscope does not model).
    'total_ordering',
    '_convert',
    '_ge_from_gt',
    '_ge_from_le',
    '_ge_from_lt',
    '_gt_from_ge',
    '_gt_from_le',
    '_gt_from_lt',
    '_le_from_ge',
    '_le_from_gt',
    '_le_from_lt',
    '_lt_from_ge',
    '_lt_from_gt',
    '_lt_from_le',
    'cmp_to_key',
    'partialmethod',
    'singledispatch',
    'singledispatchmethod',
    'cached_property',
    'get_cache_token',
    'namedtuple',
    'recursive_repr',
    'RLock',
    'GenericAlias',
    '_HashedSeq',
    '_make_key',
    '_c3_merge',
    '_c3_mro',
    '_compose_mro',
    '_find_impl',
    '_unwrap_partial',
    '_NOT_FOUND',
    '_initial_missing',
    '__all__',
    '__builtins__',
    '__cached__',
    '__doc__',
    '__file__',
    '__loader__',
    '__package__',
    '__spec__',
  ],
};

function nativeMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const partialType = staticType(interp, 'partial', null, 'functools');
  const lruType = staticType(interp, '_lru_cache_wrapper', null, 'functools');
  const linkType = staticType(interp, '_lru_list_elem', null, 'functools');
  const cacheInfoType = staticType(interp, 'CacheInfo', h.types.tuple, 'functools');
  // The `object()` marking where the keywords start in a cache key (kwd_mark).
  const kwdMark = h.track(new PyInstance(h.allocAddress(0x10), h.types.object));
  kwdMark.interned = true;
  installPartial(interp, partialType);
  installLru(interp, lruType, linkType, kwdMark);
  installCacheInfo(interp, cacheInfoType);
  return {
    partial: partialType,
    _lru_cache_wrapper: lruType,
    _CacheInfo: cacheInfoType,
    reduce: moduleFunction(interp, {
      name: 'reduce',
      qualname: 'reduce',
      packsArgs: true,
      call: (interp, args, kw) => reduce(interp, args, kw),
    }),
  };
}

// ---- partial ----

function installPartial(interp: Interpreter, t: PyType): void {
  const h = interp.heap;
  const layout = PARTIAL;
  registerTypeMethods(interp, t, {
    __new__(interp, args, kw) {
      if (args.length < 1) interp.raise('TypeError', "type 'partial' takes at least one argument");
      let func = args[0]!;
      if (!isCallable(interp, func))
        interp.raise('TypeError', 'the first argument must be callable');
      let pargs: PyTuple | null = null;
      let pkw: PyDict | null = null;
      // A partial of a partial (without a __dict__) is flattened into one.
      if (func instanceof PyNativeObject && func.type === t && !func.fields[3]) {
        pargs = func.fields[1] as PyTuple;
        pkw = func.fields[2] as PyDict;
        func = func.fields[0]!;
      }
      const p = h.track(new PyNativeObject(h.allocAddress(0x48), t, layout));
      h.incref(func, p, 'func');
      p.fields[0] = func;
      const rest = args.slice(1);
      for (const a of rest) h.incref(a);
      const nargs = h.newTuple(rest);
      if (pargs) {
        p.fields[1] = concatTuples(interp, pargs, nargs);
        h.decref(nargs);
      } else p.fields[1] = nargs;
      const kwd = h.newDict();
      if (pkw) for (const e of pkw.entries) if (e) h.dictSet(kwd, e.key, e.value);
      for (const [k, v] of kw ?? []) h.dictSet(kwd, interp.key(k), v);
      p.fields[2] = kwd;
      return p;
    },
    __call__(interp, args, kw) {
      const [self, ...rest] = args;
      const names = kw?.map(([k]) => k) ?? null;
      return callPartial(
        interp,
        self as PyNativeObject,
        [...rest, ...(kw ?? []).map(([, v]) => v)],
        names,
        interp.frame,
      );
    },
    __repr__(interp, args) {
      return h.newStr(partialRepr(interp, args[0] as PyNativeObject));
    },
  });
  const behaviour: NativeBehaviour = {
    getAttr(interp, o, name) {
      const i = ['func', 'args', 'keywords'].indexOf(name);
      if (i >= 0) {
        const v = o.fields[i]!;
        h.incref(v);
        return v;
      }
      return dictAttr(interp, o, 3, name, ['__reduce__', '__setstate__', '__class_getitem__']);
    },
    setAttr(interp, o, name, v) {
      if (['func', 'args', 'keywords'].includes(name))
        interp.raise('AttributeError', 'readonly attribute');
      setDictAttr(interp, o, 3, name, v);
    },
    call: callPartial,
  };
  nativeBehaviours.set(t, behaviour);
}

/** tupleconcat: an empty side gives the other tuple itself. */
function concatTuples(interp: Interpreter, a: PyTuple, b: PyTuple): PyTuple {
  const h = interp.heap;
  if (b.items.length === 0) {
    h.incref(a);
    return a;
  }
  if (a.items.length === 0) {
    h.incref(b);
    return b;
  }
  const items = [...a.items, ...b.items];
  for (const x of items) h.incref(x);
  return h.newTuple(items);
}

/**
 * partial_vectorcall: with no stored keywords the stored and given arguments are passed on as
 * one borrowed array (no tuple); with stored keywords, partial_call through _PyObject_MakeTpCall:
 * the call's tuple and dict, a copy of the stored keywords merged with the given ones, and
 * the stored and given arguments concatenated into a new tuple.
 */
function callPartial(
  interp: Interpreter,
  p: PyNativeObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
  f: Frame | null,
): PyObject {
  const h = interp.heap;
  const fn = p.fields[0]!;
  const pargs = p.fields[1] as PyTuple;
  const pkw = p.fields[2] as PyDict;
  if (pkw.size === 0) return interp.callWith(fn, [...pargs.items, ...args], kwnames, f);
  interp.enterLevel(C_LEVEL_BYTES, WHILE_CALLING);
  const { tuple, dict } = packCall(interp, args, kwnames);
  try {
    const kwargs2 = h.newDict();
    for (const e of pkw.entries) if (e) h.dictSet(kwargs2, e.key, e.value);
    if (dict) for (const e of dict.entries) if (e) h.dictSet(kwargs2, e.key, e.value);
    const args2 = concatTuples(interp, pargs, tuple);
    try {
      return callTupleDict(interp, fn, args2, kwargs2, f);
    } finally {
      h.decref(args2);
      h.decref(kwargs2);
    }
  } finally {
    h.decref(tuple);
    if (dict) h.decref(dict);
    interp.leaveLevel(C_LEVEL_BYTES);
  }
}

/** _PyObject_MakeTpCall: the positional arguments in a new tuple, the keywords in a new dict. */
function packCall(
  interp: Interpreter,
  args: PyObject[],
  kwnames: readonly string[] | null,
): { tuple: PyTuple; dict: PyDict | null } {
  const h = interp.heap;
  const npos = args.length - (kwnames?.length ?? 0);
  const pos = args.slice(0, npos);
  for (const a of pos) h.incref(a);
  const tuple = h.newTuple(pos);
  let dict: PyDict | null = null;
  if (kwnames?.length) {
    dict = h.newDict();
    kwnames.forEach((k, i) => h.dictSet(dict!, interp.key(k), args[npos + i]!));
  }
  return { tuple, dict };
}

/**
 * PyObject_Call(fn, tuple, dict): a function takes the tuple's items as they are; with keywords,
 * _PyStack_UnpackDict copies every argument into a new array of new references first.
 */
function callTupleDict(
  interp: Interpreter,
  fn: PyObject,
  tuple: PyTuple,
  dict: PyDict | null,
  f: Frame | null,
): PyObject {
  const h = interp.heap;
  const entries = dict ? dict.entries.filter((e) => e !== null) : [];
  if (!entries.length) return interp.callWith(fn, tuple.items.slice(), null, f);
  const names: string[] = [];
  for (const e of entries) {
    if (!(e!.key instanceof PyStr)) interp.raise('TypeError', 'keywords must be strings');
    names.push((e!.key as PyStr).value);
  }
  const stack = [...tuple.items, ...entries.map((e) => e!.value)];
  for (const a of stack) h.incref(a);
  try {
    return interp.callWith(fn, stack, names, f);
  } finally {
    for (const a of stack) h.decref(a);
  }
}

/** Partials being printed right now (Py_ReprEnter): a second visit prints `...`. */
const reprInProgress = new Set<PyObject>();

function partialRepr(interp: Interpreter, p: PyNativeObject): string {
  if (reprInProgress.has(p)) return '...';
  reprInProgress.add(p);
  try {
    let arglist = '';
    for (const a of (p.fields[1] as PyTuple).items) arglist += `, ${interp.reprOf(a)}`;
    for (const e of (p.fields[2] as PyDict).entries) {
      if (e) arglist += `, ${interp.strOf(e.key)}=${interp.reprOf(e.value)}`;
    }
    return `functools.partial(${interp.reprOf(p.fields[0]!)}${arglist})`;
  } finally {
    reprInProgress.delete(p);
  }
}

// ---- attributes kept in an object's own __dict__ (partial, lru wrapper) ----

function dictAttr(
  interp: Interpreter,
  o: PyNativeObject,
  slot: number,
  name: string,
  refused: readonly string[],
): PyObject | undefined {
  const h = interp.heap;
  if (name === '__dict__') {
    if (!o.fields[slot]) o.fields[slot] = h.newDict();
    const d = o.fields[slot]!;
    h.incref(d);
    return d;
  }
  const d = o.fields[slot] as PyDict | null;
  const v = d ? h.dictGet(d, interp.key(name)) : undefined;
  if (v) {
    h.incref(v);
    return v;
  }
  if (refused.includes(name))
    throw new NotSupported(`the attribute 'functools.${o.type.name}.${name}'`, programLine(interp));
  return undefined;
}

function setDictAttr(
  interp: Interpreter,
  o: PyNativeObject,
  slot: number,
  name: string,
  v: PyObject | null,
): void {
  const h = interp.heap;
  if (name === '__dict__')
    throw new NotSupported(`setting '__dict__' of a functools.${o.type.name}`, programLine(interp));
  if (!v) {
    const d = o.fields[slot] as PyDict | null;
    if (!d || !h.dictDelete(d, interp.key(name)))
      interp.raise(
        'AttributeError',
        `'functools.${o.type.name}' object has no attribute '${name}'`,
      );
    return;
  }
  if (!o.fields[slot]) o.fields[slot] = h.newDict();
  h.dictSet(o.fields[slot] as PyDict, interp.key(name), v);
}

// ---- lru_cache ----

function installLru(interp: Interpreter, t: PyType, linkType: PyType, kwdMark: PyObject): void {
  const h = interp.heap;
  const layout = lruLayout(linkType);
  registerTypeMethods(interp, t, {
    __new__(interp, args, kw) {
      const names = ['user_function', 'maxsize', 'typed', 'cache_info_type'];
      const got: (PyObject | undefined)[] = args.slice();
      for (const [k, v] of kw ?? []) {
        const i = names.indexOf(k);
        if (i < 0)
          interp.raise('TypeError', `'${k}' is an invalid keyword argument for lru_cache()`);
        got[i] = v;
      }
      if (got.length > 4)
        interp.raise('TypeError', `lru_cache() takes at most 4 arguments (${got.length} given)`);
      for (let i = 0; i < 4; i++) {
        if (!got[i])
          interp.raise(
            'TypeError',
            `lru_cache() missing required argument '${names[i]}' (pos ${i + 1})`,
          );
      }
      const [func, maxsizeO, typedO, cacheInfoType] = got as PyObject[];
      if (!isCallable(interp, func!))
        interp.raise('TypeError', 'the first argument must be callable');
      let maxsize: number;
      if (maxsizeO instanceof PyNone) maxsize = -1;
      else if (maxsizeO instanceof PyInt || maxsizeO instanceof PyBool) {
        maxsize = Number(maxsizeO instanceof PyInt ? maxsizeO.value : +maxsizeO.value);
        if (maxsize < 0) maxsize = 0;
      } else return interp.raise('TypeError', 'maxsize should be integer or None');
      const typed =
        typedO instanceof PyBool
          ? typedO.value
          : typedO instanceof PyInt
            ? typedO.value != 0
            : true;
      const cache = h.newDict();
      const w = h.track(new PyNativeObject(h.allocAddress(0xa8), t, layout));
      const state: LruState = { maxsize, typed, hits: 0, misses: 0, full: false, links: [] };
      w.state = state;
      w.fields[0] = cache;
      for (const [i, v, name] of [
        [1, func!, 'func'],
        [2, kwdMark, 'kwd_mark'],
        [3, linkType, 'lru_list_elem_type'],
        [4, cacheInfoType!, 'cache_info_type'],
      ] as const) {
        h.incref(v, w, name);
        w.fields[i] = v;
      }
      return w;
    },
    __call__(interp, args, kw) {
      const [self, ...rest] = args;
      return callLru(
        interp,
        self as PyNativeObject,
        [...rest, ...(kw ?? []).map(([, v]) => v)],
        kw?.map(([k]) => k) ?? null,
        interp.frame,
      );
    },
    cache_info(interp, args) {
      const w = args[0] as PyNativeObject;
      const s = lruState(w);
      const cache = w.fields[0] as PyDict;
      const items = [
        h.newInt(s.hits),
        h.newInt(s.misses),
        s.maxsize < 0 ? h.none() : h.newInt(s.maxsize),
        h.newInt(cache.size),
      ];
      return newCacheInfo(interp, w.fields[4] as PyType, items);
    },
    cache_clear(interp, args) {
      const w = args[0] as PyNativeObject;
      const s = lruState(w);
      const links = s.links;
      s.links = [];
      s.hits = s.misses = 0;
      s.full = false;
      h.clearObject(w.fields[0]!);
      for (const link of links) h.decref(link);
      return h.none();
    },
    __copy__(interp, args) {
      h.incref(args[0]!);
      return args[0]!;
    },
    __deepcopy__(interp, args) {
      h.incref(args[0]!);
      return args[0]!;
    },
  });
  nativeBehaviours.set(t, {
    getAttr(interp, o, name) {
      const v = dictAttr(interp, o, 5, name, ['__reduce__', '__get__']);
      if (v) return v;
      if (name === '__module__') return h.newStr('functools', true);
      return undefined;
    },
    setAttr(interp, o, name, v) {
      setDictAttr(interp, o, 5, name, v);
    },
    call: callLru,
  });
}

/** lru_cache_call through _PyObject_MakeTpCall (the wrapper has no vectorcall in 3.11). */
function callLru(
  interp: Interpreter,
  w: PyNativeObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
  f: Frame | null,
): PyObject {
  const h = interp.heap;
  interp.enterLevel(C_LEVEL_BYTES, WHILE_CALLING);
  const { tuple, dict } = packCall(interp, args, kwnames);
  try {
    const s = lruState(w);
    const func = w.fields[1]!;
    if (s.maxsize === 0) {
      const r = callTupleDict(interp, func, tuple, dict, f);
      s.misses++;
      return r;
    }
    const key = makeKey(interp, tuple, dict, s.typed, w.fields[2]!);
    try {
      return s.maxsize < 0
        ? infiniteCall(interp, w, s, key, tuple, dict, f)
        : boundedCall(interp, w, s, key, tuple, dict, f);
    } finally {
      h.decref(key);
    }
  } finally {
    h.decref(tuple);
    if (dict) h.decref(dict);
    interp.leaveLevel(C_LEVEL_BYTES);
  }
}

/** lru_cache_make_key: one exact int or str alone, the call's tuple itself, or a new key tuple. */
function makeKey(
  interp: Interpreter,
  args: PyTuple,
  kwds: PyDict | null,
  typed: boolean,
  kwdMark: PyObject,
): PyObject {
  const h = interp.heap;
  const kwEntries = kwds ? kwds.entries.filter((e) => e !== null) : [];
  if (!typed && !kwEntries.length) {
    if (args.items.length === 1) {
      const only = args.items[0]!;
      if ((only instanceof PyStr || only instanceof PyInt) && !only.type.isHeapType) {
        h.incref(only);
        return only;
      }
    }
    h.incref(args);
    return args;
  }
  const items: PyObject[] = [...args.items];
  if (kwEntries.length) {
    items.push(kwdMark);
    for (const e of kwEntries) items.push(e!.key, e!.value);
  }
  if (typed) {
    for (const a of args.items) items.push(a.type);
    for (const e of kwEntries) items.push(e!.value.type);
  }
  for (const x of items) h.incref(x);
  return h.newTuple(items);
}

function infiniteCall(
  interp: Interpreter,
  w: PyNativeObject,
  s: LruState,
  key: PyObject,
  args: PyTuple,
  kwds: PyDict | null,
  f: Frame | null,
): PyObject {
  const h = interp.heap;
  const cache = w.fields[0] as PyDict;
  const hit = h.dictGet(cache, key);
  if (hit) {
    h.incref(hit);
    s.hits++;
    return hit;
  }
  s.misses++;
  const result = callTupleDict(interp, w.fields[1]!, args, kwds, f);
  h.dictSet(cache, key, result);
  return result;
}

function boundedCall(
  interp: Interpreter,
  w: PyNativeObject,
  s: LruState,
  key: PyObject,
  args: PyTuple,
  kwds: PyDict | null,
  f: Frame | null,
): PyObject {
  const h = interp.heap;
  const cache = w.fields[0] as PyDict;
  const found = h.dictGet(cache, key) as PyNativeObject | undefined;
  if (found) {
    // The link moves to the most recently used end.
    s.links.splice(s.links.indexOf(found), 1);
    s.links.push(found);
    s.hits++;
    const r = found.fields[1]!;
    h.incref(r);
    return r;
  }
  s.misses++;
  const result = callTupleDict(interp, w.fields[1]!, args, kwds, f);
  if (h.dictGet(cache, key)) return result;
  if (s.full && s.links.length) {
    // The oldest link is reused for the new key and result; its old ones are released last.
    const link = s.links.shift()!;
    const [oldkey, oldresult] = link.fields as PyObject[];
    h.incref(link);
    h.dictDelete(cache, oldkey!);
    h.decref(link);
    h.incref(key);
    link.fields[0] = key;
    link.fields[1] = result;
    h.dictSet(cache, key, link);
    s.links.push(link);
    h.incref(result);
    h.decref(oldkey!, link, 'key');
    h.decref(oldresult!, link, 'result');
    return result;
  }
  const link = h.track(new PyNativeObject(h.allocAddress(0x38), w.fields[3] as PyType, LRU_LINK));
  h.incref(key);
  link.fields[0] = key;
  link.fields[1] = result;
  h.dictSet(cache, key, link);
  s.links.push(link);
  h.incref(result);
  s.full = cache.size >= s.maxsize;
  return result;
}

// ---- CacheInfo ----

function installCacheInfo(interp: Interpreter, t: PyType): void {
  const h = interp.heap;
  const fields = ['hits', 'misses', 'maxsize', 'currsize'];
  const table: Parameters<typeof registerTypeMethods>[2] = {
    __repr__(interp, args) {
      const items = (args[0] as PyTuple).items;
      return h.newStr(
        `CacheInfo(${fields.map((n, i) => `${n}=${interp.reprOf(items[i]!)}`).join(', ')})`,
      );
    },
  };
  fields.forEach((name, i) => {
    table[name] = (interp, args) => {
      const v = (args[0] as PyTuple).items[i]!;
      h.incref(v);
      return v;
    };
  });
  registerTypeMethods(interp, t, table, fields);
}

/** A CacheInfo named tuple (a tuple subclass), stealing `items`. */
function newCacheInfo(interp: Interpreter, t: PyType, items: PyObject[]): PyTuple {
  const h = interp.heap;
  return h.track(new PyTuple(h.allocAddress(), t, items), tupleSize(items.length));
}

// ---- reduce ----

/**
 * functools_reduce: one args tuple of 2 recycled while nobody else holds it, so it keeps the
 * previous step's accumulated value and item until the next step replaces them.
 */
function reduce(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  const h = interp.heap;
  if (kw?.length) interp.raise('TypeError', 'reduce() takes no keyword arguments');
  if (args.length < 2)
    interp.raise('TypeError', `reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3)
    interp.raise('TypeError', `reduce expected at most 3 arguments, got ${args.length}`);
  const [func, seq, initial] = args;
  let result: PyObject | null = initial ?? null;
  if (result) h.incref(result);
  let it;
  try {
    it = getIter(interp, seq!);
  } catch (e) {
    if (result) h.decref(result);
    throw e;
  }
  let tuple: PyTuple | null = h.newTuple([h.none(), h.none()]);
  try {
    for (;;) {
      if (tuple.refcount > 1) {
        const old: PyTuple = tuple;
        tuple = null;
        h.decref(old);
        tuple = h.newTuple([h.none(), h.none()]);
      }
      const op2 = iterNext(interp, it);
      if (!op2) break;
      if (!result) {
        result = op2;
        continue;
      }
      // Py_XSETREF of each item: the previous step's values are released now.
      const items = tuple.items as PyObject[];
      const old0 = items[0]!;
      items[0] = result;
      result = null;
      h.decref(old0, tuple, 0);
      const old1 = items[1]!;
      items[1] = op2;
      h.decref(old1, tuple, 1);
      tuple.keyCache = null;
      tuple.hashCache = null;
      result = interp.callWith(func!, items.slice(), null, interp.frame);
      if (tuple.gcHandle === 0) h.gc.track(tuple);
    }
    const done: PyTuple = tuple;
    tuple = null;
    h.decref(done);
    if (!result) interp.raise('TypeError', 'reduce() of empty iterable with no initial value');
    return result;
  } catch (e) {
    if (tuple) h.decref(tuple);
    if (result) h.decref(result);
    throw e;
  } finally {
    h.decref(it);
  }
}
