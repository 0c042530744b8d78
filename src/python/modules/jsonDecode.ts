/**
 * json.loads of a str as CPython 3.11's C scanner (Modules/_json.c) reads it: the same grammar
 * (NaN, Infinity and -Infinity accepted, no leading zeros, no trailing commas), the same error
 * messages at the same positions, and the same objects: dict keys are shared through the scan's
 * memo (a key seen twice is one str object), every other str, float and big int is new.
 */
import { PyStr, type PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { checkDecimalDigits } from '../intDigits';
import { C_LEVEL_BYTES } from '../stackGuard';

/** A JSON syntax error at a position of the document: raised as json.decoder.JSONDecodeError. */
export class JsonSyntax {
  constructor(
    readonly msg: string,
    readonly pos: number,
  ) {}
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Decodes `s` (JSONDecoder.decode): leading whitespace, one value, trailing whitespace, nothing
 * else. Returns a new reference, or throws JsonSyntax (a Python exception from the heap, such as
 * the int digit limit or a RecursionError, passes through).
 */
export function decodeJson(interp: Interpreter, s: string, strict = true): PyObject {
  if (s.startsWith('\ufeff'))
    throw new JsonSyntax('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
  const scanner = new Scanner(interp, s, strict);
  const start = scanner.skipWs(0);
  const [value, end] = scanner.scanOnce(start);
  if (scanner.skipWs(end) !== s.length) {
    interp.heap.decref(value);
    throw new JsonSyntax('Extra data', scanner.skipWs(end));
  }
  return value;
}

class Scanner {
  /** The scan's memo of dict keys (PyDict_SetDefault(memo, key, key)): one str per key text. */
  private readonly memo = new Map<string, PyStr>();
  constructor(
    private readonly interp: Interpreter,
    private readonly s: string,
    /** strict=False lets control characters stand in strings. */
    private readonly strict: boolean,
  ) {}

  skipWs(i: number): number {
    while (i < this.s.length && WS.has(this.s[i]!)) i++;
    return i;
  }

  /** scan_once_unicode: one value at `i`; a value that cannot start here is "Expecting value". */
  scanOnce(i: number): [PyObject, number] {
    const { s, interp } = this;
    const h = interp.heap;
    if (i >= s.length) throw new JsonSyntax('Expecting value', i);
    const c = s[i]!;
    if (c === '"') {
      const [text, end] = this.scanString(i + 1);
      return [h.newStr(text), end];
    }
    if (c === '{') return this.nested(i, ' while decoding a JSON object from a unicode string');
    if (c === '[') return this.nested(i, ' while decoding a JSON array from a unicode string');
    const word = (w: string) => s.startsWith(w, i);
    if (c === 'n' && word('null')) return [h.none(), i + 4];
    if (c === 't' && word('true')) return [h.bool(true), i + 4];
    if (c === 'f' && word('false')) return [h.bool(false), i + 5];
    if (c === 'N' && word('NaN')) return [h.newFloat(NaN), i + 3];
    if (c === 'I' && word('Infinity')) return [h.newFloat(Infinity), i + 8];
    if (c === '-' && word('-Infinity')) return [h.newFloat(-Infinity), i + 9];
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (!m) throw new JsonSyntax('Expecting value', i);
    const end = i + m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) return [h.newFloat(Number(m[0])), end];
    const digits = m[0].replace('-', '');
    checkDecimalDigits(interp, digits);
    const big = BigInt(m[0]);
    const n = Number(big);
    return [h.newInt(Number.isSafeInteger(n) ? n : big), end];
  }

  /** An object or an array: a level of the recursion limit, as Py_EnterRecursiveCall makes it. */
  private nested(i: number, where: string): [PyObject, number] {
    const interp = this.interp;
    interp.enterLevel(C_LEVEL_BYTES, where);
    try {
      return this.s[i] === '{' ? this.parseObject(i + 1) : this.parseArray(i + 1);
    } finally {
      interp.leaveLevel(C_LEVEL_BYTES);
    }
  }

  /** _parse_object_unicode: `i` is just past the '{'. */
  private parseObject(i: number): [PyObject, number] {
    const { s, interp } = this;
    const h = interp.heap;
    const d = h.newDict();
    try {
      i = this.skipWs(i);
      if (i >= s.length || s[i] !== '}') {
        for (;;) {
          if (i >= s.length || s[i] !== '"')
            throw new JsonSyntax('Expecting property name enclosed in double quotes', i);
          const [text, afterKey] = this.scanString(i + 1);
          let key = this.memo.get(text);
          if (key) h.incref(key);
          else {
            key = h.newStr(text);
            this.memo.set(text, key);
          }
          try {
            i = this.skipWs(afterKey);
            if (i >= s.length || s[i] !== ':') throw new JsonSyntax("Expecting ':' delimiter", i);
            i = this.skipWs(i + 1);
            const [value, afterValue] = this.scanOnce(i);
            h.dictSet(d, key, value);
            h.decref(value);
            i = this.skipWs(afterValue);
          } finally {
            h.decref(key);
          }
          if (i < s.length && s[i] === '}') break;
          if (i >= s.length || s[i] !== ',') throw new JsonSyntax("Expecting ',' delimiter", i);
          i = this.skipWs(i + 1);
        }
      }
      return [d, i + 1];
    } catch (e) {
      h.decref(d);
      throw e;
    }
  }

  /** _parse_array_unicode: `i` is just past the '['. */
  private parseArray(i: number): [PyObject, number] {
    const { s, interp } = this;
    const h = interp.heap;
    const l = h.newList([]);
    try {
      i = this.skipWs(i);
      if (i >= s.length || s[i] !== ']') {
        for (;;) {
          const [value, afterValue] = this.scanOnce(i);
          h.listAppend(l, value);
          h.decref(value);
          i = this.skipWs(afterValue);
          if (i < s.length && s[i] === ']') break;
          if (i >= s.length || s[i] !== ',') throw new JsonSyntax("Expecting ',' delimiter", i);
          i = this.skipWs(i + 1);
        }
      }
      return [l, i + 1];
    } catch (e) {
      h.decref(l);
      throw e;
    }
  }

  /** scanstring_unicode: `begin` is just past the opening quote; returns the text and its end. */
  private scanString(begin: number): [string, number] {
    const s = this.s;
    const len = s.length;
    let out = '';
    let end = begin;
    for (;;) {
      let next = end;
      for (; next < len; next++) {
        const c = s.charCodeAt(next);
        if (c === 0x22 || c === 0x5c) break;
        if (c <= 0x1f && this.strict) throw new JsonSyntax('Invalid control character at', next);
      }
      if (next >= len) throw new JsonSyntax('Unterminated string starting at', begin - 1);
      out += s.slice(end, next);
      if (s[next] === '"') return [out, next + 1];
      next++;
      if (next >= len) throw new JsonSyntax('Unterminated string starting at', begin - 1);
      const esc = s[next]!;
      if (esc !== 'u') {
        end = next + 1;
        const short = SHORT_ESCAPES[esc];
        if (short === undefined) throw new JsonSyntax('Invalid \\escape', end - 2);
        out += short;
        continue;
      }
      next++;
      end = next + 4;
      if (end >= len) throw new JsonSyntax('Invalid \\uXXXX escape', next - 1);
      let c = hex4(s, next);
      if (c < 0) throw new JsonSyntax('Invalid \\uXXXX escape', end - 5);
      next = end;
      // A high surrogate followed by an escaped low one is one character.
      if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && s[next] === '\\' && s[next + 1] === 'u') {
        const c2 = hex4(s, next + 2);
        if (c2 < 0) throw new JsonSyntax('Invalid \\uXXXX escape', end + 1);
        if (c2 >= 0xdc00 && c2 <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
          end += 6;
        }
      }
      out += String.fromCodePoint(c);
    }
  }
}

/** Four hex digits at `i`, or -1. */
function hex4(s: string, i: number): number {
  const t = s.slice(i, i + 4);
  return /^[0-9a-fA-F]{4}$/.test(t) ? parseInt(t, 16) : -1;
}
