/** The importable modules, each a real module object on the heap: the core's and the library's. */
import type { Interpreter } from '../interpreter';
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
