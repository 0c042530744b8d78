/**
 * The format specification mini-language, as `format(value, spec)` applies it to ints, floats,
 * strs and bools: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. Floats are
 * rounded half-to-even on their exact binary value, as CPython's dtoa does.
 */
import { DECIMAL_LIMIT_MESSAGE, MAX_STR_DIGITS } from './intDigits';
import { formatFloat } from '../engine';

export interface Spec {
  fill: string;
  align: string | null;
  sign: string;
  alternate: boolean;
  zeroPad: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
  /** The `z` option (negative zero coerced to zero): not applied, so refused by its caller. */
  coerceZero: boolean;
}

const SPEC =
  /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

export function parseSpec(spec: string): Spec | null {
  const m = SPEC.exec(spec);
  if (!m) return null;
  const [, fill, align, sign, z, alt, zero, width, grouping, precision, type] = m;
  return {
    fill: fill ?? (zero && !align ? '0' : ' '),
    align: align ?? (zero ? '=' : null),
    sign: sign ?? '-',
    alternate: !!alt,
    zeroPad: !!zero,
    width: width ? Number(width) : 0,
    grouping: grouping ?? '',
    precision: precision !== undefined ? Number(precision) : null,
    type: type ?? '',
    coerceZero: !!z,
  };
}

/** The exact decimal digits of a finite non-negative double: [digits, position of the point]. */
function exactDecimal(x: number): [string, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mantissa |= 1n << 52n;
    exp = biased - 1075;
  }
  if (mantissa === 0n) return ['0', 1];
  if (exp >= 0) {
    const digits = (mantissa << BigInt(exp)).toString();
    return [digits, digits.length];
  }
  // m / 2^k = m * 5^k / 10^k
  const k = -exp;
  const digits = (mantissa * 5n ** BigInt(k)).toString();
  return [digits, digits.length - k];
}

/**
 * Rounds the exact decimal [digits, point] to `keep` digits after the point (half to even):
 * returns the integer of those digits.
 */
function roundDigits(digits: string, point: number, keep: number): bigint {
  const cut = point + keep;
  if (cut < 0) return 0n;
  const head = digits.slice(0, cut) || '0';
  let q = cut > digits.length ? BigInt(digits + '0'.repeat(cut - digits.length)) : BigInt(head);
  const rest = digits.slice(Math.max(cut, 0));
  if (rest.length > 0 && cut <= digits.length) {
    const first = rest[0]!;
    const beyond = /[1-9]/.test(rest.slice(1));
    if (first > '5' || (first === '5' && (beyond || q % 2n === 1n))) q += 1n;
  }
  return q;
}

/** |x| with `precision` digits after the point. */
export function fixed(x: number, precision: number): string {
  const [digits, point] = exactDecimal(Math.abs(x));
  const q = roundDigits(digits, point, precision)
    .toString()
    .padStart(precision + 1, '0');
  return precision === 0 ? q : `${q.slice(0, -precision)}.${q.slice(-precision)}`;
}

/** |x| in exponent form with `precision` digits after the point: [mantissa, exponent]. */
function scientific(x: number, precision: number): [string, number] {
  if (x === 0) return [precision ? '0.' + '0'.repeat(precision) : '0', 0];
  const [digits, point] = exactDecimal(Math.abs(x));
  const lead = digits.search(/[1-9]/);
  let exp = point - lead - 1;
  let s = roundDigits(digits, point, precision - exp).toString();
  // Rounding may carry into one more digit (9.99 -> 10.0).
  if (s.length > precision + 1) {
    exp += 1;
    s = s.slice(0, precision + 1);
  }
  return [precision ? `${s[0]}.${s.slice(1)}` : s, exp];
}

