/**
 * `sys`: getrefcount (the refcount, which counts the argument's own reference on the stack),
 * getsizeof (CPython 3.11's sizes, see engine/sizes.ts), and the recursion limit. The app's setup
 * calls none of them: their bodies (sysFunctions.ts) load with the library (lateCore.ts).
 */
import type { PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { lateMethod } from '../lateCore';
import { moduleFunction } from './moduleObject';
import { sysExcInfoMembers } from './sysExcInfo';
import { sysStreamMembers } from './sysStreams';

/** Py_ssize_t's largest value on a 64-bit build (the longest a list or str can be): static. */
function maxsize(interp: Interpreter): PyObject {
  const n = interp.heap.newInt(9223372036854775807n);
  n.interned = true;
  return n;
}

export function sysMembers(interp: Interpreter): Record<string, PyObject> {
  return {
    maxsize: maxsize(interp),
    ...sysExcInfoMembers(interp),
    ...sysStreamMembers(interp),
    exit: moduleFunction(interp, {
      name: 'exit',
      call: lateMethod((late) => late.sysFunctions.exit),
    }),
    getrefcount: moduleFunction(interp, {
      name: 'getrefcount',
      call: lateMethod((late) => late.sysFunctions.getrefcount),
    }),
    getsizeof: moduleFunction(interp, {
      name: 'getsizeof',
      call: lateMethod((late) => late.sysFunctions.getsizeof),
    }),
    getrecursionlimit: moduleFunction(interp, {
      name: 'getrecursionlimit',
      qualname: 'sys.getrecursionlimit',
      arity: [0, 0],
      call: lateMethod((late) => late.sysFunctions.getrecursionlimit),
    }),
    setrecursionlimit: moduleFunction(interp, {
      name: 'setrecursionlimit',
      qualname: 'sys.setrecursionlimit',
      arity: [1, 1],
      call: lateMethod((late) => late.sysFunctions.setrecursionlimit),
    }),
  };
}
