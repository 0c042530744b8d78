/** The importable modules, each a real module object on the heap: the core's and the library's. */
import type { PyModule } from '../../engine';
import { NotSupported } from '../errors';
import type { Interpreter } from '../interpreter';
import { lateCore } from '../lateCore';
import { libraryOf } from '../library';
import { installCollector } from '../gcRuntime';
import { sysMembers } from './sys';
import { newModule } from './moduleObject';

/**
 * Every module `import` accepts: the core's (sys, gc), the library's made when it is attached
 * (modules/library.ts) and the library's made at their first import (modules/firstImport.ts).
 */
export const MODULE_NAMES = [
  'sys',
  'gc',
  'weakref',
  'json',
  'pprint',
  'collections',
  'functools',
  'copy',
  'typing',
  'contextlib',
] as const;

/**
 * Members of the supported modules that CPython has and Heapscope does not run: using one is a
 * NotSupported refusal naming it, never an AttributeError CPython would not raise. get_objects,
 * get_stats and get_freeze_count report the interpreter's own start-up objects and collections,
 * which a simulated heap does not have (gc.freeze and gc.unfreeze themselves run).
 */
export const REFUSED_MODULE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  gc: ['get_objects', 'get_stats', 'get_freeze_count'],
};

/** The module of the core, sys, and the collector's runtime (the gc module is the library's). */
export function installCoreModules(interp: Interpreter): void {
  interp.modules.set('sys', newModule(interp, 'sys', sysMembers(interp)));
  installCollector(interp);
}

/** The library's modules (modules/library.ts), once it is attached; sys gets its members. */
export function installLibraryModules(interp: Interpreter): void {
  for (const [name, members] of Object.entries(interp.library!.modules)) {
    const m = interp.modules.get(name) ?? newModule(interp, name, {});
    for (const [k, v] of Object.entries(members(interp))) interp.setName(m.dict, k, v);
    interp.modules.set(name, m);
  }
}

/**
 * A member of a supported module that CPython has and Heapscope does not: refused by name at the
 * current line (never an AttributeError or ImportError CPython would not raise).
 */
export function refuseMissingMember(interp: Interpreter, module: string, name: string): void {
  if (
    isRefusedMember(interp, module, name) ||
    libraryOf(interp).cpythonModuleMembers[module]?.has(name)
  )
    throw new NotSupported(`${module}.${name}`, interp.frame?.lineno ?? 0);
}

/** A member refused even where the module has it bound (it would not do what CPython's does). */
export function isRefusedMember(interp: Interpreter, module: string, name: string): boolean {
  return (
    (REFUSED_MODULE_MEMBERS[module]?.includes(name) ||
      libraryOf(interp).refusedModuleMembers[module]?.includes(name) ||
      libraryOf(interp).firstImportModules[module]?.refused.includes(name)) ??
    false
  );
}

/**
 * The module object for `import name`: sys, gc and weakref exist from the start; a library
 * module made at its first import (functools, ...) is made then (moduleImports.ts).
 */
export function importModule(interp: Interpreter, name: string): PyModule {
  return lateCore(interp).importModule(interp, name);
}

/**
 * `from module import name` of a name the module lacks: CPython's ImportError, or a refusal
 * (moduleImports.ts).
 */
export function missingImport(interp: Interpreter, module: string, name: string): never {
  return lateCore(interp).missingImport(interp, module, name);
}
