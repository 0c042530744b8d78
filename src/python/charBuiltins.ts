/**
 * chr(), ord(), bin(), oct() and ascii() as CPython 3.11's builtins compute them. chr() of a
 * code point below 256 returns the shared one-character string (get_latin1_char), of any other a
 * new string; ascii() returns repr()'s own string when it is all ASCII (PyObject_ASCII), else a
 * new one with \x, \u and \U escapes (backslashreplace).
 */
import { PyBool, PyInstance, PyInt, PyStr, type PyObject } from '../engine';
import type { BuiltinImpl, Kw } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';

function oneArgument(interp: Interpreter, name: string, args: PyObject[], kw: Kw): PyObject {
  if (kw && kw.length) interp.raise('TypeError', `${name}() takes no keyword arguments`);
  if (args.length !== 1)
    interp.raise('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** PyNumber_Index: an int or bool; a class's __index__ is not called here, so it is refused. */
function indexOf(interp: Interpreter, name: string, o: PyObject): bigint {
  if (o instanceof PyBool) return BigInt(+o.value);
  if (o instanceof PyInt) return BigInt(o.value);
  if (o instanceof PyInstance && lookupTypeAttr(o.type, '__index__'))
    throw new NotSupported(`${name}() of an object with __index__`, interp.frame?.lineno ?? 0);
  return interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

const INT_MAX = 2n ** 31n - 1n;

const chr: BuiltinImpl = {
  name: 'chr',
  call(interp, args, kw) {
    const v = indexOf(interp, 'chr', oneArgument(interp, 'chr', args, kw));
    if (v > INT_MAX || v < -INT_MAX - 1n)
      interp.raise('OverflowError', 'Python int too large to convert to C int');
    const cp = Number(v);
    if (cp < 0 || cp > 0x10ffff) interp.raise('ValueError', 'chr() arg not in range(0x110000)');
    // A lone surrogate cannot be printed or encoded as CPython's would be: not modelled.
    if (cp >= 0xd800 && cp <= 0xdfff)
      throw new NotSupported('chr() of a surrogate code point', interp.frame?.lineno ?? 0);
    const c = String.fromCodePoint(cp);
    return cp < 256 ? interp.heap.newStr(c) : interp.heap.freshStr(c);
  },
};

const ord: BuiltinImpl = {
  name: 'ord',
  call(interp, args, kw) {
    const o = oneArgument(interp, 'ord', args, kw);
    if (!(o instanceof PyStr))
      return interp.raise(
        'TypeError',
        `ord() expected string of length 1, but ${o.type.name} found`,
      );
    const chars = [...o.value];
    if (chars.length !== 1)
      interp.raise(
        'TypeError',
        `ord() expected a character, but string of length ${chars.length} found`,
      );
    return interp.heap.newInt(chars[0]!.codePointAt(0)!);
  },
};

/** bin() and oct(): '0b'/'0o' and the digits, after a '-' for a negative int. */
function radixBuiltin(name: 'bin' | 'oct', prefix: string, radix: number): BuiltinImpl {
  return {
    name,
    call(interp, args, kw) {
      const v = indexOf(interp, name, oneArgument(interp, name, args, kw));
      const digits = (v < 0n ? -v : v).toString(radix);
      interp.charge(digits.length);
      return interp.heap.newStr((v < 0n ? '-' : '') + prefix + digits);
    },
  };
}

/** A non-ASCII code point as backslashreplace writes it (ascii(), printf's %a). */
export function escape(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

const ascii: BuiltinImpl = {
  name: 'ascii',
  call(interp, args, kw) {
    const o = oneArgument(interp, 'ascii', args, kw);
    const text = interp.reprOf(o);
    interp.charge(text.length);
    const chars = [...text];
    if (chars.every((c) => c.codePointAt(0)! < 0x80))
      return o instanceof PyInt ? interp.heap.freshStr(text) : interp.heap.newStr(text);
    return interp.heap.newStr(
      chars.map((c) => (c.codePointAt(0)! < 0x80 ? c : escape(c))).join(''),
    );
  },
};

export const CHAR_FUNCTIONS: readonly BuiltinImpl[] = [
  chr,
  ord,
  radixBuiltin('bin', '0b', 2),
  radixBuiltin('oct', '0o', 8),
  ascii,
];
