/** `str.format` and f-string fields: `{}`, `{0}`, `{name}`, conversions `!r` `!s`, simple specs. */
import { formatFloat, PyFloat, PyInt, PyBool, type PyObject } from '../engine';
import type { Kw } from './builtins';
import type { Interpreter } from './interpreter';

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
        if (field && !/^\d+$/.test(field)) interp.raise('KeyError', `'${field}'`);
        return interp.raise(
          'IndexError',
          `Replacement index ${field || auto - 1} out of range for positional args tuple`,
        );
      }
      return formatValue(interp, value, conv ?? null, spec ?? '');
    },
  );
}

/** One replacement field: the conversion, then the format spec. */
export function formatValue(
  interp: Interpreter,
  value: PyObject,
  conv: string | null,
  spec: string,
): string {
  if (conv === 'r') return applySpec(interp.reprOf(value), spec);
  if (conv === 's' || spec === '') return applySpec(interp.strOf(value), spec);
  const m = /^([<>^]?)(\d*)(?:\.(\d+))?([fdsx%])?$/.exec(spec);
  if (!m)
    return interp.raise(
      'ValueError',
      `Invalid format specifier '${spec}' for object of type '${value.type.name}'`,
    );
  const [, align, width, precision, kind] = m;
  let text: string;
  if (
    (kind === 'f' || kind === '%') &&
    (value instanceof PyFloat || value instanceof PyInt || value instanceof PyBool)
  ) {
    const x =
      value instanceof PyFloat
        ? value.value
        : Number(value instanceof PyBool ? +value.value : value.value);
    text =
      kind === '%'
        ? (x * 100).toFixed(Number(precision ?? 6)) + '%'
        : x.toFixed(Number(precision ?? 6));
  } else if (kind === 'x' && value instanceof PyInt) {
    text = value.value.toString(16);
  } else if (precision !== undefined && value instanceof PyFloat) {
    text = formatFloat(Number(value.value.toPrecision(Number(precision))));
  } else {
    text = interp.strOf(value);
  }
  const numeric = value instanceof PyInt || value instanceof PyFloat;
  return pad(text, Number(width || 0), align || (numeric ? '>' : '<'));
}

function applySpec(text: string, spec: string): string {
  const m = /^([<>^]?)(\d+)$/.exec(spec);
  return m ? pad(text, Number(m[2]), m[1] || '<') : text;
}

function pad(text: string, width: number, align: string): string {
  if (text.length >= width) return text;
  const fill = width - text.length;
  if (align === '>') return ' '.repeat(fill) + text;
  if (align === '^') return ' '.repeat(fill >> 1) + text + ' '.repeat(fill - (fill >> 1));
  return text + ' '.repeat(fill);
}
