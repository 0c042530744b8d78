/**
 * Turning what a person types into a dict key: digits are an int key (`d[1]`), a quoted string or
 * None/True/False is taken as written, anything else is a str key (`k` becomes `d['k']`).
 */
import { pythonString } from './paths';

export function keyExpression(text: string): string {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return String(Number.parseInt(t, 10));
  if (/^(None|True|False)$/.test(t)) return t;
  if (/^'[^'\\\n]*'$/.test(t) || /^"[^"\\\n]*"$/.test(t)) return t;
  return pythonString(text);
}
