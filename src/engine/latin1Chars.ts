/**
 * CPython 3.11's one-character strs. Every str of one code point below 256 that the runtime
 * makes (indexing, slicing, chr(), split, strip, join, ...) is one statically allocated
 * singleton per character (unicode_latin1). A str constant of the code is interned when it is
 * made of ASCII name characters; for most such characters the interned object IS the singleton,
 * but for the ones below the interned dict already held another object when python3 started
 * (the deep-frozen standard library's own one-letter constants and names), so `'q'` in a
 * program is not `chr(113)`. Measured on python3 3.11.7 (the same with -S and -I):
 *   ''.join(c for c in ascii_letters + digits + '_' if sys.intern(chr(ord(c))) is not chr(ord(c)))
 */
export const INTERNED_APART_FROM_SINGLETON: ReadonlySet<string> = new Set(
  'abcdefhijklmnopqrstvwxyBCLST_',
);

/** A str of one code point below 256: the runtime's singleton of that character. */
export function isLatin1Char(v: string): boolean {
  return v.length === 1 && v.charCodeAt(0) < 256;
}
