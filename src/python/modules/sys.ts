/** `sys.getrefcount`: the refcount, which counts the argument's own reference on the stack. */
import type { PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { moduleFunction } from './index';

export function sysMembers(interp: Interpreter): Record<string, PyObject> {
  return {
    getrefcount: moduleFunction(interp, {
      name: 'getrefcount',
      call(interp, args) {
        if (args.length !== 1) {
          interp.raise(
            'TypeError',
            `getrefcount() takes exactly one argument (${args.length} given)`,
          );
        }
        return interp.heap.newInt(args[0]!.refcount);
      },
    }),
  };
}
