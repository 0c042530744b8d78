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

export function formatString(interp: Interpreter, fmt: string, args: PyObject[], kw: Kw): string {
  let auto = 0;
  return fmt.replace(
    /\{\{|\}\}|\{([^{}!:]*)(?:!([rs]))?(?::([^{}]*))?\}/g,
    (m, field: string | undefined, conv?: string, spec?: string) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      let value: PyObject | undefined;
      if (field === undefined || field === '') value = args[auto++];
      else if (/^\d+$/.test(field)) value = args[Number(field)];
      else value = kw?.find(([n]) => n === field)?.[1];
      if (!value) {
        if (field && !/^\d+$/.test(field)) interp.raise('KeyError', field);
        return interp.raise(
          'IndexError',
          `Replacement index ${field || auto - 1} out of range for positional args tuple`,
        );
      }
      // get_field_object hands the formatter a new reference to the field's object.
      interp.heap.incref(value);
      try {
        return formatValue(interp, value, conv ?? null, spec ?? '');
      } finally {
        interp.heap.decref(value);
      }
    },
  );
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
