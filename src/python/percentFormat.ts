/** printf-style formatting of a str (`'%s and %r' % args`): the library's, reached by `%`. */
import { PyTuple, type PyObject } from '../engine';
import type { Interpreter } from './interpreter';

/** `'%s and %r' % args`, for the conversions a teacher's script uses. */
export function percentFormat(interp: Interpreter, fmt: string, args: PyObject): string {
  const values = args instanceof PyTuple ? args.items : [args];
  let i = 0;
  const out = fmt.replace(/%([srd%])/g, (_, c: string) => {
    if (c === '%') return '%';
    const v = values[i++];
    if (!v) interp.raise('TypeError', 'not enough arguments for format string');
    if (c === 'r') return interp.reprOf(v);
    if (c === 'd') return interp.strOf(v);
    return interp.strOf(v);
  });
  if (i < values.length)
    interp.raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}
