/**
 * printf-style formatting of a str (`'%5.2f and %(name)s' % args`), as CPython 3.11's
 * PyUnicode_Format runs it: a mapping key, the flags `-+ #0`, a width and a precision (either from
 * the arguments with `*`), an ignored length modifier (`h`, `l`, `L`), then the conversion:
 * `s r a` (str, repr, ascii; cut to the precision), `d i u` (an int, or a float truncated),
 * `o x X` (an int; `#` adds its prefix; the precision is a least number of digits), `e E f F g G`
 * (a float, or an int converted, as format() writes it), `c` (a code point or a one-character
 * str) and `%%`. The arguments are a tuple, a mapping (keys), or one object, consumed in order;
 * errors are CPython's own, at the same points.
 */
import {
  PyBool,
  PyDict,
  PyFloat,
  PyInstance,
  PyInt,
  PyList,
  PyMappingProxy,
  PyRange,
  PyStr,
  PyTuple,
  type PyObject,
} from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { intToFloat } from './floatMath';
import { intToDecimal } from './intDigits';
import { formatFloatSpec, parseSpec } from './formatSpec';
import { getItem } from './objectItems';
import { lookupTypeAttr } from './typeAttr';
import { escape } from './charBuiltins';

const LJUST = 1;
const SIGN = 2;
const BLANK = 4;
const ALT = 8;
const ZERO = 16;
const FLAGS: Readonly<Record<string, number>> = {
  '-': LJUST,
  '+': SIGN,
  ' ': BLANK,
  '#': ALT,
  '0': ZERO,
};

/** `fmt % args`. */
export function percentFormat(interp: Interpreter, fmt: string, args: PyObject): string {
  // The values looked up by key, held until the end as CPython holds each (args_owned).
  const owned: PyObject[] = [];
  try {
    return formatWith(interp, fmt, args, owned);
  } finally {
    for (const o of owned) interp.heap.decref(o);
  }
}

