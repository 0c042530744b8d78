/**
 * The common methods of str, as CPython 3.11 implements them: their arguments (which take
 * keywords, which are positional only), their errors, their results by code point, and which
 * objects they return: strip(), replace() and a split() that finds nothing hand back the string
 * itself; split() and rsplit() fill a list preallocated for 12 items (MAX_PREALLOC), which is
 * why `sys.getsizeof('a b'.split())` is 152.
 */
import {
  PyBool,
  PyInt,
  PyNone,
  PyStr,
  PyTuple,
  listGrowth,
  strChars,
  type PyObject,
  type StrChars,
} from '../engine';
import type { Kw } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { ssizeArgument } from './cSize';
import type { MethodFn } from './methods';
import { noArguments, noKeywords, selfStr, unchanged } from './strArgs';
import {
  PY_WHITESPACE,
  charsText,
  classifyAll,
  cpFind,
  cpRfind,
  cpCount,
  tailMatch,
  type CharTest,
} from './strSearch';

/** A start or end of find()/startswith()/...: an int, None (absent), else a TypeError. */
function sliceIndex(interp: Interpreter, o: PyObject | undefined): number | null {
  if (!o || o instanceof PyNone) return null;
  if (o instanceof PyBool) return +o.value;
  if (o instanceof PyInt) {
    const v = o.value;
    if (typeof v === 'bigint') return v < 0n ? -(2 ** 63) : 2 ** 63;
    return v;
  }
  return interp.raise(
    'TypeError',
    'slice indices must be integers or None or have an __index__ method',
  );
}

/** ADJUST_INDICES: start and end as a slice would take them (start is not clipped above). */
function adjust(start: number | null, end: number | null, len: number): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) e = Math.max(0, e + len);
  if (s < 0) s = Math.max(0, s + len);
  return [s, e];
}

/** METH_VARARGS methods taking (x[, start[, end]]): their argument-count errors. */
function subArgs(interp: Interpreter, name: string, args: PyObject[], kw: Kw): void {
  noKeywords(interp, name, kw);
  const n = args.length - 1;
  if (n < 1) interp.raise('TypeError', `${name}() takes at least 1 argument (${n} given)`);
  if (n > 3) interp.raise('TypeError', `${name}() takes at most 3 arguments (${n} given)`);
}

function subOf(interp: Interpreter, o: PyObject): string {
  if (!(o instanceof PyStr)) return interp.raise('TypeError', `must be str, not ${o.type.name}`);
  return o.value;
}

/** find/rfind/index/rindex/count: the code points of self, the sub, the adjusted window. */
function searchArgs(
  interp: Interpreter,
  name: string,
  args: PyObject[],
  kw: Kw,
): { chars: StrChars; sub: string; start: number; end: number } {
  subArgs(interp, name, args, kw);
  const sub = subOf(interp, args[1]!);
  const start = sliceIndex(interp, args[2]);
  const end = sliceIndex(interp, args[3]);
  const chars = strChars(selfStr(args));
  const [s, e] = adjust(start, end, chars.length);
  return { chars, sub, start: s, end: e };
}

function findLike(name: string, fromRight: boolean, raises: boolean): MethodFn {
  return (interp, args, kw) => {
    const { chars, sub, start, end } = searchArgs(interp, name, args, kw);
    interp.charge(chars.length);
    const i = fromRight ? cpRfind(chars, sub, start, end) : cpFind(chars, sub, start, end);
    if (i < 0 && raises) interp.raise('ValueError', 'substring not found');
    return interp.heap.newInt(i);
  };
}

function matchLike(name: 'startswith' | 'endswith'): MethodFn {
  return (interp, args, kw) => {
    subArgs(interp, name, args, kw);
    const prefix = args[1]!;
    const chars = strChars(selfStr(args));
    interp.charge(chars.length);
    const start = sliceIndex(interp, args[2]);
    const end = sliceIndex(interp, args[3]);
    const [s, e] = adjust(start, end, chars.length);
    const atEnd = name === 'endswith';
    if (prefix instanceof PyTuple) {
      for (const p of prefix.items) {
        if (!(p instanceof PyStr))
          return interp.raise(
            'TypeError',
            `tuple for ${name} must only contain str, not ${p.type.name}`,
          );
        if (tailMatch(chars, [...p.value], s, e, atEnd)) return interp.heap.bool(true);
      }
      return interp.heap.bool(false);
    }
    if (!(prefix instanceof PyStr))
      return interp.raise(
        'TypeError',
        `${name} first arg must be str or a tuple of str, not ${prefix.type.name}`,
      );
    return interp.heap.bool(tailMatch(chars, [...prefix.value], s, e, atEnd));
  };
}

