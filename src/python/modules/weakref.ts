/**
 * The `weakref` module: ref, proxy, getweakrefcount/getweakrefs, finalize, and the weak
 * containers built as weakref.py builds them (a dict of KeyedRefs whose callback removes the
 * entry), so that their objects, counts and callbacks are CPython's.
 */
import {
  hashKey,
  linkWeakref,
  basicRefs,
  PyBuiltin,
  PyDict,
  PyFinalize,
  PyFunction,
  PyInstance,
  PyMethod,
  PyObject,
  PySet,
  PyType,
  PyWeakContainer,
  PyWeakref,
  type WeakContainerKind,
  type WeakrefKind,
} from '../../engine';
import type { Kw } from '../builtins';
import { checkArity } from '../arity';
import type { Interpreter } from '../interpreter';
import { collect } from '../iteration';
import { NotSupported } from '../errors';
import { lookupTypeAttr } from '../typeAttr';
import { truthy } from '../operators';
import { registerTypeMethods, setAdd, type MethodFn } from '../methods';
import { moduleFunction } from './moduleObject';
import { refuseForGenerator } from '../generators';
import { registerWeakMethod } from './weakMethod';
import { staticType, supportsWeakrefs, weakrefRepr } from './weakrefObjects';
import { hexAddress, repr } from '../objectRepr';

export interface WeakrefTypes {
  readonly ref: PyType;
  readonly proxy: PyType;
  readonly callableProxy: PyType;
  readonly keyedRef: PyType;
  readonly finalize: PyType;
  readonly containers: Record<WeakContainerKind, PyType>;
}

/** weakref.ref / proxy / KeyedRef: a new reference (the basic one is shared when it exists). */
export function newWeakref(
  interp: Interpreter,
  types: WeakrefTypes,
  o: PyObject,
  callback: PyObject | null,
  kind: WeakrefKind,
  key: PyObject | null = null,
): PyWeakref {
  const h = interp.heap;
  refuseForGenerator(interp, o, 'a weak reference');
  if (!supportsWeakrefs(o))
    interp.raise(
      'TypeError',
      `cannot create weak reference to '${o.type.cName ?? o.type.name}' object`,
    );
  if (callback === h.None) callback = null;
  if (!callback && kind !== 'keyed') {
    const basic = basicRefs(o)[kind === 'ref' ? 'ref' : 'proxy'];
    if (basic) {
      h.incref(basic);
      return basic;
    }
  }
  const type =
    kind === 'ref'
      ? types.ref
      : kind === 'keyed'
        ? types.keyedRef
        : isCallable(o)
          ? types.callableProxy
          : types.proxy;
  const wr = new PyWeakref(h.allocAddress(0x50), type, o, callback, kind, key);
  if (callback) h.incref(callback, wr, '__callback__');
  if (key) h.incref(key, wr, 'key');
  h.track(wr);
  linkWeakref(o, wr);
  return wr;
}

function isCallable(o: PyObject): boolean {
  return (
    o instanceof PyFunction ||
    o instanceof PyMethod ||
    o instanceof PyBuiltin ||
    o instanceof PyType
  );
}

function arg(interp: Interpreter, args: PyObject[], i: number, fn: string): PyObject {
  return args[i] ?? interp.raise('TypeError', `${fn}() missing required argument (pos ${i + 1})`);
}

