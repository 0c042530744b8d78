/**
 * A name found neither in the program's namespaces nor in Heapscope's builtins: a NameError, as
 * in CPython, unless it is one of CPython's builtins that Heapscope does not implement: then
 * CPython would have found it, and the program is refused at that line instead.
 */
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { libraryOf } from './library';

export function missingName(interp: Interpreter, name: string): never {
  if (libraryOf(interp).cpythonBuiltinNames.has(name))
    throw new NotSupported(`the built-in '${name}'`, interp.frame?.lineno ?? 0);
  return interp.raise('NameError', `name '${name}' is not defined`);
}
