/**
 * The str methods that lay text out or cut it without changing its characters, as CPython 3.11
 * implements them: center/ljust/rjust/zfill, partition/rpartition, splitlines, expandtabs,
 * removeprefix/removesuffix. Which object each returns is CPython's: the string itself when
 * nothing changes (unicode_result_unchanged), a substring as PyUnicode_Substring makes it (the
 * shared one-character string below U+0100, the shared empty string), padding always new.
 */
import { PyStr, listGrowth, strKind, type PyObject } from '../engine';
import { reserveStr } from './allocation';
import type { Interpreter } from './interpreter';
import type { MethodFn } from './methods';
import { built, exactlyOne, noKeywords, selfStr, unchanged } from './strArgs';
import { ssizeArgument } from './cSize';

/**
 * PyUnicode_Substring of code points [i, j): the string itself when whole, the shared empty or
 * Latin-1 one-character string, else a new string.
 */
export function substring(interp: Interpreter, self: PyStr, chars: string[], i: number, j: number) {
  if (i === 0 && j === chars.length) return unchanged(interp, self);
  const text = chars.slice(i, j).join('');
  if (j - i === 1 && text.codePointAt(0)! >= 0x100) return interp.heap.freshStr(text);
  return interp.heap.newStr(text);
}

/** center/ljust/rjust(width, fillchar=' ', /). */
function padLike(name: 'center' | 'ljust' | 'rjust'): MethodFn {
  return (interp, args, kw) => {
    noKeywords(interp, name, kw);
    const n = args.length - 1;
    if (n < 1) interp.raise('TypeError', `${name} expected at least 1 argument, got ${n}`);
    if (n > 2) interp.raise('TypeError', `${name} expected at most 2 arguments, got ${n}`);
    const width = ssizeArgument(interp, args[1]!);
    let fill = ' ';
    const fillArg = args[2];
    if (fillArg) {
      if (!(fillArg instanceof PyStr))
        return interp.raise(
          'TypeError',
          `The fill character must be a unicode character, not ${fillArg.type.name}`,
        );
      if ([...fillArg.value].length !== 1)
        interp.raise('TypeError', 'The fill character must be exactly one character long');
      fill = fillArg.value;
    }
    const self = selfStr(args);
    const chars = [...self.value];
    if (chars.length >= width) return unchanged(interp, self);
    reserveStr(interp, strKind(self.value + fill), width);
    const marg = width - chars.length;
    // pad(): center puts the odd column on the left only when the width is odd too.
    const left = name === 'ljust' ? 0 : name === 'rjust' ? marg : (marg >> 1) + (marg & width & 1);
    return built(interp, fill.repeat(left) + self.value + fill.repeat(marg - left));
  };
}

const zfill: MethodFn = (interp, args, kw) => {
  const width = ssizeArgument(interp, exactlyOne(interp, 'zfill', args, kw));
  const self = selfStr(args);
  const chars = [...self.value];
  if (chars.length >= width) return unchanged(interp, self);
  reserveStr(interp, strKind(self.value), width);
  const zeros = '0'.repeat(width - chars.length);
  const sign = chars[0] === '+' || chars[0] === '-' ? chars[0] : '';
  return built(interp, sign + zeros + chars.slice(sign ? 1 : 0).join(''));
};

/** partition/rpartition(sep, /): a new 3-tuple; self and two shared '' when sep is absent. */
function partitionLike(name: 'partition' | 'rpartition'): MethodFn {
  return (interp, args, kw) => {
    const h = interp.heap;
    const sepArg = exactlyOne(interp, name, args, kw);
    if (!(sepArg instanceof PyStr))
      return interp.raise('TypeError', `must be str, not ${sepArg.type.name}`);
    if (sepArg.value === '') interp.raise('ValueError', 'empty separator');
    const self = selfStr(args);
    interp.charge(self.value.length);
    const at =
      name === 'partition'
        ? self.value.indexOf(sepArg.value)
        : self.value.lastIndexOf(sepArg.value);
    if (at < 0) {
      const empty = () => h.newStr('');
      const parts =
        name === 'partition'
          ? [unchanged(interp, self), empty(), empty()]
          : [empty(), empty(), unchanged(interp, self)];
      return h.newTuple(parts);
    }
    // The separator itself is the argument (STRINGLIB_NEW is not called for it).
    const chars = [...self.value];
    const i = [...self.value.slice(0, at)].length;
    const j = i + [...sepArg.value].length;
    h.incref(sepArg);
    return h.newTuple([
      substring(interp, self, chars, 0, i),
      sepArg,
      substring(interp, self, chars, j, chars.length),
    ]);
  };
}

