/**
 * Pure helpers of the str methods, over code points as CPython indexes strings: searching a
 * window [start, end) (stringlib's find, rfind, count and tailmatch, indices already adjusted),
 * and the character classes of the isX() methods.
 */

/** Py_UNICODE_ISSPACE: the code points str.split() and str.strip() treat as whitespace. */
export const PY_WHITESPACE: ReadonlySet<string> = new Set(
  '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006' +
    '\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
);

/** The window as a string, and whether its UTF-16 offsets are its code point offsets. */
function windowOf(chars: readonly string[], start: number, end: number): [string, boolean] {
  const text = chars.slice(start, end).join('');
  return [text, text.length === Math.max(0, end - start)];
}

function codePointsBefore(text: string, offset: number, bmp: boolean): number {
  return bmp ? offset : [...text.slice(0, offset)].length;
}

/** The first code point index of `sub` in chars[start:end], or -1. */
export function cpFind(chars: readonly string[], sub: string, start: number, end: number): number {
  const m = [...sub].length;
  if (end - start < m) return -1;
  if (m === 0) return start;
  const [text, bmp] = windowOf(chars, start, end);
  const i = text.indexOf(sub);
  return i < 0 ? -1 : start + codePointsBefore(text, i, bmp);
}

/** The last code point index of `sub` in chars[start:end], or -1. */
export function cpRfind(chars: readonly string[], sub: string, start: number, end: number): number {
  const m = [...sub].length;
  if (end - start < m) return -1;
  if (m === 0) return end;
  const [text, bmp] = windowOf(chars, start, end);
  const i = text.lastIndexOf(sub);
  return i < 0 ? -1 : start + codePointsBefore(text, i, bmp);
}

/** Non-overlapping occurrences of `sub` in chars[start:end]; an empty sub: length + 1. */
export function cpCount(chars: readonly string[], sub: string, start: number, end: number): number {
  const m = [...sub].length;
  if (end - start < m) return 0;
  if (m === 0) return end - start + 1;
  const [text] = windowOf(chars, start, end);
  let n = 0;
  for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** tailmatch: does chars[start:end] start (or end) with `sub`? */
export function tailMatch(
  chars: readonly string[],
  sub: readonly string[],
  start: number,
  end: number,
  atEnd: boolean,
): boolean {
  const last = end - sub.length;
  if (last < start) return false;
  if (sub.length === 0) return true;
  const offset = atEnd ? last : start;
  for (let k = 0; k < sub.length; k++) if (chars[offset + k] !== sub[k]) return false;
  return true;
}

export type CharTest =
  'digit' | 'decimal' | 'numeric' | 'alpha' | 'alnum' | 'space' | 'ascii' | 'upper' | 'lower';

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const DECIMAL = /^\p{Nd}$/u;
const OTHER_LETTER = /^\p{Lo}$/u;
const LOWERCASE = /^\p{Lowercase}$/u;
const UPPERCASE = /^\p{Uppercase}$/u;
const TITLECASE = /^\p{Lt}$/u;

/**
 * Does one code point pass? null when JavaScript's Unicode data cannot tell as CPython would
 * (a non-decimal numeral for isdigit, which depends on Numeric_Type; a CJK ideograph for
 * isnumeric).
 */
function passes(c: string, test: CharTest): boolean | null {
  const ascii = c.charCodeAt(0) < 128;
  switch (test) {
    case 'ascii':
      return c.codePointAt(0)! < 128;
    case 'space':
      return PY_WHITESPACE.has(c);
    case 'alpha':
      return LETTER.test(c);
    case 'decimal':
      return DECIMAL.test(c);
    case 'alnum':
      return LETTER.test(c) || NUMBER.test(c);
    case 'digit':
      if (ascii || DECIMAL.test(c)) return DECIMAL.test(c);
      return NUMBER.test(c) ? null : false;
    case 'numeric':
      if (ascii || NUMBER.test(c)) return NUMBER.test(c);
      return OTHER_LETTER.test(c) ? null : false;
    default:
      return null;
  }
}

/**
 * The isX() answer for a string's code points: true when there is at least one and every one
 * passes (isascii: also for none); isupper/islower: no code point of the other case or
 * titlecase, and at least one cased. null when it cannot be decided exactly.
 */
export function classifyAll(chars: readonly string[], test: CharTest): boolean | null {
  if (test === 'upper' || test === 'lower') {
    const same = test === 'upper' ? UPPERCASE : LOWERCASE;
    const other = test === 'upper' ? LOWERCASE : UPPERCASE;
    let cased = false;
    for (const c of chars) {
      if (other.test(c) || TITLECASE.test(c)) return false;
      if (same.test(c)) cased = true;
    }
    return cased;
  }
  if (chars.length === 0) return test === 'ascii';
  let unknown = false;
  for (const c of chars) {
    const r = passes(c, test);
    if (r === false) return false;
    if (r === null) unknown = true;
  }
  return unknown ? null : true;
}
