/** The importable modules: sys, gc and weakref, each a real module object on the heap. */
import { PyModule, type PyObject } from '../../engine';
import type { BuiltinImpl } from '../builtins';
import type { Interpreter } from '../interpreter';
import { gcMembers } from './gc';
import { sysMembers } from './sys';
import { weakrefMembers } from './weakref';
import { CONTEXTLIB_REFUSED, loadContextlib } from './contextlib';

export const MODULE_NAMES = ['sys', 'gc', 'weakref', 'contextlib'] as const;

/** Modules made at their first import (written in Python: see runModuleSource). */
const LAZY_MODULES: Readonly<Record<string, (interp: Interpreter) => PyModule>> = {
  contextlib: loadContextlib,
};

/** The module `import name` binds: made now if this is its first import. */
export function importModule(interp: Interpreter, name: string): PyModule {
  let m = interp.modules.get(name);
  if (!m) {
    m = LAZY_MODULES[name]!(interp);
    interp.modules.set(name, m);
  }
  return m;
}

/**
 * Members of the supported modules that CPython has and Heapscope does not run: using one is a
 * NotSupported refusal naming it, never an AttributeError CPython would not raise. get_objects,
 * get_stats and get_freeze_count report the interpreter's own start-up objects and collections,
 * which a simulated heap does not have (gc.freeze and gc.unfreeze themselves run).
 */
export const REFUSED_MODULE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  gc: ['get_objects', 'get_stats', 'get_freeze_count'],
  contextlib: CONTEXTLIB_REFUSED,
};

function newModule(interp: Interpreter, name: string, members: Record<string, PyObject>): PyModule {
  const m = interp.heap.newModule(name);
  m.interned = true;
  interp.setName(m.dict, '__name__', interp.heap.newStr(name, true));
  for (const [k, v] of Object.entries(members)) interp.setName(m.dict, k, v);
  return m;
}

/** A module-level function: a static builtin, never freed. */
export function moduleFunction(interp: Interpreter, impl: BuiltinImpl): PyObject {
  const f = interp.heap.newBuiltin(impl.name, impl);
  f.interned = true;
  return f;
}

export function installModules(interp: Interpreter): void {
  interp.modules.set('sys', newModule(interp, 'sys', sysMembers(interp)));
  interp.modules.set('gc', newModule(interp, 'gc', gcMembers(interp)));
  interp.modules.set('weakref', newModule(interp, 'weakref', weakrefMembers(interp)));
}