export function weakrefMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const refType = staticType(interp, 'ReferenceType');
  // C types: CPython's messages name them by their tp_name.
  const proxyType = staticType(interp, 'ProxyType');
  proxyType.cName = 'weakref.ProxyType';
  const callableProxyType = staticType(interp, 'CallableProxyType');
  callableProxyType.cName = 'weakref.CallableProxyType';
  const types: WeakrefTypes = {
    ref: refType,
    proxy: proxyType,
    callableProxy: callableProxyType,
    keyedRef: staticType(interp, 'KeyedRef', refType),
    finalize: staticType(interp, 'finalize'),
    containers: {
      WeakValueDictionary: staticType(interp, 'WeakValueDictionary'),
      WeakKeyDictionary: staticType(interp, 'WeakKeyDictionary'),
      WeakSet: staticType(interp, 'WeakSet', null, '_weakrefset'),
    },
  };
  const refMethods: Record<string, MethodFn> = {
    __new__(interp, args, kw) {
      if (kw?.length) interp.raise('TypeError', 'ref() takes no keyword arguments');
      if (args.length < 1)
        interp.raise('TypeError', `__new__ expected at least 1 argument, got ${args.length}`);
      if (args.length > 2)
        interp.raise('TypeError', `__new__ expected at most 2 arguments, got ${args.length}`);
      return newWeakref(interp, types, args[0]!, args[1] ?? null, 'ref');
    },
    __call__(interp, args, kw) {
      if (kw?.length) interp.raise('TypeError', 'weakref() takes no keyword arguments');
      if (args.length > 1)
        interp.raise('TypeError', `weakref expected 0 arguments, got ${args.length - 1}`);
      const o = (args[0] as PyWeakref).referent ?? h.None;
      h.incref(o);
      return o;
    },
    __repr__(interp, args) {
      return h.newStr(weakrefRepr(interp, args[0] as PyWeakref));
    },
    __callback__(interp, args) {
      const cb = (args[0] as PyWeakref).callback ?? h.None;
      h.incref(cb);
      return cb;
    },
  };
  registerTypeMethods(interp, refType, refMethods, ['__callback__']);
  registerTypeMethods(
    interp,
    types.keyedRef,
    {
      ...refMethods,
      key(interp, args) {
        const k = (args[0] as PyWeakref).key ?? h.None;
        h.incref(k);
        return k;
      },
    },
    ['__callback__', 'key'],
  );
  for (const t of [types.proxy, types.callableProxy]) {
    registerTypeMethods(interp, t, {
      __repr__: (interp, args) => h.newStr(weakrefRepr(interp, args[0] as PyWeakref)),
    });
  }
  registerFinalize(interp, types);
  registerContainers(interp, types);
  const weakMethod = registerWeakMethod(interp, refType);

  const fn = (name: string, call: (args: PyObject[], kw: Kw) => PyObject) =>
    moduleFunction(interp, {
      name,
      qualname: `_weakref.${name}`,
      call: (_interp, args, kw) => {
        // The functions of _weakref take no keywords, refused before their argument count.
        if (kw?.length) interp.raise('TypeError', `_weakref.${name}() takes no keyword arguments`);
        if (name.startsWith('getweakref'))
          checkArity(interp, { name, qualname: `_weakref.${name}`, arity: [1, 1] }, args.length);
        return call(args, kw);
      },
    });
  const typeRef = (t: PyType) => {
    h.incref(t);
    return t;
  };
  return {
    ref: typeRef(refType),
    ReferenceType: typeRef(refType),
    ProxyType: typeRef(types.proxy),
    CallableProxyType: typeRef(types.callableProxy),
    KeyedRef: typeRef(types.keyedRef),
    WeakMethod: typeRef(weakMethod),
    proxy: fn('proxy', (args) => {
      if (args.length < 1) interp.raise('TypeError', `proxy expected at least 1 argument, got 0`);
      if (args.length > 2) {
        interp.raise('TypeError', `proxy expected at most 2 arguments, got ${args.length}`);
      }
      return newWeakref(interp, types, args[0]!, args[1] ?? null, 'proxy');
    }),
    getweakrefcount: fn('getweakrefcount', (args) =>
      h.newInt(arg(interp, args, 0, 'getweakrefcount').weakrefs?.length ?? 0),
    ),
    getweakrefs: fn('getweakrefs', (args) => {
      const list = arg(interp, args, 0, 'getweakrefs').weakrefs ?? [];
      for (const wr of list) h.incref(wr);
      return h.newList(list.slice());
    }),
    finalize: typeRef(types.finalize),
    WeakValueDictionary: typeRef(types.containers.WeakValueDictionary),
    WeakKeyDictionary: typeRef(types.containers.WeakKeyDictionary),
    WeakSet: typeRef(types.containers.WeakSet),
  };
}

