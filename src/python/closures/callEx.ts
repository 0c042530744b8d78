/** Closures of calls with `*` or `**` arguments (ir/callEx.ts): CALL_FUNCTION_EX. */
import type { Ev } from '../frame';
import { lateCore } from '../lateCore';
import type { CallEx } from '../ir/callEx';
import type { Builders } from './backend';
import { mapPieces } from './displays';

export const CALL_EX_EXPRS: Builders<CallEx, Ev> = {
  callEx: (n, b) => {
    const keywords = n.keywords ? mapPieces(b, n.keywords) : null;
    const callee = b.expr(n.callee);
    const args = b.expr(n.args);
    const interp = b.interp;
    return (f) => {
      const base = f.stack.length;
      f.stack.push(callee(f));
      f.stack.push(args(f));
      // DICT_MERGE's errors name the callable, already on the stack.
      const late = lateCore(interp).unpacking;
      if (keywords) f.stack.push(late.buildMergedDict(interp, f, keywords, f.stack[base]!));
      return late.callFunctionEx(interp, f, base);
    };
  },
};
