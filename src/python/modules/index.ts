/** The importable modules, each a real module object on the heap: the core's and the library's. */
import { NotSupported } from '../errors';
import type { Interpreter } from '../interpreter';
import { libraryOf } from '../library';
import { gcMembers } from './gc';
import { sysMembers } from './sys';
import { newModule } from './moduleObject';

export const MODULE_NAMES = ['sys', 'gc', 'weakref'] as const;

/**
 * Members of the supported modules that CPython has and Heapscope does not run: using one is a
 * NotSupported refusal naming it, never an AttributeError CPython would not raise. get_objects,
 * get_stats and get_freeze_count report the interpreter's own start-up objects and collections,
 * which a simulated heap does not have (gc.freeze and gc.unfreeze themselves run).
 */
export const REFUSED_MODULE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  gc: ['get_objects', 'get_stats', 'get_freeze_count'],
};

/** The modules of the core: the collector's runtime lives in gc's (gcRuntime.ts). */
export function installCoreModules(interp: Interpreter): void {
  interp.modules.set('sys', newModule(interp, 'sys', sysMembers(interp)));
  interp.modules.set('gc', newModule(interp, 'gc', gcMembers(interp)));
}

/** The library's modules (modules/library.ts), once it is attached. */
export function installLibraryModules(interp: Interpreter): void {
  for (const [name, members] of Object.entries(interp.library!.modules))
    interp.modules.set(name, newModule(interp, name, members(interp)));
}

/**
 * A member of a supported module that CPython has and Heapscope does not: refused by name at the
 * current line (never an AttributeError or ImportError CPython would not raise).
 */
export function refuseMissingMember(interp: Interpreter, module: string, name: string): void {
  if (
    REFUSED_MODULE_MEMBERS[module]?.includes(name) ||
    libraryOf(interp).cpythonModuleMembers[module]?.has(name)
  )
    throw new NotSupported(`${module}.${name}`, interp.frame?.lineno ?? 0);
}

/** Modules CPython builds into the interpreter: a failed from-import names no file. */
const BUILT_IN_MODULES: ReadonlySet<string> = new Set(['sys', 'gc']);

/**
 * `from module import name` of a name the module lacks: CPython's ImportError where its message
 * is known ("(unknown location)" for a built-in module); a module written in Python names its
 * file, which is CPython's installation's own, so that is refused instead.
 */
export function missingImport(interp: Interpreter, module: string, name: string): never {
  refuseMissingMember(interp, module, name);
  if (!BUILT_IN_MODULES.has(module))
    throw new NotSupported(
      `importing '${name}', which '${module}' does not have,`,
      interp.frame?.lineno ?? 0,
    );
  return interp.raise(
    'ImportError',
    `cannot import name '${name}' from '${module}' (unknown location)`,
  );
}
