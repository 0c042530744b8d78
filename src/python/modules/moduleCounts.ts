/**
 * What the collector's introspection cannot show as CPython does is refused by name.
 *
 * A module object's references are not modelled: CPython counts the one in sys.modules, each
 * importer's global, every other library module that imported it, and more (sys.getrefcount(gc)
 * is 21 in python3 3.11.7, functools 20, collections 12). Questions about them are refused by
 * name rather than answered with Heapscope's smaller numbers.
 */
import { PyModule, PyType, type PyObject } from '../../engine';
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

/**
 * A class's attributes live in the class itself here, not in a dict of its own (tp_dict): CPython
 * lists that dict among a class's referents, and as the referrer of each attribute value.
 */
export function refuseClassReferents(interp: Interpreter, args: readonly PyObject[]): void {
  if (args.some((a) => a instanceof PyType && a.isHeapType))
    throw new NotSupported('gc.get_referents of a class', interp.frame?.lineno ?? 0);
}

/** `referrer` refers to one of `targets` as a class refers to its attributes' values. */
export function refuseClassReferrer(
  interp: Interpreter,
  referrer: PyObject,
  targets: ReadonlySet<PyObject>,
): void {
  if (!(referrer instanceof PyType) || !referrer.isHeapType) return;
  for (const v of referrer.attrs.values())
    if (targets.has(v))
      throw new NotSupported('gc.get_referrers of a class attribute', interp.frame?.lineno ?? 0);
}
