/** Module objects and their functions, as the importable modules make them. */
import { PyModule, type PyObject } from '../../engine';
import type { BuiltinImpl } from '../builtins';
import type { Interpreter } from '../interpreter';

/** A module as `import` finds it: static (never freed), its members in its dict. */
export function newModule(
  interp: Interpreter,
  name: string,
  members: Record<string, PyObject>,
): PyModule {
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
