/** Whether a module is imported under its own name in Globals (so `gc.collect()` can be called). */
import type { HeapSnapshot } from '../engine/snapshot';
import { globalsFrame } from './paths';

export function hasModule(snapshot: HeapSnapshot, module: string): boolean {
  const name = globalsFrame(snapshot)?.names.find((n) => n.name === module);
  if (!name) return false;
  const target = snapshot.objects.find((o) => o.id === name.target);
  // Modules are drawn as shared pills ("<module 'gc'>"); one left out of the snapshot is fine too.
  return !target || target.repr === `<module '${module}'>`;
}

/** `import gc` when `gc` does not name the module yet, else nothing. */
export function importFirst(snapshot: HeapSnapshot, module: string): string[] {
  return hasModule(snapshot, module) ? [] : [`import ${module}`];
}
