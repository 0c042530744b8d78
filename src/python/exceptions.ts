/**
 * The built-in exception classes, as real type objects on the heap, and how an exception instance
 * is made and described ("KeyError: 'k'").
 */
import {
  PyInstance,
  PyMemberDescriptor,
  PyTuple,
  PyType,
  type Heap,
  type PyObject,
} from '../engine';

export const EXCEPTION_NAMES = [
  'BaseException',
  'Exception',
  'ArithmeticError',
  'LookupError',
  'NameError',
  'UnboundLocalError',
  'TypeError',
  'KeyError',
  'IndexError',
  'ValueError',
  'AttributeError',
  'ImportError',
  'ReferenceError',
  'AssertionError',
  'ZeroDivisionError',
  'OverflowError',
  'RuntimeError',
  'RecursionError',
  'NotImplementedError',
  'MemoryError',
  'StopIteration',
  'KeyboardInterrupt',
  'SystemExit',
  'GeneratorExit',
] as const;

export type ExceptionName = (typeof EXCEPTION_NAMES)[number];

const PARENT: Record<ExceptionName, ExceptionName | null> = {
  BaseException: null,
  Exception: 'BaseException',
  ArithmeticError: 'Exception',
  LookupError: 'Exception',
  NameError: 'Exception',
  UnboundLocalError: 'NameError',
  TypeError: 'Exception',
  KeyError: 'LookupError',
  IndexError: 'LookupError',
  ValueError: 'Exception',
  AttributeError: 'Exception',
  ImportError: 'Exception',
  ReferenceError: 'Exception',
  AssertionError: 'Exception',
  ZeroDivisionError: 'ArithmeticError',
  OverflowError: 'ArithmeticError',
  RuntimeError: 'Exception',
  RecursionError: 'RuntimeError',
  NotImplementedError: 'RuntimeError',
  MemoryError: 'Exception',
  StopIteration: 'Exception',
  KeyboardInterrupt: 'BaseException',
  SystemExit: 'BaseException',
  GeneratorExit: 'BaseException',
};

export function makeExceptionTypes(heap: Heap): Map<ExceptionName, PyType> {
  const types = new Map<ExceptionName, PyType>();
  for (const name of EXCEPTION_NAMES) {
    const parent = PARENT[name];
    const base = parent ? types.get(parent)! : heap.types.object;
    const t = new PyType(heap.allocAddress(0x1a0), name, base, heap.types.type, false);
    t.interned = true;
    heap.live?.add(t);
    types.set(name, t);
  }
  giveMember(heap, types.get('StopIteration')!, 'value');
  giveMember(heap, types.get('SystemExit')!, 'code');
  return types;
}

export function isExceptionType(t: PyType, baseException: PyType): boolean {
  return t.isSubtypeOf(baseException);
}

/** A new exception instance of `type` with `args` (the references in `args` are stolen). */
export function newException(heap: Heap, type: PyType, args: PyObject[]): PyInstance {
  const exc = heap.track(new PyInstance(heap.allocAddress(0x48), type));
  if (type.isHeapType) heap.incref(type, exc, '__class__');
  exc.args = heap.newTuple(args);
  if (isBuiltin(type, 'StopIteration')) {
    // StopIteration_init: its `value` member holds args[0] (or None) besides the args tuple.
    const value = args[0];
    if (value) heap.incref(value, exc, 'value');
    exc.slots = new Map([['value', value ?? heap.none()]]);
  } else if (isBuiltin(type, 'SystemExit')) {
    // SystemExit_init: its `code` member holds args[0], or the args tuple when there are more.
    const code = args.length === 0 ? null : args.length === 1 ? args[0]! : exc.args;
    if (code) heap.incref(code, exc, 'code');
    exc.slots = new Map([['code', code ?? heap.none()]]);
  }
  return exc;
}

/** `str(exc)` without the traceback: args[0] for one argument, the tuple's repr otherwise. */
export function exceptionArgsText(
  exc: PyInstance,
  str: (o: PyObject) => string,
  repr: (o: PyObject) => string,
): string {
  const args = exc.args?.items ?? [];
  if (args.length === 0) return '';
  // KeyError shows its single argument with repr: `KeyError: 'k'`.
  if (args.length === 1) return isBuiltin(exc.type, 'KeyError') ? repr(args[0]!) : str(args[0]!);
  return repr(exc.args as PyTuple);
}

/**
 * StopIteration's `value` and SystemExit's `code` are members of their C structs
 * (PyStopIterationObject, PySystemExitObject), not entries of the instance's __dict__: a member
 * descriptor on the type, like a `__slots__` member's.
 */
function giveMember(heap: Heap, t: PyType, name: string): void {
  const d = new PyMemberDescriptor(
    heap.allocAddress(0x40),
    heap.lazyType('member_descriptor'),
    t,
    name,
  );
  d.interned = true;
  t.slotNames = [name];
  t.hasSlots = true;
  t.attrs.set(name, d);
}

/** Is `t` the built-in exception `name` or a class derived from it? */
function isBuiltin(t: PyType, name: string): boolean {
  for (let b: PyType | null = t; b; b = b.base) if (b.name === name && !b.isHeapType) return true;
  return false;
}
