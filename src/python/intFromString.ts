/**
 * int(s, base) of a str, as CPython 3.11's PyLong_FromString reads it: spaces around, a sign, a
 * base prefix (`0x`, `0o`, `0b`: the base it names when the base is 0, skipped when it is that
 * base already), then digits of the base with single underscores between them (one may follow a
 * prefix). Base 0 reads a decimal without leading zeros, unless the number is zero. A base that
 * is not a power of two is limited to 4300 digits (intDigits.ts), counted before anything after
 * them is looked at, as CPython counts them.
 *
 * A non-ASCII str is turned to ASCII first by CPython (its decimal digits and spaces: `'١٢'` is
 * 12), which is not modelled: such a str is refused unless no character of it is a digit or a
 * space, when it is an invalid literal either way.
 */

/** What reading the text gave: the value, an invalid literal, or too many digits. */
export type IntText =
  | { readonly value: bigint }
  | { readonly invalid: true }
  | { readonly digits: number }
  | { readonly notAscii: true };

const INVALID: IntText = { invalid: true };

/** Py_ISSPACE: the ASCII spaces PyLong_FromString skips around the number. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** _PyLong_DigitValue: 0–35 for digits and letters, 37 for anything else. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

const POWER_OF_TWO_BASES = new Set([2, 4, 8, 16, 32]);

/** `text` read in `base` (0 or 2–36), with at most `maxDigits` digits in other bases than 2^k. */
export function readIntText(text: string, base: number, maxDigits: number): IntText {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) {
    for (const ch of text) if (ch > '\x7f' && /[\p{Nd}\s]/u.test(ch)) return { notAscii: true };
    return INVALID;
  }
  let i = 0;
  let end = text.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  if (text[i] === '+' || text[i] === '-') negative = text[i++] === '-';
  const prefix = (text[i + 1] ?? '').toLowerCase();
  let zeroOnly = false;
  if (base === 0) {
    if (text[i] !== '0') base = 10;
    else if (prefix === 'x') base = 16;
    else if (prefix === 'o') base = 8;
    else if (prefix === 'b') base = 2;
    else {
      // An "old" C-style octal literal: invalid, unless it is zero.
      zeroOnly = true;
      base = 10;
    }
  }
  if (
    text[i] === '0' &&
    ((base === 16 && prefix === 'x') ||
      (base === 8 && prefix === 'o') ||
      (base === 2 && prefix === 'b'))
  ) {
    i += 2;
    if (text[i] === '_') i++;
  }
  if (text[i] === '_') return INVALID;
  let digits = '';
  let prev = '';
  for (; i < end; i++) {
    const ch = text[i]!;
    if (ch === '_') {
      if (prev === '_') return INVALID;
    } else if (digitValue(ch.charCodeAt(0)) < base) digits += ch;
    else break;
    prev = ch;
  }
  if (prev === '_') return INVALID;
  if (!POWER_OF_TWO_BASES.has(base) && digits.length > maxDigits) return { digits: digits.length };
  if (digits === '' || i < end) return INVALID;
  const value = valueOf(digits, base);
  if (zeroOnly && value !== 0n) return INVALID;
  return { value: negative ? -value : value };
}

function valueOf(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt(`0x${digits}`);
  if (base === 8) return BigInt(`0o${digits}`);
  if (base === 2) return BigInt(`0b${digits}`);
  // Eight digits at a time: 36^8 is below 2^53, so each chunk is exact as a double.
  let value = 0n;
  for (let at = 0; at < digits.length; at += 8) {
    const chunk = digits.slice(at, at + 8);
    value = value * BigInt(base) ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
  }
  return value;
}
