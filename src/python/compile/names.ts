/** Loading and storing a name, as the scope (scopes.ts) places it: fast local, cell, global, name. */
import type { Expr, Store } from '../ir/nodes';
import type { CompileContext, Scope } from './context';

export function storeName(ctx: CompileContext, name: string, scope: Scope): Store {
  if (scope.derefs?.has(name)) return { k: 'storeDeref', slot: scope.locals.indexOf(name) };
  const slot =
    scope.kind === 'function' && !scope.globals.has(name) ? scope.locals.indexOf(name) : -1;
  if (slot >= 0) return { k: 'storeFast', slot, name };
  // STORE_GLOBAL: in a function, and for a name a class body declares `global`.
  const global = scope.kind === 'function' || scope.globals.has(name);
  return { k: 'storeNs', name, key: ctx.interp.key(name), global };
}

export function loadName(ctx: CompileContext, name: string, scope: Scope): Expr {
  const key = ctx.interp.key(name);
  if (scope.derefs?.has(name))
    return { k: 'deref', slot: scope.locals.indexOf(name), name, free: ctx.isFree(name, scope) };
  if (scope.classDerefs?.has(name))
    return { k: 'classDeref', slot: scope.locals.indexOf(name), name };
  if (scope.kind === 'function' && !scope.globals.has(name)) {
    const slot = scope.locals.indexOf(name);
    if (slot >= 0) return { k: 'fast', slot, name };
  }
  // LOAD_GLOBAL in a function or for a declared global; else LOAD_NAME.
  const global = scope.kind === 'function' || scope.globals.has(name);
  return { k: 'loadNs', name, key, global };
}
