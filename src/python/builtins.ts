/**
 * The built-in functions and names of the `builtins` module. Each function borrows its arguments
 * and returns a new reference. `print` is METH_VARARGS in 3.11: its arguments are packed in a
 * tuple while it runs (a `__repr__` called from print sees that extra reference).
 */
import type { PyObject, PyType } from '../engine';
import { EXCEPTION_NAMES } from './exceptions';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { lateMethod } from './lateCore';
import { typeMethods } from './methods';
import { wrapperTypes } from './descriptors';

/** Keyword arguments: names and borrowed values, or null when there are none. */
export type Kw = readonly (readonly [string, PyObject])[] | null;

export interface BuiltinImpl {
  readonly name: string;
  /** A method descriptor: `obj.name` binds it, args[0] is self. */
  readonly isMethod?: boolean;
  /** A property (`finalize.alive`): reading the attribute calls it with self. */
  readonly isProperty?: boolean;
  /** A built-in type's getset without a setter (int.real): assigning it is "not writable". */
  readonly readOnly?: boolean;
  /** A property's setter, when assigning the attribute is allowed (`finalize.atexit = False`). */
  readonly setProperty?: (interp: Interpreter, self: PyObject, value: PyObject) => void;
  /** str(x) in quickened code skips the argument tuple (3.11's PRECALL_NO_KW_STR_1). */
  readonly quickenedSkipsTuple?: boolean;
  /** The name errors use, when not `name` (gc.is_tracked). */
  readonly qualname?: string;
  /**
   * For methods written in Python in CPython (weakref.py): the parameters, self first, optional
   * ones ending in '?', checked with a Python function's error messages.
   */
  readonly params?: readonly string[];
  /** How many positional arguments it takes (self included for methods): [min, max]. */
  readonly arity?: readonly [number, number];
  /** METH_VARARGS: the interpreter packs the arguments into a tuple for the call. */
  readonly packsArgs?: boolean;
  /** Called without a level of the recursion limit (a type with vectorcall, type(x)). */
  readonly noRecursionLevel?: boolean;
  /** Warm code calls it with this many arguments (self included) through a specialised
   * instruction that takes no level of the recursion limit (len, isinstance, list.append). */
  readonly warmArgs?: number;
  call(interp: Interpreter, args: PyObject[], kw: Kw): PyObject;
}

/**
 * The core's built-in functions: what each is called and how (print packs its arguments in a
 * tuple, len and isinstance have a warm form). The app's setup calls none of them, so their bodies
 * (builtinFunctions.ts) load with the library: each calls its body there.
 */
const FUNCTIONS: BuiltinImpl[] = [
  { name: 'print', packsArgs: true },
  { name: 'len', warmArgs: 1 },
  { name: 'id' },
  { name: 'hash' },
  { name: 'hex' },
  { name: 'format' },
  { name: 'repr' },
  { name: 'isinstance', warmArgs: 2 },
  { name: 'hasattr' },
  { name: 'getattr' },
  { name: 'setattr' },
].map((f) => ({ ...f, call: lateMethod((late) => late.functions[f.name]!) }));

/** The names of the core's built-in functions, in the order the builtins module gets them. */
export const CORE_FUNCTION_NAMES: readonly string[] = FUNCTIONS.map((f) => f.name);

const TYPE_NAMES = [
  'int',
  'float',
  'str',
  'bool',
  'list',
  'tuple',
  'dict',
  'set',
  'range',
  'object',
  'type',
] as const;

const typeNew: BuiltinImpl = {
  name: '__new__',
  noRecursionLevel: true,
  call(interp, args, kw) {
    if (kw && kw.length) interp.raise('TypeError', 'type() takes no keyword arguments');
    if (args.length === 3)
      throw new NotSupported(
        'type() with three arguments (making a class)',
        interp.frame?.lineno ?? 0,
      );
    if (args.length !== 1) interp.raise('TypeError', 'type() takes 1 or 3 arguments');
    interp.heap.incref(args[0]!.type);
    return args[0]!.type;
  },
};

export function installBuiltins(interp: Interpreter): void {
  const h = interp.heap;
  installFunctions(interp, FUNCTIONS);
  for (const name of TYPE_NAMES) {
    const t = (h.types as unknown as Record<string, PyType>)[name]!;
    h.incref(t);
    interp.setName(interp.builtins, name, t);
  }
  installTypes(interp, wrapperTypes(interp));
  // str's method descriptors exist from the start, as in CPython's type dict: made lazily, the
  // first method call would count them as the program's allocations.
  typeMethods(interp, h.types.str);
  const typeCtor = h.newBuiltin('__new__', typeNew);
  typeCtor.interned = true;
  typeMethods(interp, h.types.type).set('__new__', typeCtor);
  for (const name of EXCEPTION_NAMES) {
    const t = interp.exceptions.get(name)!;
    h.incref(t);
    interp.setName(interp.builtins, name, t);
  }
}

/** Built-in functions as the builtins module's static objects. */
export function installFunctions(interp: Interpreter, impls: readonly BuiltinImpl[]): void {
  for (const impl of impls) {
    const fn = interp.heap.newBuiltin(impl.name, impl);
    fn.interned = true;
    interp.setName(interp.builtins, impl.name, fn);
  }
}

/** Built-in types named in the builtins module. */
export function installTypes(interp: Interpreter, types: readonly PyType[]): void {
  for (const t of types) {
    interp.heap.incref(t);
    interp.setName(interp.builtins, t.name, t);
  }
}
