/**
 * Characters in source as CPython 3.11 judges them: which may form a name (PEP 3131: XID_Start,
 * XID_Continue, checked on the name as written), how a name is normalised (NFKC, so full-width
 * `Ａ` is the name `A`), which characters are "printable" in its error messages, and the
 * bidirectional controls Heapscope refuses in strings and comments (the Trojan Source attack).
 */

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
/** Py_UNICODE_ISPRINTABLE is false for these categories (the space itself excepted). */
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NOT_PRINTABLE.test(ch);
}

/**
 * Index (in code points) of the first character that makes `name` an invalid identifier, or -1
 * (CPython's _PyUnicode_ScanIdentifier, on the name as written, before normalisation).
 */
export function invalidIdentifierIndex(name: string): number {
  let i = 0;
  for (const ch of name) {
    if (!(i === 0 ? XID_START : XID_CONTINUE).test(ch)) return i;
    i++;
  }
  return -1;
}

/** CPython's message for a character that cannot be part of a name. */
export function invalidCharacterMessage(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return isPrintable(ch)
    ? `invalid character '${ch}' (U+${hex})`
    : `invalid non-printable character U+${hex}`;
}

/** The name a (valid) identifier denotes: NFKC-normalised when it is not ASCII. */
export function normalizeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFKC');
}

/** Bidirectional formatting characters, by code point, with their Unicode names. */
export const BIDI_CONTROLS: ReadonlyMap<number, string> = new Map([
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
]);

export const BIDI_PATTERN = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)" */
export function describeBidi(ch: string): string {
  const code = ch.codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${BIDI_CONTROLS.get(code)})`;
}
