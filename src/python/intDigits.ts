/**
 * CPython 3.11's limit on decimal conversions of huge ints (sys.int_info.default_max_str_digits,
 * CVE-2020-10735): converting an int of more than 4300 decimal digits to or from a decimal string
 * is a ValueError, a literal that long a SyntaxError. Powers of two bases (hex, octal, binary)
 * are not limited; underscores are not counted as digits.
 */
import { intToString, type IntValue } from '../engine';
import type { Interpreter } from './interpreter';

export const MAX_STR_DIGITS = 4300;

const LIMIT = `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion`;
const ADVICE = 'use sys.set_int_max_str_digits() to increase the limit';

/** The ValueError of str(i) and format(i) past the limit. */
export const DECIMAL_LIMIT_MESSAGE = `${LIMIT}; ${ADVICE}`;

/** Digits below which no check is needed: 4300 decimal digits need at least 14,283 bits. */
const SAFE_BITS = 14_000;

/** str(i) and repr(i), or CPython's ValueError past the limit. */
export function intToDecimal(interp: Interpreter, v: IntValue): string {
  if (typeof v === 'number' || bitLength(v) < SAFE_BITS) return intToString(v);
  const s = v.toString();
  if (s.length - (s[0] === '-' ? 1 : 0) > MAX_STR_DIGITS) {
    interp.raise('ValueError', DECIMAL_LIMIT_MESSAGE);
  }
  return s;
}

/** int(s) of a decimal string (sign and spaces stripped, no underscores): checks the limit. */
export function checkDecimalDigits(interp: Interpreter, digits: string): void {
  if (digits.length > MAX_STR_DIGITS) {
    interp.raise('ValueError', `${LIMIT}: value has ${digits.length} digits; ${ADVICE}`);
  }
}

/** The SyntaxError message for a decimal int literal past the limit, or null. */
export function literalDigitsError(literal: string): string | null {
  const digits = literal.replace(/_/g, '');
  if (!/^[1-9][0-9]*$/.test(digits) || digits.length <= MAX_STR_DIGITS) return null;
  return (
    `${LIMIT}: value has ${digits.length} digits; ${ADVICE} - Consider hexadecimal for huge ` +
    'integer literals to avoid decimal conversion limits.'
  );
}

function bitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(16).length * 4;
}
