/**
 * pprint's PrettyPrinter (Lib/pprint.py, 3.11), statement for statement: `_format` tries the
 * one-line safe repr and, when it does not fit in the width left, calls the type's `_pprint_*`
 * layout (dicts sorted by key, lists, tuples, sets, long strs split at spaces and line ends, and
 * the collections types through their Python-level methods). The same reprs are computed as many
 * times as pprint.py computes them, so a user `__repr__` runs as often as in CPython.
 */
import {
  orderedEntries,
  PyBool,
  PyDict,
  PyFloat,
  PyInt,
  PyList,
  PyNone,
  PySet,
  PyStr,
  PyTuple,
  strRepr,
  type PyObject,
} from '../../engine';
import { NotSupported, PyError } from '../errors';
import type { Interpreter } from '../interpreter';
import { collect } from '../iteration';
import { compare } from '../operators';
import { repr } from '../objectRepr';
import { PY_WHITESPACE } from '../strSearch';
import { C_LEVEL_BYTES } from '../stackGuard';

export interface PrinterOptions {
  readonly indent: number;
  readonly width: number;
  /** null: no limit. */
  readonly depth: number | null;
  readonly compact: boolean;
  readonly sortDicts: boolean;
  readonly underscoreNumbers: boolean;
}

/** A length as Python counts it: code points. */
function pyLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The line boundaries of str.splitlines ('\r\n' is one). */
const LINE_BREAKS = new Set('\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029');

/** str.splitlines(True). */
function splitLinesKeepEnds(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!LINE_BREAKS.has(s[i]!)) continue;
    if (s[i] === '\r' && s[i + 1] === '\n') i++;
    out.push(s.slice(start, i + 1));
    start = i + 1;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** re.findall(r'\S*\s*', line) without its final empty match. */
function wordsWithSpaces(line: string): string[] {
  const chars = [...line];
  const parts: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let part = '';
    while (i < chars.length && !PY_WHITESPACE.has(chars[i]!)) part += chars[i++];
    while (i < chars.length && PY_WHITESPACE.has(chars[i]!)) part += chars[i++];
    parts.push(part);
  }
  return parts;
}

