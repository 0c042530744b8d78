/**
 * A str's characters as Python counts them: code points. A JavaScript string counts UTF-16 units,
 * which are the same unless a character needs UCS-4 (a surrogate pair), as the str's kind says
 * (sizes.ts). So len(), s[i], slicing and iteration read the text itself, in O(1) a character as
 * CPython does, and only a str with such a character (or whose kind was never worked out) is
 * split into its code points, once.
 */
import type { PyStr } from './objects';
import { codePoints } from './sizes';

/**
 * A str's characters, indexed by code point: its text itself when its UTF-16 units are its code
 * points, else its code points.
 */
export type StrChars = string | readonly string[];

/** The code points of the strs that needed splitting (a str never changes). */
const SPLIT = new WeakMap<PyStr, readonly string[]>();

function byUnits(s: PyStr): boolean {
  const kind = s.kind;
  return kind !== null && kind !== 'ucs4';
}

/** len() of a str. */
export function strLength(s: PyStr): number {
  return byUnits(s) ? s.value.length : codePoints(s.value);
}

/** The str's characters (see StrChars). */
export function strChars(s: PyStr): StrChars {
  if (byUnits(s)) return s.value;
  let chars = SPLIT.get(s);
  if (!chars) SPLIT.set(s, (chars = [...s.value]));
  return chars;
}
