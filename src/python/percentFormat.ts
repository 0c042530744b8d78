/**
 * printf-style formatting of a str (`'%s and %r' % args`), the library's: the conversions a
 * teacher's script uses (`%s`, `%r`, `%d` of an int, `%%`); anything else (a width, a precision,
 * `%f`, `%x`, a mapping key) is refused rather than misread.
 */
import { PyInt, PyTuple, type PyObject } from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';

/** `'%s and %r' % args`, for the conversions a teacher's script uses. */
export function percentFormat(interp: Interpreter, fmt: string, args: PyObject): string {
  // Anything else (a width, a precision, %f, %x, a mapping key) is refused, not misread.
  const rest = fmt.replace(/%[srd%]/g, '');
  const at = rest.indexOf('%');
  if (at >= 0)
    throw new NotSupported(
      `the printf-style format '${rest.slice(at, at + 2)}'`,
      interp.frame?.lineno ?? 0,
    );
  const values = args instanceof PyTuple ? args.items : [args];
  let i = 0;
  const out = fmt.replace(/%([srd%])/g, (_, c: string) => {
    if (c === '%') return '%';
    const v = values[i++];
    if (!v) interp.raise('TypeError', 'not enough arguments for format string');
    if (c === 'r') return interp.reprOf(v);
    if (c === 'd') {
      if (!(v instanceof PyInt))
        throw new NotSupported(`'%d' of a '${v.type.name}'`, interp.frame?.lineno ?? 0);
      return interp.strOf(v);
    }
    return interp.strOf(v);
  });
  if (i < values.length)
    interp.raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}