function expText(mantissa: string, exp: number, upper: boolean): string {
  const sign = exp < 0 ? '-' : '+';
  return `${mantissa}${upper ? 'E' : 'e'}${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/**
 * The `g` type: fixed or exponent form by the exponent, trailing zeros dropped unless `#`. With no
 * type and a precision (`minOneDecimal`), fixed form keeps one decimal and switches to exponent
 * form one digit earlier (CPython's Py_DTSF_ADD_DOT_0).
 */
function general(
  x: number,
  precision: number,
  alternate: boolean,
  upper: boolean,
  minOneDecimal: boolean,
): string {
  const p = precision === 0 ? 1 : precision;
  const [, exp] = scientific(x, p - 1);
  const limit = minOneDecimal ? p - 1 : p;
  if (exp >= -4 && exp < limit) {
    let out = fixed(x, p - 1 - exp);
    if (!alternate && out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
    if (minOneDecimal && !out.includes('.')) out += '.0';
    else if (alternate && !out.includes('.')) out += '.';
    return out;
  }
  let [m] = scientific(x, p - 1);
  if (!alternate && m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
  if (alternate && !m.includes('.')) m += '.';
  return expText(m, exp, upper);
}

function group(intPart: string, sep: string, every: number): string {
  if (!sep) return intPart;
  let out = '';
  for (let i = intPart.length; i > 0; i -= every)
    out = intPart.slice(Math.max(0, i - every), i) + (out ? sep + out : '');
  return out;
}

/** Pads `body` (with `sign` prefix) to the spec's width. */
function pad(sign: string, body: string, spec: Spec, defaultAlign: string): string {
  const len = sign.length + [...body].length;
  const fill = Math.max(0, spec.width - len);
  const align = spec.align ?? defaultAlign;
  const f = spec.fill.repeat(fill);
  if (align === '=') return sign + f + body;
  if (align === '<') return sign + body + f;
  if (align === '^') {
    const left = spec.fill.repeat(fill >> 1);
    return left + sign + body + spec.fill.repeat(fill - (fill >> 1));
  }
  return f + sign + body;
}

/** A ValueError (or, for an int too large for a float format, an OverflowError). */
export type FormatError = { error: string; overflow?: true };

/** format(int, spec) */
export function formatInt(v: bigint, spec: Spec, typeName: string): string | FormatError {
  const t = spec.type;
  if ('eEfFgG%'.includes(t) && t) {
    const x = Number(v);
    if (!Number.isFinite(x)) return { error: 'int too large to convert to float', overflow: true };
    return formatFloatSpec(x, spec);
  }
  if (!'dbcoxXn'.includes(t) && t !== '')
    return { error: `Unknown format code '${t}' for object of type '${typeName}'` };
  if (spec.precision !== null)
    return { error: 'Precision not allowed in integer format specifier' };
  const neg = v < 0n;
  const abs = neg ? -v : v;
  let body: string;
  let prefix = '';
  switch (t) {
    case 'b':
      body = abs.toString(2);
      prefix = '0b';
      break;
    case 'o':
      body = abs.toString(8);
      prefix = '0o';
      break;
    case 'x':
      body = abs.toString(16);
      prefix = '0x';
      break;
    case 'X':
      body = abs.toString(16).toUpperCase();
      prefix = '0X';
      break;
    case 'c':
      body = String.fromCodePoint(Number(abs));
      break;
    default:
      body = abs.toString();
      if (body.length > MAX_STR_DIGITS) return { error: DECIMAL_LIMIT_MESSAGE };
  }
  const sign =
    (neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '') +
    (spec.alternate ? prefix : '');
  if (t !== 'c') body = grouped(sign, body, '', spec, 'boxX'.includes(t) && t ? 4 : 3);
  return pad(sign, body, spec, '>');
}

/**
 * Digits grouped as the spec says (`,` or `_`, every 3 or 4), the zeros of `0` padding grouped
 * with them (`0,001,234`: the padding never starts with a separator, so it may pass the width
 * by one), then `rest` (a float's fraction).
 */
function grouped(sign: string, digits: string, rest: string, spec: Spec, every: number): string {
  if (!spec.grouping) return digits + rest;
  if (spec.fill === '0' && spec.align === '=') {
    while (sign.length + group(digits, spec.grouping, every).length + rest.length < spec.width)
      digits = '0' + digits;
  }
  return group(digits, spec.grouping, every) + rest;
}

/** format(float, spec) */
export function formatFloatSpec(x: number, spec: Spec): string | FormatError {
  const t = spec.type;
  if (!'eEfFgGn%'.includes(t) && t !== '')
    return { error: `Unknown format code '${t}' for object of type 'float'` };
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (!Number.isFinite(a)) body = Number.isNaN(a) ? 'nan' : 'inf';
  else if (t === 'f' || t === 'F') body = fixed(a, spec.precision ?? 6);
  else if (t === '%') body = fixed(a * 100, spec.precision ?? 6) + '%';
  else if (t === 'e' || t === 'E') {
    const [m, e] = scientific(a, spec.precision ?? 6);
    body = expText(spec.alternate && !m.includes('.') ? m + '.' : m, e, t === 'E');
  } else if (t === 'g' || t === 'G' || t === 'n')
    body = general(a, spec.precision ?? 6, spec.alternate, t === 'G', false);
  else if (spec.precision === null) body = formatFloat(a);
  else body = general(a, spec.precision, spec.alternate, false, true);
  if ((t === 'F' || t === 'G' || t === 'E') && !Number.isFinite(a)) body = body.toUpperCase();
  const sign = neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const m = /^(\d+)(.*)$/s.exec(body);
  if (Number.isFinite(a) && m) body = grouped(sign, m[1]!, m[2]!, spec, 3);
  return pad(sign, body, spec, '>');
}

/** format(str, spec) */
export function formatStr(s: string, spec: Spec): string | FormatError {
  if (spec.type !== '' && spec.type !== 's')
    return { error: `Unknown format code '${spec.type}' for object of type 'str'` };
  if (spec.sign !== '-') return { error: 'Sign not allowed in string format specifier' };
  if (spec.align === '=') return { error: "'=' alignment not allowed in string format specifier" };
  const body = spec.precision !== null ? [...s].slice(0, spec.precision).join('') : s;
  return pad('', body, spec, '<');
}