const LINE_BREAKS = new Set([
  '\n',
  '\r',
  '\x0b',
  '\x0c',
  '\x1c',
  '\x1d',
  '\x1e',
  '\x85',
  '\u2028',
  '\u2029',
]);

/** The slots of a list grown by appends from empty (PyList_Append, item by item). */
function appendedSlots(count: number): number {
  let allocated = 0;
  for (let size = 0; size < count; size++)
    if (size + 1 > allocated) allocated = listGrowth(size + 1, size);
  return allocated;
}

/** splitlines(keepends=False): a string without a line break is its own only line. */
const splitlines: MethodFn = (interp, args, kw) => {
  const h = interp.heap;
  if (args.length > 2)
    interp.raise('TypeError', `splitlines() takes at most 1 argument (${args.length - 1} given)`);
  let keepArg = args[1];
  for (const [n, v] of kw ?? []) {
    if (n !== 'keepends')
      interp.raise('TypeError', `'${n}' is an invalid keyword argument for splitlines()`);
    if (keepArg)
      interp.raise(
        'TypeError',
        "argument for splitlines() given by name ('keepends') and position (1)",
      );
    keepArg = v;
  }
  const keepends = keepArg ? ssizeArgument(interp, keepArg) !== 0 : false;
  const self = selfStr(args);
  const chars = [...self.value];
  interp.charge(chars.length);
  const items: PyObject[] = [];
  let i = 0;
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && !LINE_BREAKS.has(chars[j]!)) j++;
    let eol = j;
    if (j < chars.length) {
      eol = chars[j] === '\r' && chars[j + 1] === '\n' ? j + 2 : j + 1;
      if (keepends) j = eol;
    }
    items.push(substring(interp, self, chars, i, j));
    i = eol;
  }
  return h.newList(items, appendedSlots(items.length));
};

/** expandtabs(tabsize=8): the string itself when it has no tab. */
const expandtabs: MethodFn = (interp, args, kw) => {
  if (args.length > 2)
    interp.raise('TypeError', `expandtabs() takes at most 1 argument (${args.length - 1} given)`);
  let sizeArg = args[1];
  for (const [n, v] of kw ?? []) {
    if (n !== 'tabsize')
      interp.raise('TypeError', `'${n}' is an invalid keyword argument for expandtabs()`);
    if (sizeArg)
      interp.raise(
        'TypeError',
        "argument for expandtabs() given by name ('tabsize') and position (1)",
      );
    sizeArg = v;
  }
  const tabsize = sizeArg ? ssizeArgument(interp, sizeArg) : 8;
  const self = selfStr(args);
  if (!self.value.includes('\t')) return unchanged(interp, self);
  let out = '';
  let column = 0;
  for (const c of self.value) {
    if (c === '\t') {
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        reserveStr(interp, 'ascii', out.length + spaces);
        out += ' '.repeat(spaces);
        column += spaces;
      }
    } else {
      out += c;
      column = c === '\n' || c === '\r' ? 0 : column + 1;
    }
  }
  return built(interp, out);
};

/** removeprefix/removesuffix(affix, /): the string itself when it does not have the affix. */
function removeAffix(name: 'removeprefix' | 'removesuffix'): MethodFn {
  return (interp, args, kw) => {
    const affix = exactlyOne(interp, name, args, kw);
    if (!(affix instanceof PyStr))
      return interp.raise('TypeError', `${name}() argument must be str, not ${affix.type.name}`);
    const self = selfStr(args);
    const matches =
      name === 'removeprefix'
        ? self.value.startsWith(affix.value)
        : self.value.endsWith(affix.value);
    if (!matches || affix.value === '') return unchanged(interp, self);
    const chars = [...self.value];
    const n = [...affix.value].length;
    return name === 'removeprefix'
      ? substring(interp, self, chars, n, chars.length)
      : substring(interp, self, chars, 0, chars.length - n);
  };
}

export const STR_LAYOUT_METHODS: Record<string, MethodFn> = {
  center: padLike('center'),
  ljust: padLike('ljust'),
  rjust: padLike('rjust'),
  zfill,
  partition: partitionLike('partition'),
  rpartition: partitionLike('rpartition'),
  splitlines,
  expandtabs,
  removeprefix: removeAffix('removeprefix'),
  removesuffix: removeAffix('removesuffix'),
};
