/** The importable modules: sys, gc and weakref, each a real module object on the heap. */
import { PyModule, PyType, traverse, type PyObject } from '../../engine';
import type { BuiltinImpl } from '../builtins';
import type { Interpreter } from '../interpreter';
import { gcMembers } from './gc';
import { sysMembers } from './sys';
import { weakrefMembers } from './weakref';
import { LIBRARY_MODULES } from './library';

export const MODULE_NAMES = ['sys', 'gc', 'weakref', ...Object.keys(LIBRARY_MODULES)] as const;

/**
 * Members of the supported modules that CPython has and Heapscope does not run: using one is a
 * NotSupported refusal naming it, never an AttributeError CPython would not raise. get_objects,
 * get_stats and get_freeze_count report the interpreter's own start-up objects and collections,
 * which a simulated heap does not have (gc.freeze and gc.unfreeze themselves run).
 */
export const REFUSED_MODULE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  gc: ['get_objects', 'get_stats', 'get_freeze_count'],
  ...Object.fromEntries(Object.entries(LIBRARY_MODULES).map(([k, m]) => [k, m.refused])),
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

/**
 * The module object for `import name`: sys, gc and weakref exist from the start; a library
 * module (functools, ...) is made at its first import, as CPython imports it: its objects
 * join the heap then, without events (like a code object's constants), and count as the
 * interpreter's own (drawn as shared pills, never freed).
 */
export function importModule(interp: Interpreter, name: string): PyModule {
  const have = interp.modules.get(name);
  if (have) return have;
  const lib = LIBRARY_MODULES[name]!;
  const h = interp.heap;
  const recording = h.recording;
  h.recording = false;
  try {
    const m = newModule(interp, name, {});
    interp.modules.set(name, m);
    lib.install(interp, m);
    // Classes its Python defines (copy.Error) are the module's: `<class 'copy.Error'>`.
    for (const e of m.dict.entries) {
      const v = e?.value;
      if (v instanceof PyType && v.isHeapType && !v.moduleName) v.moduleName = name;
    }
    markShared(m);
    return m;
  } finally {
    h.recording = recording;
  }
}

/** Everything a freshly imported module reaches is the interpreter's own. */
function markShared(m: PyModule): void {
  const stack: PyObject[] = [m.dict];
  while (stack.length) {
    const o = stack.pop()!;
    if (o.interned) continue;
    o.interned = true;
    traverse(o, (t) => stack.push(t));
  }
}