// ---- finalize ----

/** The finalize objects still registered, each holding one reference (weakref.finalize._registry). */
function registryOf(interp: Interpreter): Set<PyFinalize> {
  return interp.finalizeRegistry;
}

/**
 * weakref.finalize's atexit hook: the finalizers still registered run newest first, with the
 * collector disabled meanwhile.
 */
export function runAtexitFinalizers(interp: Interpreter): void {
  const registry = registryOf(interp);
  if (registry.size === 0) return;
  const gc = interp.heap.gc;
  const wasEnabled = gc.enabled;
  gc.enabled = false;
  try {
    for (;;) {
      // _select_for_exit: the live finalizers whose atexit is still true.
      const pending = [...registry].filter((f) => f.atexit);
      const f = pending[pending.length - 1];
      if (!f) break;
      const call = interp.getAttr(f, '__call__');
      try {
        interp.heap.decref(interp.callWith(call, [], null, interp.frame));
      } catch (e) {
        interp.reportUncaught(e);
      } finally {
        interp.heap.decref(call);
      }
    }
  } finally {
    gc.enabled = wasEnabled;
  }
}

function registerFinalize(interp: Interpreter, types: WeakrefTypes): void {
  const h = interp.heap;
  const registry = registryOf(interp);
  /** Leaves the registry; the caller now owns the registry's reference. */
  const unregister = (f: PyFinalize): boolean => registry.delete(f);
  registerTypeMethods(
    interp,
    types.finalize,
    {
      __new__(interp, args, kw) {
        if (args.length < 2) {
          const missing = ["'obj'", "'func'"].slice(args.length);
          interp.raise(
            'TypeError',
            `finalize.__init__() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${missing.join(' and ')}`,
          );
        }
        const obj = args[0]!;
        const func = args[1]!;
        const f = new PyFinalize(h.allocAddress(0x30), types.finalize, null, func, null, null);
        h.incref(func, f, 'func');
        const rest = args.slice(2);
        for (const a of rest) h.incref(a);
        f.args = h.newTuple(rest);
        if (kw && kw.length) {
          f.kwargs = h.newDict();
          for (const [name, v] of kw) h.dictSet(f.kwargs, interp.key(name), v);
        }
        h.track(f);
        try {
          f.ref = newWeakref(interp, types, obj, f, 'ref');
          f.ref.internal = true;
        } catch (e) {
          h.decref(f);
          throw e;
        }
        h.incref(f);
        registry.add(f);
        return f;
      },
      /** Called as the weakref callback (with the weakref) or by the user (no argument). */
      __call__(interp, args) {
        const f = args[0] as PyFinalize;
        if (!unregister(f)) return h.none();
        const { func, args: fargs, kwargs, ref } = f;
        f.func = f.args = f.kwargs = f.ref = null;
        try {
          const kwnames = kwargs ? [...kwargs.liveEntries()].map((e) => interp.strOf(e.key)) : null;
          const values = kwargs ? [...kwargs.liveEntries()].map((e) => e.value) : [];
          return interp.callWith(func!, [...fargs!.items, ...values], kwnames, interp.frame);
        } finally {
          // The popped info goes when the call returns: its weakref, func, args.
          h.decref(f);
          for (const v of [ref, func, fargs, kwargs]) if (v) h.decref(v);
        }
      },
      detach(interp, args) {
        const f = args[0] as PyFinalize;
        const obj = f.ref?.referent;
        if (!obj || !unregister(f)) return h.none();
        const { func, args: fargs, kwargs, ref } = f;
        f.func = f.args = f.kwargs = f.ref = null;
        h.incref(obj);
        const result = h.newTuple([obj, func!, fargs!, kwargs ?? h.newDict()]);
        h.decref(ref!);
        h.decref(f);
        return result;
      },
      peek(interp, args) {
        const f = args[0] as PyFinalize;
        const obj = f.ref?.referent;
        if (!obj || !registry.has(f)) return h.none();
        for (const v of [obj, f.func!, f.args!]) h.incref(v);
        return h.newTuple([
          obj,
          f.func!,
          f.args!,
          f.kwargs ? (h.incref(f.kwargs), f.kwargs) : h.newDict(),
        ]);
      },
      alive(interp, args) {
        return h.bool(registry.has(args[0] as PyFinalize));
      },
      atexit(interp, args) {
        // `bool(info) and info.atexit`: a dead or detached finalizer answers False.
        const f = args[0] as PyFinalize;
        return h.bool(registry.has(f) && f.atexit);
      },
      __repr__(interp, args) {
        const f = args[0] as PyFinalize;
        const o = registry.has(f) ? f.ref?.referent : null;
        const target = o ? `; for '${o.type.name}' at ${hexAddress(o)}` : '; dead';
        return h.newStr(`<finalize object at ${hexAddress(f)}${target}>`);
      },
    },
    ['alive', 'atexit'],
    { detach: ['self'], peek: ['self'] },
    {
      atexit(interp, self, value) {
        // The setter stores bool(value) on the registry's info, if the finalizer is still alive.
        const on = truthy(interp, value);
        if (registry.has(self as PyFinalize)) (self as PyFinalize).atexit = on;
      },
    },
  );
}

