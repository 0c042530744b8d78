/** Number and string literals as Python's tokenizer reads them. */
import type { Heap, PyObject } from '../engine';
import { NotSupported } from './errors';

/** A new reference to the value of a number literal (`1_000`, `0x1f`, `2.5e3`). */
export function parseNumber(heap: Heap, text: string, complex: () => never): PyObject {
  const t = text.replace(/_/g, '');
  if (/[jJ]$/.test(t)) return complex();
  const negative = t.startsWith('-');
  const body = negative ? t.slice(1) : t;
  if (/^0[xXoObB]/.test(body) || /^\d+$/.test(body)) {
    let v = /^0\d+$/.test(body) ? 0n : BigInt(body);
    if (negative) v = -v;
    return heap.newInt(
      v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v,
    );
  }
  return heap.newFloat(Number(t));
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

/** The value of a str literal with its prefix and quotes (`'a\n'`, `r"x"`, `"""doc"""`). */
export function parseStringLiteral(text: string): { value: string; bytes: boolean } {
  const prefix = /^[a-zA-Z]*/.exec(text)![0].toLowerCase();
  const rest = text.slice(prefix.length);
  const q = rest.startsWith('"""') || rest.startsWith("'''") ? 3 : 1;
  const body = rest.slice(q, rest.length - q);
  const bytes = prefix.includes('b');
  if (prefix.includes('r')) return { value: body, bytes };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[i + 1] ?? '';
    if (n in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[n];
      i++;
    } else if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 2, i + 4))) {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (n === 'U' && /^[0-9a-fA-F]{8}$/.test(body.slice(i + 2, i + 10))) {
      const code = parseInt(body.slice(i + 2, i + 10), 16);
      if (code > 0x10ffff) throw new NotSupported("a '\\U' escape beyond U+10FFFF", 0);
      out += String.fromCodePoint(code);
      i += 9;
    } else if (n === 'N' || n === 'x' || n === 'u' || n === 'U') {
      // A named character (`\N{BULLET}`: Heapscope has no table of names), or a `\x`, `\u` or
      // `\U` without its digits (a SyntaxError in CPython).
      throw new NotSupported(
        n === 'N' ? "a '\\N{...}' escape" : `a '\\${n}' escape without its hex digits`,
        0,
      );
    } else if (/[0-7]/.test(n)) {
      // Octal: one to three digits.
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(digits, 8));
      i += digits.length;
    } else {
      out += c;
    }
  }
  return { value: out, bytes };
}