/** strip/lstrip/rstrip(chars=None, /). */
function stripLike(name: 'strip' | 'lstrip' | 'rstrip'): MethodFn {
  return (interp, args, kw) => {
    noKeywords(interp, name, kw);
    if (args.length > 2)
      interp.raise('TypeError', `${name} expected at most 1 argument, got ${args.length - 1}`);
    const self = selfStr(args);
    const charsArg = args[1];
    let strip: (c: string) => boolean;
    if (!charsArg || charsArg instanceof PyNone) strip = (c) => PY_WHITESPACE.has(c);
    else if (charsArg instanceof PyStr) {
      const set = new Set(charsArg.value);
      strip = (c) => set.has(c);
    } else return interp.raise('TypeError', `${name} arg must be None or str`);
    const chars = [...self.value];
    interp.charge(chars.length);
    let i = 0;
    let j = chars.length;
    if (name !== 'rstrip') while (i < j && strip(chars[i]!)) i++;
    if (name !== 'lstrip') while (j > i && strip(chars[j - 1]!)) j--;
    if (i === 0 && j === chars.length) return unchanged(interp, self);
    return interp.heap.newStr(chars.slice(i, j).join(''));
  };
}

/** The slots of split's list: PREALLOC_SIZE(maxsplit), then appends past MAX_PREALLOC. */
function splitSlots(maxcount: number, count: number): number {
  let allocated = maxcount >= 12 ? 12 : maxcount + 1;
  for (let size = 12; size < count; size++)
    if (size + 1 > allocated) allocated = listGrowth(size + 1, size);
  return allocated;
}

/** split/rsplit(sep=None, maxsplit=-1). */
function splitLike(name: 'split' | 'rsplit'): MethodFn {
  return (interp, args, kw) => {
    const h = interp.heap;
    if (args.length > 3)
      interp.raise('TypeError', `${name}() takes at most 2 arguments (${args.length - 1} given)`);
    let sepArg: PyObject | undefined = args[1];
    let maxArg: PyObject | undefined = args[2];
    for (const [n, v] of kw ?? []) {
      if (n === 'sep' && !sepArg) sepArg = v;
      else if (n === 'maxsplit' && !maxArg) maxArg = v;
      else if (n === 'sep' || n === 'maxsplit')
        interp.raise(
          'TypeError',
          `argument for ${name}() given by name ('${n}') and position (${n === 'sep' ? 1 : 2})`,
        );
      else interp.raise('TypeError', `'${n}' is an invalid keyword argument for ${name}()`);
    }
    let sep: string | null = null;
    if (sepArg && !(sepArg instanceof PyNone)) {
      if (!(sepArg instanceof PyStr))
        return interp.raise('TypeError', `must be str or None, not ${sepArg.type.name}`);
      sep = sepArg.value;
      if (sep === '') interp.raise('ValueError', 'empty separator');
    }
    let maxcount = maxArg ? ssizeArgument(interp, maxArg) : -1;
    if (maxcount < 0) maxcount = Number.MAX_SAFE_INTEGER;
    const self = selfStr(args);
    const chars = strChars(self);
    interp.charge(chars.length);
    // Pieces as [start, end) code point ranges; `whole` when the string itself is the one piece.
    const pieces =
      sep === null
        ? name === 'split'
          ? splitWhitespace(chars, maxcount)
          : rsplitWhitespace(chars, maxcount)
        : name === 'split'
          ? splitSep(chars, [...sep], maxcount)
          : rsplitSep(chars, [...sep], maxcount);
    const items = pieces.map(([i, j]) =>
      i === 0 && j === chars.length && pieces.length === 1 && pieces.whole
        ? unchanged(interp, self)
        : h.newStr(charsText(chars, i, j)),
    );
    return h.newList(items, splitSlots(maxcount, items.length));
  };
}

type Pieces = [number, number][] & { whole?: boolean };

function splitWhitespace(c: StrChars, maxcount: number): Pieces {
  const ws = (k: number) => PY_WHITESPACE.has(c[k]!);
  const n = c.length;
  const out: Pieces = [];
  let i = 0;
  while (maxcount-- > 0) {
    while (i < n && ws(i)) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !ws(i)) i++;
    out.push([j, i]);
    if (j === 0 && i === n) out.whole = true;
  }
  if (i < n) {
    while (i < n && ws(i)) i++;
    if (i !== n) out.push([i, n]);
  }
  return out;
}

function rsplitWhitespace(c: StrChars, maxcount: number): Pieces {
  const ws = (k: number) => PY_WHITESPACE.has(c[k]!);
  const n = c.length;
  const out: Pieces = [];
  let i = n - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && ws(i)) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !ws(i)) i--;
    out.push([i + 1, j + 1]);
    if (j === n - 1 && i < 0) out.whole = true;
  }
  if (i >= 0) {
    while (i >= 0 && ws(i)) i--;
    if (i >= 0) out.push([0, i + 1]);
  }
  return out.reverse() as Pieces;
}

