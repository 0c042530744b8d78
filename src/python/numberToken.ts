/**
 * Number literals as CPython 3.11's tokenizer scans them (tok_get's number branch,
 * tok_decimal_tail, verify_end_of_number), with its error messages and cursor positions:
 * `1abc` is "invalid decimal literal", `0777` "leading zeros in decimal integer literals are not
 * permitted; ...", `0b102` "invalid digit '2' in binary literal".
 */

export type NumberScan =
  | { readonly end: number }
  | {
      readonly error: string;
      /** Where CPython's cursor stood: the reported column counts the characters before it. */
      readonly cursor: number;
    };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isIdentChar = (c: string | undefined) =>
  c !== undefined && (/^[A-Za-z0-9_]$/.test(c) || c.charCodeAt(0) >= 128);

class Fail {
  constructor(
    readonly error: string,
    readonly cursor: number,
  ) {}
}

/** Scans the number starting at `start` (a digit, or a '.' followed by a digit). */
export function scanNumber(src: string, start: number): NumberScan {
  try {
    return { end: scan(src, start) };
  } catch (e) {
    if (e instanceof Fail) return { error: e.error, cursor: e.cursor };
    throw e;
  }
}

function scan(src: string, start: number): number {
  let i = start;
  const c0 = src[i];
  if (c0 === '.') return fraction(src, i + 1);
  if (c0 === '0') {
    const c1 = src[i + 1];
    if (c1 === 'x' || c1 === 'X') return radix(src, i + 2, isHex, 'hexadecimal', null);
    if (c1 === 'o' || c1 === 'O')
      return radix(src, i + 2, (c) => c !== undefined && c >= '0' && c < '8', 'octal', 'octal');
    if (c1 === 'b' || c1 === 'B')
      return radix(src, i + 2, (c) => c === '0' || c === '1', 'binary', 'binary');
    // Zeros, maybe with underscores: `0`, `00`, `0_0`; then maybe a float.
    i++;
    for (;;) {
      if (src[i] === '_') {
        i++;
        if (!isDigit(src[i])) throw new Fail('invalid decimal literal', i);
      }
      if (src[i] !== '0') break;
      i++;
    }
    let nonzero = false;
    if (isDigit(src[i])) {
      nonzero = true;
      i = decimalTail(src, i);
    }
    const c = src[i];
    if (c === '.') return fraction(src, i + 1);
    if (c === 'e' || c === 'E') return exponent(src, i);
    if (c === 'j' || c === 'J') return endOfNumber(src, i + 1, 'imaginary');
    if (nonzero) {
      throw new Fail(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        start + 1,
      );
    }
    return endOfNumber(src, i, 'decimal');
  }
  i = decimalTail(src, i);
  if (src[i] === '.') return fraction(src, i + 1);
  return afterFraction(src, i);
}

/** Digits with single underscores between them; returns the index after the last digit. */
function decimalTail(src: string, i: number): number {
  for (;;) {
    while (isDigit(src[i])) i++;
    if (src[i] !== '_') return i;
    i++;
    if (!isDigit(src[i])) throw new Fail('invalid decimal literal', i);
  }
}

function fraction(src: string, i: number): number {
  if (isDigit(src[i])) i = decimalTail(src, i);
  return afterFraction(src, i);
}

function afterFraction(src: string, i: number): number {
  const c = src[i];
  if (c === 'e' || c === 'E') return exponent(src, i);
  if (c === 'j' || c === 'J') return endOfNumber(src, i + 1, 'imaginary');
  return endOfNumber(src, i, 'decimal');
}

/** `i` is at the 'e'. */
function exponent(src: string, e: number): number {
  let i = e + 1;
  if (src[i] === '+' || src[i] === '-') {
    i++;
    if (!isDigit(src[i])) throw new Fail('invalid decimal literal', i);
  } else if (!isDigit(src[i])) {
    // `1e` then something else: the number ends before the 'e', if the 'e' may end it.
    endOfNumber(src, e, 'decimal');
    return e;
  }
  i = decimalTail(src, i);
  if (src[i] === 'j' || src[i] === 'J') return endOfNumber(src, i + 1, 'imaginary');
  return endOfNumber(src, i, 'decimal');
}

function radix(
  src: string,
  i: number,
  isRadixDigit: (c: string | undefined) => boolean,
  kind: string,
  digitName: string | null,
): number {
  do {
    if (src[i] === '_') i++;
    if (!isRadixDigit(src[i])) {
      if (digitName && isDigit(src[i]))
        throw new Fail(`invalid digit '${src[i]}' in ${digitName} literal`, i + 1);
      throw new Fail(`invalid ${kind} literal`, i);
    }
    while (isRadixDigit(src[i])) i++;
  } while (src[i] === '_');
  if (digitName && isDigit(src[i]))
    throw new Fail(`invalid digit '${src[i]}' in ${digitName} literal`, i + 1);
  return endOfNumber(src, i, kind);
}

/**
 * A number directly followed by a name character is an error, except before the keywords that
 * may follow a number in valid code (`1if x else 2`): CPython only warns about those.
 */
function endOfNumber(src: string, i: number, kind: string): number {
  const rest = src.slice(i, i + 4);
  if (/^(and|else|for|if|in|is|or|not)/.test(rest)) return i;
  if (isIdentChar(src[i])) throw new Fail(`invalid ${kind} literal`, i);
  return i;
}
