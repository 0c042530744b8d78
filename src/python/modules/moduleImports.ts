/**
 * `import name` and `from module import name` (modules/index.ts says what each gives). This loads
 * with the library (lateCore.ts): the app's setup imports nothing.
 */
import { PyType, traverse, type PyModule, type PyObject } from '../../engine';
import { NotSupported } from '../errors';
import type { Interpreter } from '../interpreter';
import { libraryOf } from '../library';
import { refuseMissingMember } from './index';
import { newModule } from './moduleObject';

/**
 * The module object for `import name`: sys, gc and weakref exist from the start; a library
 * module made at its first import (functools, ...) is made then, as CPython imports it: its
 * objects join the heap without events (like a code object's constants), and count as the
 * interpreter's own (drawn as shared pills, never freed).
 */
export function importModule(interp: Interpreter, name: string): PyModule {
  const have = interp.modules.get(name);
  if (have) return have;
  const lib = libraryOf(interp).firstImportModules[name]!;
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
