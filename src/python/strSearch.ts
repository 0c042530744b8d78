/**
 * Pure helpers of the str methods, over code points as CPython indexes strings: searching a
 * window [start, end) (stringlib's find, rfind, count and tailmatch, indices already adjusted),
 * and the character classes of the isX() methods.
 *
 * The searches take a str's characters as strChars (engine/strChars.ts) gives them, or a str's
 * code points spread. The text is searched in place: a search from an index costs what it reads,
 * not the length of the str, so a loop of searches (split, replace) stays linear.
 */
import type { StrChars } from '../engine';

/** Py_UNICODE_ISSPACE: the code points str.split() and str.strip() treat as whitespace. */
export const PY_WHITESPACE: ReadonlySet<string> = new Set(
  '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006' +
    '\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
);

/** chars[start:end] as a string. */
export function charsText(chars: StrChars, start: number, end: number = chars.length): string {
  return typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');
}

/**
 * A str's text and where each code point starts in it: `units[k]` is the UTF-16 offset of code
 * point k (and `units[length]` the text's length), or null when every offset is its own.
 */
interface Located {
  readonly text: string;
  readonly units: Int32Array | null;
}

/** The code points' text, worked out once for each array of them (strChars keeps a str's). */
const LOCATED = new WeakMap<readonly string[], Located>();

function located(chars: StrChars): Located {
  if (typeof chars === 'string') return { text: chars, units: null };
  let l = LOCATED.get(chars);
  if (!l) {
    const text = chars.join('');
    let units: Int32Array | null = null;
    if (text.length !== chars.length) {
      units = new Int32Array(chars.length + 1);
      for (let k = 0; k < chars.length; k++) units[k + 1] = units[k]! + chars[k]!.length;
    }
    l = { text, units };
    LOCATED.set(chars, l);
  }
  return l;
}

function unitOf(l: Located, k: number): number {
  return l.units === null ? k : l.units[k]!;
}

/** The code point starting at UTF-16 offset `u`, or -1 where `u` falls inside a pair. */
function pointAt(l: Located, u: number): number {
  const units = l.units;
  if (units === null) return u;
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = units[mid]!;
    if (v === u) return mid;
    if (v < u) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Does `sub`, found at UTF-16 offset `u`, start and end on code point boundaries? */
function onBoundaries(l: Located, u: number, sub: string): boolean {
  return pointAt(l, u) >= 0 && pointAt(l, u + sub.length) >= 0;
}

/** The first code point index of `sub` in chars[start:end], or -1. */
export function cpFind(chars: StrChars, sub: string, start: number, end: number): number {
  const m = [...sub].length;
  if (end - start < m) return -1;
  if (m === 0) return start;
  const l = located(chars);
  const last = unitOf(l, end);
  for (let u = l.text.indexOf(sub, unitOf(l, start)); u >= 0; u = l.text.indexOf(sub, u + 1)) {
    if (u + sub.length > last) return -1;
    if (onBoundaries(l, u, sub)) return pointAt(l, u);
  }
  return -1;
}

/** The last code point index of `sub` in chars[start:end], or -1. */
export function cpRfind(chars: StrChars, sub: string, start: number, end: number): number {
  const m = [...sub].length;
  if (end - start < m) return -1;
  if (m === 0) return end;
  const l = located(chars);
  const first = unitOf(l, start);
  const from = unitOf(l, end) - sub.length;
  if (from < first) return -1;
  for (
    let u = l.text.lastIndexOf(sub, from);
    u >= first;
    u = u > 0 ? l.text.lastIndexOf(sub, u - 1) : -1
  )
    if (onBoundaries(l, u, sub)) return pointAt(l, u);
  return -1;
}

/** Non-overlapping occurrences of `sub` in chars[start:end]; an empty sub: length + 1. */
export function cpCount(chars: StrChars, sub: string, start: number, end: number): number {
  const m = [...sub].length;
  if (end - start < m) return 0;
  if (m === 0) return end - start + 1;
  const l = located(chars);
  const last = unitOf(l, end);
  let n = 0;
  for (let u = l.text.indexOf(sub, unitOf(l, start)); u >= 0 && u + sub.length <= last;) {
    const found = onBoundaries(l, u, sub);
    if (found) n++;
    u = l.text.indexOf(sub, found ? u + sub.length : u + 1);
  }
  return n;
}

/** tailmatch: does chars[start:end] start (or end) with `sub`? */
export function tailMatch(
  chars: StrChars,
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
