/**
 * json.dumps as CPython 3.11's encoder writes it: dicts (str, int, float, bool and None keys),
 * lists and tuples as arrays, str with json's escapes, int and float by their repr (NaN,
 * Infinity), True/False/None as true/false/null; `indent` (int or str), `separators`,
 * `sort_keys` (a sort of the items' tuples, so mixed keys fail as in CPython), `ensure_ascii`,
 * `allow_nan`, `skipkeys`; the circular-reference check. Nothing else is serializable (the
 * `default=` hook and custom encoders are refused by the module).
 */
import {
  formatFloat,
  orderedEntries,
  PyBool,
  PyDict,
  PyFloat,
  PyInt,
  PyList,
  PyNone,
  PyStr,
  PyTuple,
  type PyObject,
} from '../../engine';
import type { Interpreter } from '../interpreter';
import { intToDecimal } from '../intDigits';
import { sortList } from '../sorting';
import { C_LEVEL_BYTES } from '../stackGuard';

export interface EncodeOptions {
  /** The indent text per level, or null for one line. */
  readonly indent: string | null;
  readonly itemSeparator: string;
  readonly keySeparator: string;
  readonly sortKeys: boolean;
  readonly ensureAscii: boolean;
  readonly allowNan: boolean;
  readonly skipKeys: boolean;
}

/** A JSON string literal: ensure_ascii escapes everything outside ' '..'~'. */
export function encodeString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) {
      if (c > 0xffff) {
        const v = c - 0x10000;
        out += u4(0xd800 | (v >> 10)) + u4(0xdc00 | (v & 0x3ff));
      } else out += u4(c);
    } else out += ch;
  }
  return out + '"';
}

function u4(c: number): string {
  return '\\u' + c.toString(16).padStart(4, '0');
}

export class Encoder {
  /** The containers being encoded (check_circular's markers). */
  private readonly markers = new Set<PyObject>();
  constructor(
    private readonly interp: Interpreter,
    private readonly opts: EncodeOptions,
  ) {}

  encode(o: PyObject): string {
    const parts: string[] = [];
    this.value(o, parts, 0);
    return parts.join('');
  }

  private floatText(o: PyFloat): string {
    const v = o.value;
    if (Number.isFinite(v)) return formatFloat(v);
    if (!this.opts.allowNan)
      this.interp.raise('ValueError', 'Out of range float values are not JSON compliant');
    return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  }

  private value(o: PyObject, out: string[], level: number): void {
    const interp = this.interp;
    if (o instanceof PyStr) out.push(encodeString(o.value, this.opts.ensureAscii));
    else if (o instanceof PyNone) out.push('null');
    else if (o instanceof PyBool) out.push(o.value ? 'true' : 'false');
    else if (o instanceof PyInt) out.push(intToDecimal(interp, o.value));
    else if (o instanceof PyFloat) out.push(this.floatText(o));
    else if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict) {
      const where = this.opts.indent === null ? ' while encoding a JSON object' : '';
      interp.enterLevel(C_LEVEL_BYTES, where);
      try {
        if (o instanceof PyDict) this.dict(o, out, level);
        else this.list(o, out, level);
      } finally {
        interp.leaveLevel(C_LEVEL_BYTES);
      }
    } else interp.raise('TypeError', `Object of type ${o.type.name} is not JSON serializable`);
  }

  /** Opens a container: checks the markers, returns the newline and indent of its items. */
  private enter(o: PyObject, level: number): string | null {
    if (this.markers.has(o)) this.interp.raise('ValueError', 'Circular reference detected');
    this.markers.add(o);
    const { indent } = this.opts;
    return indent === null ? null : '\n' + indent.repeat(level + 1);
  }

  private close(o: PyObject, out: string[], level: number, bracket: string): void {
    const { indent } = this.opts;
    if (indent !== null) out.push('\n' + indent.repeat(level));
    out.push(bracket);
    this.markers.delete(o);
  }

  private list(o: PyList | PyTuple, out: string[], level: number): void {
    if (o.items.length === 0) return void out.push('[]');
    const newline = this.enter(o, level);
    out.push('[');
    const separator = this.opts.itemSeparator + (newline ?? '');
    if (newline) out.push(newline);
    // The list may change while it is encoded (it cannot here: no Python code runs).
    for (let i = 0; i < o.items.length; i++) {
      if (i) out.push(separator);
      this.value(o.items[i]!, out, level + 1);
    }
    this.close(o, out, level, ']');
  }

  private dict(d: PyDict, out: string[], level: number): void {
    if (d.size === 0) return void out.push('{}');
    const newline = this.enter(d, level);
    out.push('{');
    const separator = this.opts.itemSeparator + (newline ?? '');
    if (newline) out.push(newline);
    let first = true;
    for (const [key, value] of this.items(d)) {
      const text = this.keyText(key);
      if (text === null) continue;
      if (!first) out.push(separator);
      first = false;
      out.push(encodeString(text, this.opts.ensureAscii), this.opts.keySeparator);
      this.value(value, out, level + 1);
    }
    this.close(d, out, level, '}');
  }

  /** The items in order, or sorted as `sorted(d.items())` sorts them. */
  private items(d: PyDict): [PyObject, PyObject][] {
    const entries = orderedEntries(d).map((e) => [e.key, e.value] as [PyObject, PyObject]);
    if (!this.opts.sortKeys) return entries;
    const h = this.interp.heap;
    const tuples = entries.map(([k, v]) => {
      h.incref(k);
      h.incref(v);
      return h.newTuple([k, v]);
    });
    const list = h.newList(tuples);
    try {
      sortList(this.interp, list, null);
      return list.items.map((t) => [(t as PyTuple).items[0]!, (t as PyTuple).items[1]!]);
    } finally {
      // The dict still holds every key and value: the sorted pairs stay valid.
      h.decref(list);
    }
  }

  /** A key as the encoder converts it; null when skipkeys skips it. */
  private keyText(key: PyObject): string | null {
    if (key instanceof PyStr) return key.value;
    if (key instanceof PyFloat) return this.floatText(key);
    if (key instanceof PyBool) return key.value ? 'true' : 'false';
    if (key instanceof PyNone) return 'null';
    if (key instanceof PyInt) return intToDecimal(this.interp, key.value);
    if (this.opts.skipKeys) return null;
    return this.interp.raise(
      'TypeError',
      `keys must be str, int, float, bool or None, not ${key.type.name}`,
    );
  }
}
