/**
 * How the built-ins check their arguments, with CPython's messages: a function that takes no
 * keywords, a METH_NOARGS method, and the Argument Clinic binding of positional-or-keyword
 * parameters (`int(x, base=)`, `str(object=, encoding=, errors=)`, `sys.getsizeof(object,
 * default)`). Names are as CPython's errors give them (`list.copy`, `sys.getrefcount`, `int`).
 */
import type { PyObject } from '../engine';
import type { Kw } from './builtins';
import type { Interpreter } from './interpreter';

export function noKeywords(interp: Interpreter, name: string, kw: Kw): void {
  if (kw && kw.length) interp.raise('TypeError', `${name}() takes no keyword arguments`);
}

/** A METH_NOARGS method (`args[0]` is self). */
export function noArguments(interp: Interpreter, name: string, args: PyObject[], kw: Kw): void {
  noKeywords(interp, name, kw);
  if (args.length > 1)
    interp.raise('TypeError', `${name}() takes no arguments (${args.length - 1} given)`);
}

/**
 * `args` and `kw` bound to `params` by position: what is not given is undefined. A parameter
 * named null is positional only (int's `x`). Too many, an unknown keyword, or one given twice is
 * CPython's TypeError.
 */
export function bindParameters(
  interp: Interpreter,
  name: string,
  params: readonly (string | null)[],
  args: readonly PyObject[],
  kw: Kw,
): (PyObject | undefined)[] {
  const given = args.length + (kw?.length ?? 0);
  if (given > params.length)
    interp.raise(
      'TypeError',
      `${name}() takes at most ${params.length} arguments (${given} given)`,
    );
  const bound: (PyObject | undefined)[] = [...args];
  for (const [key, value] of kw ?? []) {
    const at = params.indexOf(key);
    if (at < 0) interp.raise('TypeError', `'${key}' is an invalid keyword argument for ${name}()`);
    if (bound[at])
      interp.raise(
        'TypeError',
        `argument for ${name}() given by name ('${key}') and position (${at + 1})`,
      );
    bound[at] = value;
  }
  return bound;
}