// ---- weak containers ----

function registerContainers(interp: Interpreter, types: WeakrefTypes): void {
  const h = interp.heap;
  const data = (args: PyObject[]) => (args[0] as PyWeakContainer).data!;
  const dictData = (args: PyObject[]) => data(args) as PyDict;

  /** Drops the entry of a dead weakref, as remove and _commit_removals do. */
  const removeDead = (c: PyWeakContainer, wr: PyWeakref): void => {
    const d = c.data;
    if (!d) return;
    if (d instanceof PySet) {
      if (d.members.get(hashKey(wr)) === wr) h.setDiscard(d, wr);
    } else if (c.kind === 'WeakValueDictionary') {
      // _remove_dead_weakref: only if the key still maps to this dead ref.
      if (wr.key && h.dictGet(d, wr.key) === wr) h.dictDelete(d, wr.key);
    } else if (h.dictGet(d, wr)) {
      h.dictDelete(d, wr);
    }
  };

  /** The `_remove` callback: drops the entry of a dead weakref (weakref.py's remove). */
  const makeRemover = (c: PyWeakContainer): PyObject =>
    h.newBuiltin('remove', {
      name: 'remove',
      call(_interp: Interpreter, args: PyObject[]) {
        const wr = args[0] as PyWeakref;
        if (!c.data) return h.none();
        if (c.iterating > 0) {
          // An iteration is running: remove the entry when it ends.
          h.incref(wr);
          c.pending.push(wr);
          return h.none();
        }
        removeDead(c, wr);
        return h.none();
      },
    });

  /**
   * WeakSet(data=None), WeakKeyDictionary(dict=None) and WeakValueDictionary(other=(), /, **kw),
   * as weakref.py's __init__ and update take them: a set's items by iterating; a dict's pairs
   * from `items()` of a mapping, or of `dict(other)` for anything else; then a
   * WeakValueDictionary's keyword arguments.
   */
  const construct = (kind: WeakContainerKind, args: PyObject[], kw: Kw): PyObject => {
    const parameter = kind === 'WeakSet' ? 'data' : kind === 'WeakKeyDictionary' ? 'dict' : null;
    if (args.length > 1)
      interp.raise(
        'TypeError',
        `${kind}.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
      );
    let init: PyObject | undefined = args[0];
    const keywords: (readonly [string, PyObject])[] = [];
    for (const [name, v] of kw ?? []) {
      if (name === parameter && !init) init = v;
      else if (name === parameter)
        interp.raise('TypeError', `${kind}.__init__() got multiple values for argument '${name}'`);
      else if (parameter !== null)
        interp.raise(
          'TypeError',
          `${kind}.__init__() got an unexpected keyword argument '${name}'`,
        );
      else keywords.push([name, v]);
    }
    // `is not None` in each __init__ or update: None is nothing to add.
    if (init === h.None) init = undefined;
    const c = new PyWeakContainer(h.allocAddress(0x40), types.containers[kind], kind, null, null);
    c.data = kind === 'WeakSet' ? h.newSet() : h.newDict();
    c.remover = makeRemover(c);
    // The container is drawn with its rows; its dict, weakrefs and callback are not.
    c.data.internal = true;
    c.remover.internal = true;
    h.track(c);
    try {
      if (kind === 'WeakSet') {
        if (init)
          eachOwned(
            collect(interp, init),
            (item) => add(c, item),
            (item) => h.decref(item),
          );
      } else {
        if (init)
          eachOwned(
            pairsOf(init),
            ([k, v]) => store(c, k, v),
            ([k, v]) => {
              h.decref(k);
              h.decref(v);
            },
          );
        for (const [name, v] of keywords) store(c, interp.key(name), v);
      }
    } catch (e) {
      h.decref(c);
      throw e;
    }
    return c;
  };

  /**
   * Adds `items` (new references) one by one, each released once it is added, as weakref.py's
   * loop drops its variable's last value; when one fails, the ones not reached are released too.
   */
  const eachOwned = <T>(
    items: readonly T[],
    use: (item: T) => void,
    release: (item: T) => void,
  ): void => {
    for (let i = 0; i < items.length; i++) {
      try {
        use(items[i]!);
      } catch (e) {
        for (const rest of items.slice(i)) release(rest);
        throw e;
      }
      release(items[i]!);
    }
  };

  /**
   * The (key, value) pairs a weak dict is made from, new references: a dict's or a weak dict's
   * live ones, or those of `dict(other)` (pairs of two, checked as dict() checks them).
   */
  const pairsOf = (other: PyObject): [PyObject, PyObject][] => {
    const owned = (pairs: [PyObject, PyObject][]) => {
      for (const [k, v] of pairs) {
        h.incref(k);
        h.incref(v);
      }
      return pairs;
    };
    if (other instanceof PyDict)
      return owned([...other.liveEntries()].map((e): [PyObject, PyObject] => [e.key, e.value]));
    if (other instanceof PyWeakContainer && other.kind !== 'WeakSet') {
      const pairs: [PyObject, PyObject][] = [];
      for (const e of (other.data as PyDict).liveEntries()) {
        const k = keyOf(other, e.key, e.value);
        const v = valueOf(other, e.key, e.value);
        if (k && v) pairs.push([k, v]);
      }
      return owned(pairs);
    }
    if (other instanceof PyInstance && lookupTypeAttr(other.type, 'items'))
      throw new NotSupported(
        `a weak dictionary made from a '${other.type.name}'`,
        interp.frame?.lineno ?? 0,
      );
    // `dict(other)`: a dict made and dropped, as weakref.py makes it.
    const made = interp.callWith(h.types.dict, [other], null, interp.frame) as PyDict;
    try {
      return pairsOf(made);
    } finally {
      h.decref(made);
    }
  };

  const store = (c: PyWeakContainer, key: PyObject, value: PyObject): void => {
    const d = c.data as PyDict;
    if (c.kind === 'WeakValueDictionary') {
      const wr = newWeakref(interp, types, value, c.remover, 'keyed', key);
      wr.internal = true;
      try {
        interp.hashGuard(() => h.dictSet(d, key, wr));
      } finally {
        h.decref(wr);
      }
    } else {
      const wr = newWeakref(interp, types, key, c.remover, 'ref');
      wr.internal = true;
      try {
        interp.hashGuard(() => h.dictSet(d, wr, value));
      } finally {
        h.decref(wr);
      }
    }
  };

  const add = (c: PyWeakContainer, item: PyObject): void => {
    const wr = newWeakref(interp, types, item, c.remover, 'ref');
    wr.internal = true;
    setAdd(interp, c.data as PySet, wr);
    h.decref(wr);
  };

  /** The live (key, value) pairs, borrowed. */

  /** A lookup key for a WeakKeyDictionary: ref(key), the shared basic ref. */
  const lookup = (c: PyWeakContainer, key: PyObject): PyObject | undefined => {
    const d = c.data as PyDict;
    if (c.kind === 'WeakValueDictionary') {
      const wr = interp.hashGuard(() => h.dictGet(d, key)) as PyWeakref | undefined;
      return wr?.referent ?? undefined;
    }
    // ref(key): a key that cannot be weakly referenced is a TypeError, as in weakref.py.
    const probe = newWeakref(interp, types, key, null, 'ref');
    try {
      return interp.hashGuard(() => h.dictGet(d, probe));
    } finally {
      h.decref(probe);
    }
  };

  const keyError = (key: PyObject): never => {
    const exc = interp.callWith(interp.exceptions.get('KeyError')!, [key], null, interp.frame);
    return interp.raiseObject(exc);
  };

  const listOf = (items: PyObject[]): PyObject => {
    for (const i of items) h.incref(i);
    return h.newList(items);
  };

  /** weakref.py's keys()/values()/items() are generators: an iterator named like one. */
  /**
   * weakref.py's generators over a weak container: they walk the entries as they go, hold only
   * the current one, and defer removals until they end (_IterationGuard).
   */
  const lazy = (
    c: PyWeakContainer,
    label: string,
    step: (entry: PyObject, value: PyObject | null) => PyObject[] | null,
  ): PyObject => {
    const it = h.newIterator(c, 'generator');
    it.label = label;
    const entries: [PyObject, PyObject | null][] =
      c.data instanceof PySet
        ? c.data.ordered().map((m) => [m, null])
        : [...(c.data as PyDict).liveEntries()].map((e) => [e.key, e.value]);
    let i = 0;
    let started = false;
    // The size of the dict or set when the generator's own iterator over it was made.
    let size = -1;
    it.produce = () => {
      if (!started) {
        started = true;
        c.iterating++;
        it.onClose = () => {
          c.iterating--;
          if (c.iterating === 0) commitRemovals(c);
        };
        size = dataSize(c);
      } else if (dataSize(c) !== size) {
        // The dict or set iterator inside the generator notices a change of size (a removal
        // committed by len() or remove() during the iteration, a store) and the generator ends.
        i = entries.length;
        h.closeGenerator(it);
        interp.raise(
          'RuntimeError',
          c.data instanceof PySet
            ? 'Set changed size during iteration'
            : 'dictionary changed size during iteration',
        );
      }
      while (i < entries.length) {
        const [entry, value] = entries[i++]!;
        const held = step(entry, value);
        if (!held) continue;
        for (const o of held) h.incref(o, it, 'frame');
        for (const o of it.held.splice(0, it.held.length, ...held)) h.decref(o, it, 'frame');
        let yielded: PyObject;
        if (held.length === 2) {
          for (const o of held) h.incref(o);
          yielded = h.newTuple(held.slice());
        } else {
          yielded = held[0]!;
          h.incref(yielded);
        }
        return yielded;
      }
      return null;
    };
    return it;
  };

  /**
   * _commit_removals: the entries whose referents died during an iteration go now, the last
   * noted first (it pops _pending_removals).
   */
  const commitRemovals = (c: PyWeakContainer): void => {
    const pending = c.pending.splice(0);
    for (let k = pending.length - 1; k >= 0; k--) {
      removeDead(c, pending[k]!);
      h.decref(pending[k]!);
    }
  };

  const dataSize = (c: PyWeakContainer): number =>
    c.data instanceof PySet ? c.data.members.size : c.data ? c.data.size : 0;

  /** The referent of an entry's weakref and what a generator step holds and yields. */
  const keyOf = (c: PyWeakContainer, entry: PyObject, value: PyObject | null): PyObject | null =>
    c.kind === 'WeakValueDictionary'
      ? (value as PyWeakref).referent
        ? entry
        : null
      : (entry as PyWeakref).referent;
  const valueOf = (c: PyWeakContainer, entry: PyObject, value: PyObject | null): PyObject | null =>
    c.kind === 'WeakValueDictionary'
      ? (value as PyWeakref).referent
      : (entry as PyWeakref).referent
        ? value
        : null;

  const clear = (_interp: Interpreter, args: PyObject[]) => {
    const d = data(args);
    if (d instanceof PySet) h.setClear(d);
    else h.clearObject(d);
    return h.none();
  };

  const mapping: Record<string, MethodFn> = {
    clear,
    __getitem__(interp, args) {
      const v = lookup(args[0] as PyWeakContainer, args[1]!) ?? keyError(args[1]!);
      h.incref(v);
      return v;
    },
    __setitem__(interp, args) {
      store(args[0] as PyWeakContainer, args[1]!, args[2]!);
      return h.none();
    },
    __delitem__(interp, args) {
      const c = args[0] as PyWeakContainer;
      const d = dictData(args);
      if (c.kind === 'WeakValueDictionary') {
        if (!interp.hashGuard(() => h.dictDelete(d, args[1]!))) keyError(args[1]!);
      } else {
        const probe = newWeakref(interp, types, args[1]!, null, 'ref');
        const ok = h.dictDelete(d, probe);
        h.decref(probe);
        if (!ok) keyError(args[1]!);
      }
      return h.none();
    },
    __contains__(interp, args) {
      // WeakKeyDictionary.__contains__: a key that cannot be weakly referenced is just absent.
      const c = args[0] as PyWeakContainer;
      if (c.kind === 'WeakKeyDictionary' && !supportsWeakrefs(args[1]!)) return h.bool(false);
      return h.bool(lookup(c, args[1]!) !== undefined);
    },
    __len__(interp, args) {
      // WeakValueDictionary commits its pending removals first, even during an iteration (which
      // then fails); WeakKeyDictionary subtracts them.
      const c = args[0] as PyWeakContainer;
      if (c.kind === 'WeakValueDictionary') {
        if (c.pending.length > 0) commitRemovals(c);
        return h.newInt(dataSize(c));
      }
      return h.newInt(dataSize(c) - c.pending.length);
    },
    __iter__(interp, args) {
      const c = args[0] as PyWeakContainer;
      return lazy(c, `${c.kind}.keys`, (e, v) => {
        const k = keyOf(c, e, v);
        return k ? [k] : null;
      });
    },
    get(interp, args) {
      const v = lookup(args[0] as PyWeakContainer, args[1]!) ?? args[2] ?? h.None;
      h.incref(v);
      return v;
    },
    pop(interp, args) {
      const c = args[0] as PyWeakContainer;
      // WeakKeyDictionary.pop passes its *args to dict.pop; WeakValueDictionary's reads args[0].
      if (c.kind === 'WeakKeyDictionary' && args.length > 3)
        interp.raise('TypeError', `pop expected at most 2 arguments, got ${args.length - 1}`);
      const v = lookup(c, args[1]!);
      if (v === undefined) {
        if (args[2]) {
          h.incref(args[2]);
          return args[2];
        }
        return keyError(args[1]!);
      }
      h.incref(v);
      mapping.__delitem__!(interp, args.slice(0, 2), null);
      return v;
    },
    setdefault(interp, args) {
      const c = args[0] as PyWeakContainer;
      let v = lookup(c, args[1]!);
      if (v === undefined) {
        v = args[2] ?? h.None;
        store(c, args[1]!, v);
      }
      h.incref(v);
      return v;
    },
    keys(interp, args) {
      const c = args[0] as PyWeakContainer;
      return lazy(c, `${c.kind}.keys`, (e, v) => {
        const k = keyOf(c, e, v);
        return k ? [k] : null;
      });
    },
    values(interp, args) {
      const c = args[0] as PyWeakContainer;
      return lazy(c, `${c.kind}.values`, (e, v) => {
        const value = valueOf(c, e, v);
        return value ? [value] : null;
      });
    },
    items(interp, args) {
      const c = args[0] as PyWeakContainer;
      return lazy(c, `${c.kind}.items`, (e, v) => {
        const k = keyOf(c, e, v);
        const value = valueOf(c, e, v);
        return k && value ? [k, value] : null;
      });
    },
    valuerefs(interp, args) {
      const refs = [...dictData(args).liveEntries()].map((e) => e.value);
      return listOf(refs);
    },
    keyrefs(interp, args) {
      const refs = [...dictData(args).liveEntries()].map((e) => e.key);
      return listOf(refs);
    },
    __repr__(interp, args) {
      const c = args[0] as PyWeakContainer;
      return h.newStr(`<${c.kind} at ${hexAddress(c)}>`);
    },
  };
  const mappingSignatures: Record<string, readonly string[]> = {
    get: ['self', 'key', 'default?'],
    pop: ['self', 'key', '*args'],
    setdefault: ['self', 'key', 'default?'],
    __getitem__: ['self', 'key'],
    __setitem__: ['self', 'key', 'value'],
    __delitem__: ['self', 'key'],
    __contains__: ['self', 'key'],
    __len__: ['self'],
    keys: ['self'],
    values: ['self'],
    items: ['self'],
    clear: ['self'],
    valuerefs: ['self'],
    keyrefs: ['self'],
  };
  registerTypeMethods(
    interp,
    types.containers.WeakValueDictionary,
    { ...mapping, __new__: (_interp, args, kw) => construct('WeakValueDictionary', args, kw) },
    [],
    mappingSignatures,
  );
  registerTypeMethods(
    interp,
    types.containers.WeakKeyDictionary,
    { ...mapping, __new__: (_interp, args, kw) => construct('WeakKeyDictionary', args, kw) },
    [],
    mappingSignatures,
  );

  registerTypeMethods(
    interp,
    types.containers.WeakSet,
    {
      __new__: (_interp, args, kw) => construct('WeakSet', args, kw),
      clear,
      add(interp, args) {
        add(args[0] as PyWeakContainer, args[1]!);
        return h.none();
      },
      discard(interp, args) {
        const c = args[0] as PyWeakContainer;
        if (c.pending.length > 0) commitRemovals(c);
        const s = data(args) as PySet;
        const probe = newWeakref(interp, types, args[1]!, null, 'ref');
        h.setDiscard(s, probe);
        h.decref(probe);
        return h.none();
      },
      remove(interp, args) {
        const c = args[0] as PyWeakContainer;
        if (c.pending.length > 0) commitRemovals(c);
        const s = data(args) as PySet;
        const probe = newWeakref(interp, types, args[1]!, null, 'ref');
        const removed = h.setDiscard(s, probe);
        if (!removed) {
          // set.remove(ref(item)): the KeyError carries the weakref, which it keeps alive.
          try {
            interp.raiseObject(
              interp.callWith(interp.exceptions.get('KeyError')!, [probe], null, interp.frame),
            );
          } finally {
            h.decref(probe);
          }
        }
        h.decref(probe);
        return h.none();
      },
      __contains__(interp, args) {
        if (!supportsWeakrefs(args[1]!)) return h.bool(false);
        const probe = newWeakref(interp, types, args[1]!, null, 'ref');
        const found = (data(args) as PySet).members.has(hashKey(probe));
        h.decref(probe);
        return h.bool(found);
      },
      __len__(interp, args) {
        const c = args[0] as PyWeakContainer;
        return h.newInt(dataSize(c) - c.pending.length);
      },
      __iter__(interp, args) {
        const c = args[0] as PyWeakContainer;
        return lazy(c, 'WeakSet.__iter__', (e) => {
          const item = (e as PyWeakref).referent;
          return item ? [item] : null;
        });
      },
      // _weakrefset.py: repr(self.data), the set of its weak references.
      __repr__(interp, args) {
        return h.newStr(repr(interp, data(args)));
      },
    },
    [],
    {
      add: ['self', 'item'],
      discard: ['self', 'item'],
      remove: ['self', 'item'],
      __len__: ['self'],
      __contains__: ['self', 'item'],
      clear: ['self'],
    },
  );
}
