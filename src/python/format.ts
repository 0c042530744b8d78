/** `str.format` and f-string fields: `{}`, `{0}`, `{name}`, conversions `!r` `!s`, simple specs. */
import { PyFloat, PyInt, PyBool, PyStr, strKind, type PyObject } from '../engine';
import { MAX_SSIZE, reserveStr } from './allocation';
import {
  formatFloatSpec,
  formatInt,
  formatStr,
  parseSpec,
  type FormatError,
  type Spec,
} from './formatSpec';
import type { BuiltinImpl, Kw } from './builtins';
import type { Interpreter } from './interpreter';
import type { MethodFn } from './methods';
import { NotSupported } from './errors';
import { lateCore } from './lateCore';

/**
 * str.format as CPython's MarkupIterator reads the format: literal text (`{{` and `}}` for
 * braces), and replacement fields `{name!conv:spec}`, whose name is an index, a keyword or
 * empty (numbered automatically) followed by `.attribute` and `[key]` lookups, and whose spec may
 * hold fields of its own (one level deep).
 */
export function formatString(interp: Interpreter, fmt: string, args: PyObject[], kw: Kw): string {
  const numbering: Numbering = { next: 0, manual: null };
  return render(interp, fmt, args, kw, numbering, 2);
}

/** How the fields of one format are numbered: automatically (`{}`) or by hand (`{0}`), not both. */
interface Numbering {
  next: number;
  manual: boolean | null;
}

function render(
  interp: Interpreter,
  fmt: string,
  args: PyObject[],
  kw: Kw,
  numbering: Numbering,
  depth: number,
): string {
  if (depth <= 0) interp.raise('ValueError', 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === '}') {
      if (fmt[i + 1] !== '}') interp.raise('ValueError', "Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else if (c !== '{') {
      out += c;
      i++;
    } else if (i + 1 === fmt.length) {
      interp.raise('ValueError', "Single '{' encountered in format string");
    } else if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
    } else {
      const f = parseField(interp, fmt, i + 1);
      out += renderField(interp, f, args, kw, numbering, depth);
      i = f.end;
    }
  }
  return out;
}

/** A replacement field as parse_field reads it: its name, conversion, spec, and where it ends. */
interface Field {
  name: string;
  conv: string | null;
  spec: string;
  end: number;
}

/**
 * parse_field, from just after the field's `{`: the name runs to a `}`, `:` or `!` (a `[key]`
 * in it may hold them), the conversion is the one character after `!`, and the spec runs to the
 * `}` that matches the field's, braces nesting in it.
 */
