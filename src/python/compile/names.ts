/** Loading and storing a name, as the scope (scopes.ts) places it: fast local, cell, global, name. */
import { PyObject, STACK } from '../../engine';
import { Frame, type Ev } from '../frame';
import type { Interpreter } from '../interpreter';
import { missingName } from '../missingName';
import { loadClassDeref, loadDeref, storeDeref } from '../cells';
import type { CompileContext, Scope } from './context';

export function storeName(
  ctx: CompileContext,
  name: string,
  scope: Scope,
): (f: Frame, v: PyObject) => void {
  const interp = ctx.interp;
  const h = interp.heap;
  if (scope.derefs?.has(name)) return storeDeref(h, scope.locals.indexOf(name));
  const slot =
    scope.kind === 'function' && !scope.globals.has(name) ? scope.locals.indexOf(name) : -1;
  if (slot >= 0) {
    return (f, v) => {
      const old = f.fast[slot];
      f.fast[slot] = v;
      h.noteMove(v, f, name);
      h.noteBind(f, name, v, true);
      if (old) h.decref(old, f, name);
    };
  }
  const key = interp.key(name);
  // STORE_GLOBAL: in a function, and for a name a class body declares `global`.
  const useGlobals = scope.kind === 'function' || scope.globals.has(name);
  return (f, v) => {
    const ns = useGlobals ? f.globals : f.names!;
    h.dictSetSteal(ns, key, v);
    h.noteBind(ns, name, v, true);
  };
}

export function loadName(ctx: CompileContext, name: string, scope: Scope): Ev {
  const interp = ctx.interp;
  const h = interp.heap;
  const key = interp.key(name);
  const notDefined = () => missingName(interp, name);
  if (scope.derefs?.has(name))
    return loadDeref(interp, scope.locals.indexOf(name), name, ctx.isFree(name, scope));
  if (scope.classDerefs?.has(name)) return loadClassDeref(interp, scope.locals.indexOf(name), name);
  if (scope.kind === 'function' && !scope.globals.has(name)) {
    const slot = scope.locals.indexOf(name);
    if (slot >= 0) {
      return (f) => {
        const v = f.fast[slot];
        if (!v) unboundLocal(interp, name);
        h.incref(v, STACK);
        return v;
      };
    }
  }
  if (scope.kind === 'function' || scope.globals.has(name)) {
    // LOAD_GLOBAL: the globals, then the builtins.
    return (f) => {
      const v = h.dictGet(f.globals, key) ?? h.dictGet(interp.builtins, key) ?? notDefined();
      h.incref(v, STACK);
      return v;
    };
  }
  return (f) => {
    const v =
      h.dictGet(f.names!, key) ??
      (f.names !== f.globals ? h.dictGet(f.globals, key) : undefined) ??
      h.dictGet(interp.builtins, key) ??
      notDefined();
    h.incref(v, STACK);
    return v;
  };
}

export function unboundLocal(interp: Interpreter, name: string): never {
  return interp.raise(
    'UnboundLocalError',
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}