function underscored(v: bigint | number): string {
  const s = BigInt(v).toString();
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  return (neg ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}

type Context = Set<PyObject>;

export class PrettyPrinter {
  readable = true;
  recursive = false;
  constructor(
    private readonly interp: Interpreter,
    private readonly opts: PrinterOptions,
  ) {}

  pformat(o: PyObject): string {
    const out: string[] = [];
    this.format(o, out, 0, 0, new Set(), 0);
    return out.join('');
  }

  private isExact(o: PyObject, name: 'dict' | 'list' | 'tuple' | 'set' | 'int'): boolean {
    return o.type === this.interp.heap.types[name];
  }

  /** A collections type (deque, OrderedDict, defaultdict, Counter) by name, or null. */
  private collectionsKind(o: PyObject): string | null {
    const t = o.type;
    return t.moduleName === 'collections' && !t.isHeapType ? t.name : null;
  }

  private format(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    if (context.has(o)) {
      out.push(recursion(o));
      this.recursive = true;
      this.readable = false;
      return;
    }
    const rep = this.repr(o, context, level);
    const maxWidth = this.opts.width - indent - allowance;
    if (pyLen(rep) > maxWidth) {
      const layout = this.layoutFor(o);
      if (layout) {
        context.add(o);
        this.interp.enterLevel(C_LEVEL_BYTES, '');
        try {
          layout(o, out, indent, allowance, context, level + 1);
        } finally {
          this.interp.leaveLevel(C_LEVEL_BYTES);
        }
        context.delete(o);
        return;
      }
    }
    out.push(rep);
  }

  /** `_dispatch.get(type(object).__repr__)`. */
  private layoutFor(
    o: PyObject,
  ): ((o: PyObject, out: string[], i: number, a: number, c: Context, l: number) => void) | null {
    if (o instanceof PyDict && this.isExact(o, 'dict')) return (...a) => this.pprintDict(...a);
    if (o instanceof PyList && this.isExact(o, 'list')) return (...a) => this.pprintList(...a);
    if (o instanceof PyTuple && this.isExact(o, 'tuple')) return (...a) => this.pprintTuple(...a);
    if (o instanceof PySet) return (...a) => this.pprintSet(...a);
    if (o instanceof PyStr && o.type === this.interp.heap.types.str)
      return (...a) => this.pprintStr(...a);
    switch (this.collectionsKind(o)) {
      case 'OrderedDict':
        return (...a) => this.pprintOrderedDict(...a);
      case 'defaultdict':
        return (...a) => this.pprintDefaultDict(...a);
      case 'Counter':
        return (...a) => this.pprintCounter(...a);
      case 'deque':
        return (...a) => this.pprintDeque(...a);
    }
    return null;
  }

  private sortedItems(d: PyDict): [PyObject, PyObject][] {
    const items = [...d.liveEntries()].map((e) => [e.key, e.value] as [PyObject, PyObject]);
    if (!this.opts.sortDicts) return items;
    return this.sortSafely(items, (x) => x[0], 'a dict whose keys');
  }

  /**
   * sorted(..., key=_safe_key): by `<`; pprint falls back to ordering by type name and id() for
   * objects that cannot be compared, an order of addresses Heapscope does not reproduce.
   */
  private sortSafely<T>(items: T[], key: (x: T) => PyObject, what: string): T[] {
    const interp = this.interp;
    const lt = (a: T, b: T) => {
      try {
        return compare(interp, '<', key(a), key(b));
      } catch (e) {
        if (e instanceof PyError && e.exc.type === interp.exceptions.get('TypeError')) {
          interp.heap.decref(e.exc);
          throw new NotSupported(`pprint of ${what} cannot be ordered`, interp.frame?.lineno ?? 0);
        }
        throw e;
      }
    };
    // A stable insertion sort: what sorted() gives for any consistent order.
    const out: T[] = [];
    for (const x of items) {
      let i = out.length;
      while (i > 0 && lt(x, out[i - 1]!)) i--;
      out.splice(i, 0, x);
    }
    return out;
  }

  private pprintDict(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    const d = o as PyDict;
    out.push('{');
    if (this.opts.indent > 1) out.push(' '.repeat(this.opts.indent - 1));
    if (d.size)
      this.formatDictItems(this.sortedItems(d), out, indent, allowance + 1, context, level);
    out.push('}');
  }

  private pprintOrderedDict(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    const d = o as PyDict;
    if (!d.size) return void out.push(repr(this.interp, o));
    const name = o.type.name;
    out.push(name + '(');
    const h = this.interp.heap;
    const items = orderedEntries(d).map((e) => {
      h.incref(e.key);
      h.incref(e.value);
      return h.newTuple([e.key, e.value]);
    });
    const list = h.newList(items);
    try {
      this.format(list, out, indent + name.length + 1, allowance + 1, context, level);
    } finally {
      h.decref(list);
    }
    out.push(')');
  }

  private pprintDefaultDict(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    const d = o as PyDict;
    if (!d.size) return void out.push(repr(this.interp, o));
    const factory = this.interp.getAttr(o, 'default_factory');
    let rdf: string;
    try {
      rdf = this.repr(factory, context, level);
    } finally {
      this.interp.heap.decref(factory);
    }
    const name = o.type.name;
    indent += name.length + 1;
    out.push(`${name}(${rdf},\n${' '.repeat(indent)}`);
    this.pprintDict(o, out, indent, allowance + 1, context, level);
    out.push(')');
  }

  private pprintCounter(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    const d = o as PyDict;
    if (!d.size) return void out.push(repr(this.interp, o));
    const name = o.type.name;
    out.push(name + '({');
    if (this.opts.indent > 1) out.push(' '.repeat(this.opts.indent - 1));
    const interp = this.interp;
    const method = interp.getAttr(o, 'most_common');
    const common = interp.callWith(method, [], null, interp.frame);
    interp.heap.decref(method);
    try {
      const items = (common as PyList).items.map(
        (t) => [(t as PyTuple).items[0]!, (t as PyTuple).items[1]!] as [PyObject, PyObject],
      );
      this.formatDictItems(items, out, indent + name.length + 1, allowance + 2, context, level);
    } finally {
      interp.heap.decref(common);
    }
    out.push('})');
  }

  private pprintDeque(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    const interp = this.interp;
    const items = collect(interp, o);
    try {
      if (!items.length) return void out.push(repr(interp, o));
      const name = o.type.name;
      out.push(name + '(');
      indent += name.length + 1;
      out.push('[');
      const maxlen = interp.getAttr(o, 'maxlen');
      try {
        if (maxlen instanceof PyNone) {
          this.formatItems(items, out, indent, allowance + 2, context, level);
          out.push('])');
        } else {
          this.formatItems(items, out, indent, 2, context, level);
          const rml = this.repr(maxlen, context, level);
          out.push(`],\n${' '.repeat(indent)}maxlen=${rml})`);
        }
      } finally {
        interp.heap.decref(maxlen);
      }
    } finally {
      for (const x of items) interp.heap.decref(x);
    }
  }

  private pprintList(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    out.push('[');
    this.formatItems((o as PyList).items.slice(), out, indent, allowance + 1, context, level);
    out.push(']');
  }

  private pprintTuple(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    const t = o as PyTuple;
    out.push('(');
    const endchar = t.items.length === 1 ? ',)' : ')';
    this.formatItems(t.items.slice(), out, indent, allowance + endchar.length, context, level);
    out.push(endchar);
  }

  private pprintSet(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    const s = o as PySet;
    if (!s.members.size) return void out.push(repr(this.interp, o));
    let endchar: string;
    if (o.type === this.interp.heap.types.set) {
      out.push('{');
      endchar = '}';
    } else {
      out.push(o.type.name + '({');
      endchar = '})';
      indent += o.type.name.length + 1;
    }
    const items = this.sortSafely(s.ordered(), (x) => x, 'a set whose items');
    this.formatItems(items, out, indent, allowance + endchar.length, context, level);
    out.push(endchar);
  }

  private pprintStr(
    o: PyObject,
    out: string[],
    indent: number,
    allowance: number,
    _context: Context,
    level: number,
  ): void {
    const text = (o as PyStr).value;
    if (!text.length) return void out.push(strRepr(text));
    const chunks: string[] = [];
    const lines = splitLinesKeepEnds(text);
    if (level === 1) {
      indent += 1;
      allowance += 1;
    }
    const maxWidth = this.opts.width - indent;
    let maxWidth1 = maxWidth;
    let rep = '';
    lines.forEach((line, i) => {
      rep = strRepr(line);
      if (i === lines.length - 1) maxWidth1 -= allowance;
      if (pyLen(rep) <= maxWidth1) chunks.push(rep);
      else {
        const parts = wordsWithSpaces(line);
        let maxWidth2 = maxWidth;
        let current = '';
        parts.forEach((part, j) => {
          const candidate = current + part;
          if (j === parts.length - 1 && i === lines.length - 1) maxWidth2 -= allowance;
          if (pyLen(strRepr(candidate)) > maxWidth2) {
            if (current) chunks.push(strRepr(current));
            current = part;
          } else current = candidate;
        });
        if (current) chunks.push(strRepr(current));
      }
    });
    if (chunks.length === 1) return void out.push(rep);
    if (level === 1) out.push('(');
    chunks.forEach((chunk, i) => {
      if (i > 0) out.push('\n' + ' '.repeat(indent));
      out.push(chunk);
    });
    if (level === 1) out.push(')');
  }

  private formatDictItems(
    items: [PyObject, PyObject][],
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    indent += this.opts.indent;
    const delimnl = ',\n' + ' '.repeat(indent);
    const lastIndex = items.length - 1;
    items.forEach(([key, value], i) => {
      const last = i === lastIndex;
      const rep = this.repr(key, context, level);
      out.push(rep, ': ');
      this.format(value, out, indent + pyLen(rep) + 2, last ? allowance : 1, context, level);
      if (!last) out.push(delimnl);
    });
  }

  private formatItems(
    items: PyObject[],
    out: string[],
    indent: number,
    allowance: number,
    context: Context,
    level: number,
  ): void {
    indent += this.opts.indent;
    if (this.opts.indent > 1) out.push(' '.repeat(this.opts.indent - 1));
    const delimnl = ',\n' + ' '.repeat(indent);
    let delim = '';
    let width = this.opts.width - indent + 1;
    let maxWidth = width;
    for (let i = 0; i < items.length; i++) {
      const ent = items[i]!;
      const last = i === items.length - 1;
      if (last) {
        maxWidth -= allowance;
        width -= allowance;
      }
      if (this.opts.compact) {
        const rep = this.repr(ent, context, level);
        const w = pyLen(rep) + 2;
        if (width < w) {
          width = maxWidth;
          if (delim) delim = delimnl;
        }
        if (width >= w) {
          width -= w;
          out.push(delim);
          delim = ', ';
          out.push(rep);
          continue;
        }
      }
      out.push(delim);
      delim = delimnl;
      this.format(ent, out, indent, last ? allowance : 1, context, level);
    }
  }

  /** `_repr`: the safe repr with a copy of the context; notes unreadable and recursive parts. */
  private repr(o: PyObject, context: Context, level: number): string {
    const [rep, readable, recursive] = this.safeRepr(o, new Set(context), level);
    if (!readable) this.readable = false;
    if (recursive) this.recursive = true;
    return rep;
  }

  /**
   * `_safe_repr`: (repr, isreadable, isrecursive). A Python function in CPython: each call is a
   * level of the recursion limit, so a deep structure is a RecursionError.
   */
  safeRepr(o: PyObject, context: Context, level: number): [string, boolean, boolean] {
    this.interp.enterLevel(C_LEVEL_BYTES, '');
    try {
      return this.safeReprAtLevel(o, context, level);
    } finally {
      this.interp.leaveLevel(C_LEVEL_BYTES);
    }
  }

  private safeReprAtLevel(
    o: PyObject,
    context: Context,
    level: number,
  ): [string, boolean, boolean] {
    const interp = this.interp;
    const maxlevels = this.opts.depth;
    if (
      (o instanceof PyStr && o.type === interp.heap.types.str) ||
      o instanceof PyFloat ||
      o instanceof PyBool ||
      o instanceof PyNone
    )
      return [repr(interp, o), true, false];
    if (o instanceof PyInt && this.isExact(o, 'int'))
      return [this.opts.underscoreNumbers ? underscored(o.value) : repr(interp, o), true, false];
    if (o instanceof PyDict && this.isExact(o, 'dict')) {
      if (!o.size) return ['{}', true, false];
      if (maxlevels && level >= maxlevels) return ['{...}', false, context.has(o)];
      if (context.has(o)) return [recursion(o), false, true];
      context.add(o);
      let readable = true;
      let recursive = false;
      const parts: string[] = [];
      for (const [k, v] of this.sortedItems(o)) {
        const [kr, kread, krec] = this.safeRepr(k, context, level + 1);
        const [vr, vread, vrec] = this.safeRepr(v, context, level + 1);
        parts.push(`${kr}: ${vr}`);
        readable = readable && kread && vread;
        if (krec || vrec) recursive = true;
      }
      context.delete(o);
      return [`{${parts.join(', ')}}`, readable, recursive];
    }
    if (
      (o instanceof PyList && this.isExact(o, 'list')) ||
      (o instanceof PyTuple && this.isExact(o, 'tuple'))
    ) {
      const isList = o instanceof PyList;
      if (!o.items.length) return [isList ? '[]' : '()', true, false];
      const wrap = (s: string) => (isList ? `[${s}]` : o.items.length === 1 ? `(${s},)` : `(${s})`);
      if (maxlevels && level >= maxlevels) return [wrap('...'), false, context.has(o)];
      if (context.has(o)) return [recursion(o), false, true];
      context.add(o);
      let readable = true;
      let recursive = false;
      const parts: string[] = [];
      for (const item of o.items.slice()) {
        const [r, read, rec] = this.safeRepr(item, context, level + 1);
        parts.push(r);
        if (!read) readable = false;
        if (rec) recursive = true;
      }
      context.delete(o);
      return [wrap(parts.join(', ')), readable, recursive];
    }
    const rep = repr(interp, o);
    return [rep, rep.length > 0 && !rep.startsWith('<'), false];
  }
}

/** `<Recursion on list with id=...>`. */
function recursion(o: PyObject): string {
  return `<Recursion on ${o.type.name} with id=${o.address}>`;
}