function splitSep(c: StrChars, sep: string[], maxcount: number): Pieces {
  const out: Pieces = [];
  let i = 0;
  while (maxcount-- > 0) {
    const pos = cpFind(c, sep.join(''), i, c.length);
    if (pos < 0) break;
    out.push([i, pos]);
    i = pos + sep.length;
  }
  out.whole = out.length === 0;
  out.push([i, c.length]);
  return out;
}

function rsplitSep(c: StrChars, sep: string[], maxcount: number): Pieces {
  const out: Pieces = [];
  let j = c.length;
  while (maxcount-- > 0) {
    const pos = cpRfind(c, sep.join(''), 0, j);
    if (pos < 0) break;
    out.push([pos + sep.length, j]);
    j = pos;
  }
  const whole = out.length === 0;
  out.push([0, j]);
  const r = out.reverse() as Pieces;
  r.whole = whole;
  return r;
}

/** replace(old, new, count=-1, /): the string itself when nothing is replaced. */
const replace: MethodFn = (interp, args, kw) => {
  noKeywords(interp, 'replace', kw);
  const n = args.length - 1;
  if (n < 2) interp.raise('TypeError', `replace expected at least 2 arguments, got ${n}`);
  if (n > 3) interp.raise('TypeError', `replace expected at most 3 arguments, got ${n}`);
  const self = selfStr(args);
  const [oldArg, newArg] = [args[1]!, args[2]!];
  if (!(oldArg instanceof PyStr))
    interp.raise('TypeError', `replace() argument 1 must be str, not ${oldArg.type.name}`);
  if (!(newArg instanceof PyStr))
    interp.raise('TypeError', `replace() argument 2 must be str, not ${newArg.type.name}`);
  let count = args[3] ? ssizeArgument(interp, args[3]) : -1;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const chars = strChars(self);
  interp.charge(chars.length);
  const [from, to] = [(oldArg as PyStr).value, (newArg as PyStr).value];
  let out = '';
  let done = 0;
  if (from === '') {
    // An empty old string matches before every code point and at the end.
    for (let i = 0; i <= chars.length; i++) {
      if (done < count) {
        out += to;
        done++;
      }
      out += chars[i] ?? '';
    }
  } else {
    const oldChars = [...from];
    let i = 0;
    while (done < count) {
      const pos = cpFind(chars, from, i, chars.length);
      if (pos < 0) break;
      out += charsText(chars, i, pos) + to;
      i = pos + oldChars.length;
      done++;
    }
    out += charsText(chars, i);
  }
  if (done === 0) return unchanged(interp, self);
  return interp.heap.newStr(out);
};

const count: MethodFn = (interp, args, kw) => {
  const { chars, sub, start, end } = searchArgs(interp, 'count', args, kw);
  interp.charge(chars.length);
  return interp.heap.newInt(cpCount(chars, sub, start, end));
};

/** An isX() method: every code point passes (and there is at least one, or as `empty`). */
function predicate(name: string, test: CharTest): MethodFn {
  return (interp, args, kw) => {
    noArguments(interp, name, args, kw);
    const chars = [...selfStr(args).value];
    interp.charge(chars.length);
    const r = classifyAll(chars, test);
    if (r === null)
      throw new NotSupported(
        `str.${name}() of a string with non-ASCII digits or numerals`,
        interp.frame?.lineno ?? 0,
      );
    return interp.heap.bool(r);
  };
}

export const STR_METHODS: Record<string, MethodFn> = {
  split: splitLike('split'),
  rsplit: splitLike('rsplit'),
  strip: stripLike('strip'),
  lstrip: stripLike('lstrip'),
  rstrip: stripLike('rstrip'),
  replace,
  startswith: matchLike('startswith'),
  endswith: matchLike('endswith'),
  find: findLike('find', false, false),
  rfind: findLike('rfind', true, false),
  index: findLike('index', false, true),
  rindex: findLike('rindex', true, true),
  count,
  isdigit: predicate('isdigit', 'digit'),
  isdecimal: predicate('isdecimal', 'decimal'),
  isnumeric: predicate('isnumeric', 'numeric'),
  isalpha: predicate('isalpha', 'alpha'),
  isalnum: predicate('isalnum', 'alnum'),
  isspace: predicate('isspace', 'space'),
  isascii: predicate('isascii', 'ascii'),
  isupper: predicate('isupper', 'upper'),
  islower: predicate('islower', 'lower'),
  upper(interp, args, kw) {
    noArguments(interp, 'upper', args, kw);
    interp.charge(selfStr(args).value.length);
    // A new string even of one character (ascii_upper_or_lower writes a new buffer).
    const text = selfStr(args).value.toUpperCase();
    return text === '' ? interp.heap.newStr('') : interp.heap.freshStr(text);
  },
  lower(interp, args, kw) {
    noArguments(interp, 'lower', args, kw);
    interp.charge(selfStr(args).value.length);
    // A new string even of one character (ascii_upper_or_lower writes a new buffer).
    const text = selfStr(args).value.toLowerCase();
    return text === '' ? interp.heap.newStr('') : interp.heap.freshStr(text);
  },
};
