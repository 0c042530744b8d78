/**
 * The bodies of `sys`'s functions (sys.ts makes the module with the interpreter): getrefcount,
 * getsizeof, getrecursionlimit, setrecursionlimit, exit. This loads with the library (lateCore.ts).
 */
import { PyBool, PyInstance, PyInt, PyTuple, sizeOf, type PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import type { MethodFn } from '../methods';
import { bindParameters, noKeywords } from '../argumentChecks';
import { lookupTypeAttr } from '../typeAttr';
import { refuseForGenerator } from '../generators';
import { refuseModuleArgument } from './moduleCounts';

/** INT_MAX: setrecursionlimit takes a C int. */
const INT_MAX = 2 ** 31 - 1;

export const SYS_FUNCTIONS = {
  /**
   * sys.exit(status=None): raises SystemExit, made as PyErr_SetObject makes it: with no argument
   * for None, with a tuple's items for a tuple, else with the status.
   */
  exit(interp, args, kw) {
    noKeywords(interp, 'sys.exit', kw);
    if (args.length > 1)
      interp.raise('TypeError', `exit expected at most 1 argument, got ${args.length}`);
    const status = args[0];
    const fields =
      status === undefined || status === interp.heap.None
        ? []
        : status instanceof PyTuple
          ? [...status.items]
          : [status];
    const type = interp.exceptions.get('SystemExit')!;
    return interp.raiseObject(interp.callWith(type, fields, null, interp.frame));
  },
  getrefcount(interp, args, kw) {
    noKeywords(interp, 'sys.getrefcount', kw);
    if (args.length !== 1) {
      interp.raise(
        'TypeError',
        `sys.getrefcount() takes exactly one argument (${args.length} given)`,
      );
    }
    refuseModuleArgument(interp, args, 'sys.getrefcount');
    return interp.heap.newInt(args[0]!.refcount);
  },
  /** sys.getsizeof(object, default): `default` when finding the size raises a TypeError. */
  getsizeof(interp, args, kw) {
    const named = bindParameters(interp, 'getsizeof', ['object', 'default'], args, kw);
    const [object, fallback] = named;
    if (!object)
      return interp.raise('TypeError', "getsizeof() missing required argument 'object' (pos 1)");
    try {
      return interp.heap.newInt(sizeWithHook(interp, object));
    } catch (e) {
      const exc = (e as { exc?: PyObject }).exc;
      if (!fallback || !exc?.type.isSubtypeOf(interp.exceptions.get('TypeError')!)) throw e;
      interp.releaseError(e as never);
      interp.heap.incref(fallback);
      return fallback;
    }
  },
  getrecursionlimit(interp, args, kw) {
    noKeywords(interp, 'sys.getrecursionlimit', kw);
    if (args.length > 0)
      interp.raise(
        'TypeError',
        `sys.getrecursionlimit() takes no arguments (${args.length} given)`,
      );
    return interp.heap.newInt(interp.recursionLimit);
  },
  setrecursionlimit(interp, args, kw) {
    noKeywords(interp, 'sys.setrecursionlimit', kw);
    if (args.length !== 1)
      interp.raise(
        'TypeError',
        `sys.setrecursionlimit() takes exactly one argument (${args.length} given)`,
      );
    const limit = cInt(interp, args[0]!);
    if (limit < 1) interp.raise('ValueError', 'recursion limit must be greater or equal than 1');
    // The call itself is a level: the depth counts it.
    if (interp.depth >= limit) {
      interp.raise(
        'RecursionError',
        `cannot set the recursion limit to ${limit} at the recursion depth ${interp.depth}: the limit is too low`,
      );
    }
    interp.recursionLimit = limit;
    return interp.heap.none();
  },
} satisfies Record<string, MethodFn>;

/** An argument converted as `PyArg_Parse("i")` does. */
function cInt(interp: Interpreter, o: PyObject): number {
  if (o instanceof PyBool) return +o.value;
  if (!(o instanceof PyInt))
    return interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  const v = Number(o.value);
  if (v > INT_MAX || v < -INT_MAX - 1)
    interp.raise('OverflowError', 'Python int too large to convert to C int');
  return v;
}

/**
 * sys.getsizeof: a class's own __sizeof__ when it defines one, plus what precedes the object in
 * memory (the GC header and, for a Python class's instance, the managed dict pointers).
 */
function sizeWithHook(interp: Interpreter, o: PyObject): number {
  refuseForGenerator(interp, o, 'sys.getsizeof');
  const hook = o instanceof PyInstance ? lookupTypeAttr(o.type, '__sizeof__') : null;
  if (!hook) return sizeOf(o);
  const r = interp.callWith(hook, [o], null, interp.frame);
  const n = r instanceof PyInt ? Number(r.value) : r instanceof PyBool ? +r.value : NaN;
  interp.heap.decref(r);
  if (Number.isNaN(n)) interp.raise('TypeError', 'an integer is required');
  if (n < 0) interp.raise('ValueError', '__sizeof__() should return >= 0');
  return n + 32;
}
