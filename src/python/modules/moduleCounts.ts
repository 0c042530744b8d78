/**
 * What the collector's introspection cannot show as CPython does is refused by name.
 *
 * A module object's references are not modelled: CPython counts the one in sys.modules, each
 * importer's global, every other library module that imported it, and more (sys.getrefcount(gc)
 * is 21 in python3 3.11.7, functools 20, collections 12). Questions about them are refused by
 * name rather than answered with Heapscope's smaller numbers.
 */
import { PyModule, type PyObject } from '../../engine';
import { NotSupported } from '../errors';
import type { Interpreter } from '../interpreter';

export function refuseModuleArgument(
  interp: Interpreter,
  args: readonly PyObject[],
  what: string,
): void {
  if (args.some((a) => a instanceof PyModule))
    throw new NotSupported(`${what} of a module`, interp.frame?.lineno ?? 0);
}
