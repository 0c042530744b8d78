/** The importable modules. `sys` for now; `gc` and `weakref` join it with the collector. */
import { PyModule, type PyObject } from '../engine';
import type { BuiltinImpl } from './builtins';
import type { Interpreter } from './interpreter';

const getrefcount: BuiltinImpl = {
  name: 'getrefcount',
  call(interp, args) {
    if (args.length !== 1)
      interp.raise('TypeError', `getrefcount() takes exactly one argument (${args.length} given)`);
    // The argument is borrowed from the caller's stack, which counts it: "one more than you expect".
    return interp.heap.newInt(args[0]!.refcount);
  },
};

function newModule(interp: Interpreter, name: string, members: Record<string, PyObject>): PyModule {
  const m = interp.heap.newModule(name);
  m.interned = true;
  for (const [k, v] of Object.entries(members)) interp.setName(m.dict, k, v);
  interp.setName(m.dict, '__name__', interp.heap.newStr(name, true));
  return m;
}

function builtinFunction(interp: Interpreter, impl: BuiltinImpl): PyObject {
  const f = interp.heap.newBuiltin(impl.name, impl);
  f.interned = true;
  return f;
}

export function installModules(interp: Interpreter): void {
  interp.modules.set(
    'sys',
    newModule(interp, 'sys', { getrefcount: builtinFunction(interp, getrefcount) }),
  );
}