function parseField(interp: Interpreter, fmt: string, from: number): Field {
  let pos = from;
  let c = '';
  while (pos < fmt.length) {
    c = fmt[pos++]!;
    if (c === '{') interp.raise('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (pos < fmt.length && fmt[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = fmt.slice(from, c === '}' || c === ':' || c === '!' ? pos - 1 : pos);
  if (c !== ':' && c !== '!') {
    if (c !== '}') interp.raise('ValueError', "expected '}' before end of string");
    return { name, conv: null, spec: '', end: pos };
  }
  let conv: string | null = null;
  if (c === '!') {
    if (pos >= fmt.length)
      interp.raise('ValueError', 'end of string while looking for conversion specifier');
    conv = fmt[pos++]!;
    if (pos < fmt.length) {
      const after = fmt[pos++]!;
      if (after === '}') return { name, conv, spec: '', end: pos };
      if (after !== ':') interp.raise('ValueError', "expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let count = 1;
  while (pos < fmt.length) {
    const d = fmt[pos++]!;
    if (d === '{') count++;
    else if (d === '}' && --count === 0)
      return { name, conv, spec: fmt.slice(specStart, pos - 1), end: pos };
  }
  return interp.raise('ValueError', "unmatched '{' in format spec");
}

/**
 * output_markup: the field's object, its conversion, its spec with the fields in it formatted
 * (one level fewer), then the object formatted with it.
 */
function renderField(
  interp: Interpreter,
  f: Field,
  args: PyObject[],
  kw: Kw,
  numbering: Numbering,
  depth: number,
): string {
  const value = fieldObject(interp, f.name, args, kw, numbering);
  try {
    if (f.conv !== null && f.conv !== 'r' && f.conv !== 's') {
      if (f.conv === 'a') throw new NotSupported("the '!a' conversion", interp.frame?.lineno ?? 0);
      interp.raise('ValueError', `Unknown conversion specifier ${f.conv}`);
    }
    const spec = f.spec.includes('{')
      ? render(interp, f.spec, args, kw, numbering, depth - 1)
      : f.spec;
    return formatValue(interp, value, f.conv, spec);
  } finally {
    interp.heap.decref(value);
  }
}

/**
 * get_field_object: the argument a field names (a new reference), then each `.attribute` and
 * `[key]` of it in turn (a key of digits is an int, any other a str).
 */
function fieldObject(
  interp: Interpreter,
  name: string,
  args: PyObject[],
  kw: Kw,
  numbering: Numbering,
): PyObject {
  const h = interp.heap;
  const first = /^[^.[]*/.exec(name)![0];
  let value: PyObject | undefined;
  if (first === '') {
    if (numbering.manual === true)
      interp.raise(
        'ValueError',
        'cannot switch from manual field specification to automatic field numbering',
      );
    numbering.manual = false;
    const index = numbering.next++;
    value = args[index];
    if (!value)
      interp.raise(
        'IndexError',
        `Replacement index ${index} out of range for positional args tuple`,
      );
  } else if (/^\d+$/.test(first)) {
    if (numbering.manual === false)
      interp.raise(
        'ValueError',
        'cannot switch from automatic field numbering to manual field specification',
      );
    numbering.manual = true;
    value = args[Number(first)];
    if (!value)
      interp.raise(
        'IndexError',
        `Replacement index ${Number(first)} out of range for positional args tuple`,
      );
  } else {
    value = kw?.find(([n]) => n === first)?.[1];
    if (!value) interp.raise('KeyError', first);
  }
  h.incref(value!);
  let current = value!;
  let rest = name.slice(first.length);
  while (rest !== '') {
    const access = /^\.([^.[]*)|^\[([^\]]*)\]/.exec(rest);
    if (!access) {
      h.decref(current);
      return interp.raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    rest = rest.slice(access[0].length);
    let next: PyObject;
    try {
      if (access[1] !== undefined) {
        if (access[1] === '') interp.raise('ValueError', 'Empty attribute in format string');
        next = interp.getAttr(current, access[1]);
      } else {
        const key = access[2]!;
        if (key === '') interp.raise('ValueError', 'Empty attribute in format string');
        const k = /^\d+$/.test(key)
          ? h.newInt(key.length > 15 ? BigInt(key) : Number(key))
          : h.newStr(key);
        try {
          next = lateCore(interp).items.getItem(interp, current, k);
        } finally {
          h.decref(k);
        }
      }
    } finally {
      h.decref(current);
    }
    current = next;
  }
  return current;
}

/** object.__format__, bound while formatting (its implementation is formatValue itself). */
const FORMAT_METHOD: BuiltinImpl = {
  name: '__format__',
  isMethod: true,
  call: (interp, args) => interp.heap.newStr(formatValue(interp, args[0]!, null, '')),
};

/** One replacement field: the conversion, then the format spec (format(value, spec)). */
export function formatValue(
  interp: Interpreter,
  value: PyObject,
  conv: string | null,
  spec: string,
): string {
  if (conv === 'r' || conv === 's') {
    const text = conv === 'r' ? interp.reprOf(value) : interp.strOf(value);
    return checked(interp, spec, (p) => formatStr(text, p), 'str');
  }
  if (spec === '' && (value instanceof PyStr || value instanceof PyInt)) return interp.strOf(value);
  if (spec === '') {
    // PyObject_Format calls the object's __format__ as a bound method: one more reference.
    const bound = interp.heap.newBuiltin('__format__', FORMAT_METHOD, value);
    try {
      return interp.strOf(value);
    } finally {
      interp.heap.decref(bound);
    }
  }
  if (value instanceof PyBool)
    return checked(interp, spec, (p) => formatInt(BigInt(+value.value), p, 'bool'), 'bool');
  if (value instanceof PyInt)
    return checked(interp, spec, (p) => formatInt(BigInt(value.value), p, 'int'), 'int');
  if (value instanceof PyFloat)
    return checked(interp, spec, (p) => formatFloatSpec(value.value, p), 'float');
  if (value instanceof PyStr) return checked(interp, spec, (p) => formatStr(value.value, p), 'str');
  return interp.raise(
    'TypeError',
    `unsupported format string passed to ${value.type.name}.__format__`,
  );
}

function checked(
  interp: Interpreter,
  spec: string,
  fn: (p: Spec) => string | FormatError,
  typeName: string,
): string {
  const parsed = parseSpec(spec);
  if (!parsed) return interp.raise('ValueError', specError(spec, typeName));
  // The grouping against the type code, or the type's own (a str's is 's', an int's 'd').
  const code = parsed.type || (typeName === 'str' ? 's' : typeName === 'float' ? '' : 'd');
  const refused = groupingRefused(parsed.grouping, code);
  if (refused) interp.raise('ValueError', refused);
  if (parsed.coerceZero) throw new NotSupported("the 'z' format option", interp.frame?.lineno ?? 0);
  // The width and precision say how long the result will be: checked before it is built.
  const longest = Math.max(parsed.width, parsed.precision ?? 0);
  if (longest > MAX_SSIZE) interp.raise('ValueError', 'Too many decimal digits in format string');
  if (longest > 4096) reserveStr(interp, strKind(parsed.fill), longest);
  const r = fn(parsed);
  if (typeof r !== 'string')
    return interp.raise(r.overflow ? 'OverflowError' : 'ValueError', r.error);
  return r;
}

/**
 * Why a spec parseSpec refused is wrong, in the order parse_internal_render_format_spec finds it:
 * a `.` without digits, more than one character after the precision, a grouping the type code
 * does not take, then a type code no type has.
 */
function specError(spec: string, typeName: string): string {
  const m = LOOSE_SPEC.exec(spec);
  const invalid = `Invalid format specifier '${spec}' for object of type '${typeName}'`;
  if (!m) return invalid;
  const [, grouping, second, dot, precision, rest] = m;
  if (second && second !== grouping) return "Cannot specify both ',' and '_'.";
  if (second) return invalid;
  if (dot && !precision) return 'Format specifier missing precision';
  const code = [...rest!];
  if (code.length !== 1) return invalid;
  const refused = groupingRefused(grouping ?? '', rest!);
  if (refused) return refused;
  const n = rest!.codePointAt(0)!;
  const shown = n > 32 && n < 128 ? rest : `\\x${n.toString(16)}`;
  return `Unknown format code '${shown}' for object of type '${typeName}'`;
}

/** The spec's parts up to the type code, which may be anything here (specError). */
const LOOSE_SPEC = /^(?:.?[<>=^])?[+\- ]?z?#?0?\d*([,_])?([,_])?(?:(\.)(\d*))?(.*)$/su;

/** The error of a grouping (`,` or `_`) with a type code that does not take it, or null. */
function groupingRefused(grouping: string, code: string): string | null {
  if (!grouping || !code) return null;
  const takes = grouping === ',' ? 'defgEFG%' : 'defgEFG%boxX';
  return takes.includes(code) ? null : `Cannot specify '${grouping}' with '${code}'.`;
}

/** str.format(*args, **kwargs): a method of the library's (formatField.ts says why). */
export const STR_FORMAT: MethodFn = (interp, args, kw) =>
  interp.heap.newStr(formatString(interp, (args[0] as PyStr).value, args.slice(1), kw));