function formatWith(interp: Interpreter, fmt: string, args: PyObject, owned: PyObject[]): string {
  const line = () => interp.frame?.lineno ?? 0;
  const items = args instanceof PyTuple ? args.items : null;
  // The arguments: a tuple's items in order, or one object (arglen -1) taken once.
  let current = args;
  let arglen = items ? items.length : -1;
  let argidx = items ? 0 : -2;
  const dict = !items && !(args instanceof PyStr) && isMapping(args) ? args : null;
  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      const at = argidx++;
      return arglen < 0 ? current : items![at]!;
    }
    return interp.raise('TypeError', 'not enough arguments for format string');
  };
  const starArg = (): number => {
    const v = nextArg();
    if (!(v instanceof PyInt) && !(v instanceof PyBool))
      return interp.raise('TypeError', '* wants int');
    return v instanceof PyBool ? +v.value : Number(v.value);
  };
  let out = '';
  let pos = 0;
  while (pos < fmt.length) {
    const at = fmt.indexOf('%', pos);
    if (at < 0) {
      out += fmt.slice(pos);
      break;
    }
    out += fmt.slice(pos, at);
    pos = at + 1;
    if (pos >= fmt.length) interp.raise('ValueError', 'incomplete format');
    if (fmt[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    if (fmt[pos] === '(') {
      if (!dict) interp.raise('TypeError', 'format requires a mapping');
      let depth = 1;
      const start = ++pos;
      for (; pos < fmt.length && depth > 0; pos++) {
        if (fmt[pos] === ')') depth--;
        else if (fmt[pos] === '(') depth++;
      }
      if (depth > 0) interp.raise('ValueError', 'incomplete format key');
      const key = interp.heap.newStr(fmt.slice(start, pos - 1));
      try {
        current = getItem(interp, dict!, key);
      } finally {
        interp.heap.decref(key);
      }
      owned.push(current);
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    while (pos < fmt.length && FLAGS[fmt[pos]!] !== undefined) flags |= FLAGS[fmt[pos++]!]!;
    let width: number;
    if (fmt[pos] === '*') {
      pos++;
      width = starArg();
      if (width < 0) {
        flags |= LJUST;
        width = -width;
      }
    } else [width, pos] = digitsAt(fmt, pos);
    let prec = -1;
    if (fmt[pos] === '.') {
      pos++;
      if (fmt[pos] === '*') {
        pos++;
        prec = Math.max(0, starArg());
      } else {
        [prec, pos] = digitsAt(fmt, pos);
        prec = Math.max(0, prec);
      }
    }
    if (pos < fmt.length && 'hlL'.includes(fmt[pos]!)) pos++;
    if (pos >= fmt.length) interp.raise('ValueError', 'incomplete format');
    const ch = fmt[pos]!;
    const chAt = pos++;
    const v = nextArg();
    out += convert(interp, ch, chAt, v, flags, width, prec, line);
  }
  if (argidx < arglen && !dict)
    interp.raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}

/** A width or precision's digits at `pos` (-1 when there are none), and where they end. */
function digitsAt(fmt: string, pos: number): [number, number] {
  let end = pos;
  while (end < fmt.length && fmt[end]! >= '0' && fmt[end]! <= '9') end++;
  return [end > pos ? Number(fmt.slice(pos, end)) : -1, end];
}

function convert(
  interp: Interpreter,
  ch: string,
  chAt: number,
  v: PyObject,
  flags: number,
  width: number,
  prec: number,
  line: () => number,
): string {
  switch (ch) {
    case 's':
    case 'r':
    case 'a': {
      let text = ch === 's' ? interp.strOf(v) : interp.reprOf(v);
      if (ch === 'a') text = asciiEscaped(text);
      if (prec >= 0) text = [...text].slice(0, prec).join('');
      return padded(text, width, flags);
    }
    case 'c':
      return padded(character(interp, v, line), width, flags);
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      return integer(interp, ch, intArgument(interp, ch, v, line), width, prec, flags);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = floatArgument(interp, v, line);
      const spec =
        (flags & LJUST ? '<' : '') +
        (flags & SIGN ? '+' : flags & BLANK ? ' ' : '') +
        (flags & ALT ? '#' : '') +
        (flags & ZERO && !(flags & LJUST) ? '0' : '') +
        (width > 0 ? String(width) : '') +
        `.${prec >= 0 ? prec : 6}${ch}`;
      const r = formatFloatSpec(x, parseSpec(spec)!);
      return typeof r === 'string' ? r : interp.raise('ValueError', r.error);
    }
    default: {
      const code = ch.codePointAt(0)!;
      const shown = code >= 31 && code <= 126 ? ch : '?';
      return interp.raise(
        'ValueError',
        `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${chAt}`,
      );
    }
  }
}

/** PyMapping_Check: a type with a subscript (a tuple and a str are excluded by the caller). */
function isMapping(o: PyObject): boolean {
  return (
    o instanceof PyDict ||
    o instanceof PyList ||
    o instanceof PyRange ||
    o instanceof PyMappingProxy ||
    (o instanceof PyInstance && !!lookupTypeAttr(o.type, '__getitem__'))
  );
}

/** `%d` takes a float truncated; `%o`, `%x` an int only. A class's own __int__ is not called. */
function intArgument(interp: Interpreter, ch: string, v: PyObject, line: () => number): bigint {
  if (v instanceof PyBool) return BigInt(+v.value);
  if (v instanceof PyInt) return BigInt(v.value);
  const real = 'diu'.includes(ch);
  if (real && v instanceof PyFloat) {
    if (Number.isNaN(v.value)) interp.raise('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(v.value))
      interp.raise('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v.value));
  }
  if (
    v instanceof PyInstance &&
    (lookupTypeAttr(v.type, '__int__') || lookupTypeAttr(v.type, '__index__'))
  )
    throw new NotSupported(`'%${ch}' of an object with __int__ or __index__`, line());
  return interp.raise(
    'TypeError',
    `%${ch} format: ${real ? 'a real number' : 'an integer'} is required, not ${v.type.name}`,
  );
}

function floatArgument(interp: Interpreter, v: PyObject, line: () => number): number {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyBool) return +v.value;
  if (v instanceof PyInt) return intToFloat(interp, v.value);
  if (
    v instanceof PyInstance &&
    (lookupTypeAttr(v.type, '__float__') || lookupTypeAttr(v.type, '__index__'))
  )
    throw new NotSupported('a float conversion of an object with __float__ or __index__', line());
  return interp.raise('TypeError', `must be real number, not ${v.type.name}`);
}

/** `%c`: a code point, or a str of one character. */
function character(interp: Interpreter, v: PyObject, line: () => number): string {
  if (v instanceof PyStr) {
    const chars = [...v.value];
    if (chars.length === 1) return v.value;
    return interp.raise('TypeError', '%c requires int or char');
  }
  if (!(v instanceof PyInt) && !(v instanceof PyBool))
    return interp.raise('TypeError', '%c requires int or char');
  const code = v instanceof PyBool ? +v.value : Number(v.value);
  if (!(code >= 0 && code <= 0x10ffff))
    interp.raise('OverflowError', '%c arg not in range(0x110000)');
  // A lone surrogate cannot be printed as CPython's would be (chr() refuses it too).
  if (code >= 0xd800 && code <= 0xdfff) throw new NotSupported("'%c' of a surrogate", line());
  return String.fromCodePoint(code);
}

/** `%d`, `%x`...: the sign, the `#` prefix, digits up to the precision, padding to the width. */
function integer(
  interp: Interpreter,
  ch: string,
  v: bigint,
  width: number,
  prec: number,
  flags: number,
): string {
  const negative = v < 0n;
  const magnitude = negative ? -v : v;
  let digits =
    ch === 'o'
      ? magnitude.toString(8)
      : ch === 'x'
        ? magnitude.toString(16)
        : ch === 'X'
          ? magnitude.toString(16).toUpperCase()
          : intToDecimal(interp, magnitude);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const sign = negative ? '-' : flags & SIGN ? '+' : flags & BLANK ? ' ' : '';
  const prefix = flags & ALT && ch !== 'd' && ch !== 'i' && ch !== 'u' ? `0${ch}` : '';
  const head = sign + prefix;
  if (flags & LJUST || !(flags & ZERO)) return padded(head + digits, width, flags);
  return head + '0'.repeat(Math.max(0, width - head.length - digits.length)) + digits;
}

/** Spaces to the width: before the text, or after it with `-`. */
function padded(text: string, width: number, flags: number): string {
  const fill = width - [...text].length;
  if (fill <= 0) return text;
  return flags & LJUST ? text + ' '.repeat(fill) : ' '.repeat(fill) + text;
}

/** ascii()'s escapes of a repr's non-ASCII characters. */
function asciiEscaped(text: string): string {
  let out = '';
  for (const c of text) out += c.codePointAt(0)! < 0x80 ? c : escape(c);
  return out;
}
