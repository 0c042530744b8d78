/** Closures that load, store and delete a name where scopes.ts placed it. */
import { STACK, type PyDict } from '../../engine';
import type { Ev } from '../frame';
import type { Interpreter } from '../interpreter';
import { missingName } from '../missingName';
import { GlobalNameCache } from './nameCache';
import { deleteDeref, loadClassDeref, loadDeref, storeDeref } from '../cells';
import type {
  DelDeref,
  DelFast,
  DelNs,
  LoadClassDeref,
  LoadDeref,
  LoadFast,
  LoadNs,
  StoreDeref,
  StoreFast,
  StoreNs,
} from '../ir/nodes';
import type { Builders, DelFn, StoreFn } from './backend';

export const NAME_LOADS: Builders<LoadFast | LoadNs | LoadDeref | LoadClassDeref, Ev> = {
  fast: ({ slot, name }, b) => {
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const v = f.fast[slot];
      if (!v) unboundLocal(interp, name);
      h.incref(v, STACK);
      return v;
    };
  },
  loadNs: ({ name, key, global }, b) => {
    const interp = b.interp;
    const h = b.heap;
    const notDefined = () => missingName(interp, name);
    const cache = new GlobalNameCache(key);
    if (global) {
      // LOAD_GLOBAL: the globals, then the builtins.
      return (f) => {
        const v = cache.lookup(f.globals, interp.builtins) ?? notDefined();
        h.incref(v, STACK);
        return v;
      };
    }
    return (f) => {
      const v =
        (f.names === f.globals
          ? cache.lookup(f.globals, interp.builtins)
          : (h.dictGet(f.names!, key) ??
            h.dictGet(f.globals, key) ??
            h.dictGet(interp.builtins, key))) ?? notDefined();
      h.incref(v, STACK);
      return v;
    };
  },
  deref: ({ slot, name, free }, b) => loadDeref(b.interp, slot, name, free),
  classDeref: ({ slot, name }, b) => loadClassDeref(b.interp, slot, name),
};

export const NAME_STORES: Builders<StoreFast | StoreNs | StoreDeref, StoreFn> = {
  storeFast: ({ slot, name }, b) => {
    const h = b.heap;
    return (f, v) => {
      const old = f.fast[slot];
      f.fast[slot] = v;
      h.noteMove(v, f, name);
      h.noteBind(f, name, v, true);
      if (old) h.decref(old, f, name);
    };
  },
  storeNs: ({ name, key, global }, b) => {
    const h = b.heap;
    return (f, v) => {
      const ns: PyDict = global ? f.globals : f.names!;
      h.dictSetSteal(ns, key, v);
      h.noteBind(ns, name, v, true);
    };
  },
  storeDeref: ({ slot }, b) => storeDeref(b.heap, slot),
};

export const NAME_DELS: Builders<DelFast | DelNs | DelDeref, DelFn> = {
  delFast: ({ slot, name }, b) => {
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const old = f.fast[slot];
      if (!old) unboundLocal(interp, name);
      f.fast[slot] = null;
      h.noteBind(f, name, old, false);
      h.decref(old, f, name);
    };
  },
  delNs: ({ name, key, global }, b) => {
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const ns: PyDict = global ? f.globals : f.names!;
      const old = h.dictGet(ns, key) ?? interp.raise('NameError', `name '${name}' is not defined`);
      h.noteBind(ns, name, old, false);
      h.dictDelete(ns, key);
    };
  },
  delDeref: ({ slot, name, free }, b) => deleteDeref(b.interp, slot, name, free),
};

function unboundLocal(interp: Interpreter, name: string): never {
  return interp.raise(
    'UnboundLocalError',
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}
