/**
 * How many bytes each object takes, as `sys.getsizeof` reports it on CPython 3.11, 64-bit: the
 * object's `__sizeof__` plus the 16-byte GC header of container types. The memory budget sums
 * these over the live objects (heap.ts keeps the running total). Measured with python3 3.11.7:
 * an int is 24 + 4 per 30-bit digit (at least one), a str 49 + length when ASCII, 73 + length up
 * to U+00FF, 74 + 2 per char up to U+FFFF, 76 + 4 per char beyond; a list 56 + 8 per allocated
 * slot, a tuple 40 + 8 per item, a dict 64 plus its keys table, a set 216 plus its table once it
 * outgrows the 8 slots kept inside the object.
 */
import type { IntValue, PyObject, PyStr, PyType } from './objects';

export const FLOAT_SIZE = 24;
export const LIST_BASE = 56;
export const TUPLE_BASE = 40;
export const SET_BASE = 216;
export const EMPTY_DICT_SIZE = 64;
/** The 8 slots a set keeps inside its object (PySet_MINSIZE). */
export const SET_SMALL_TABLE = 8;

/** An int: 24 bytes of header and one 30-bit digit at least, 4 bytes per further digit. */
export function intSize(v: IntValue): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a < 2 ** 30 ? 28 : a < 2 ** 60 ? 32 : 36;
  }
  const a = v < 0n ? -v : v;
  if (a < 1n << 30n) return 28;
  const hex = a.toString(16);
  const bits = (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
  return 24 + 4 * Math.ceil(bits / 30);
}

/** How a str stores its characters: the widest one decides (PEP 393). */
export type StrKind = 'ascii' | 'latin1' | 'ucs2' | 'ucs4';

// Any character past U+007F.
const NON_ASCII = /[^\p{ASCII}]/u;

export function strKind(text: string): StrKind {
  if (!NON_ASCII.test(text)) return 'ascii';
  let widest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > widest) widest = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 'ucs4';
    }
  }
  return widest < 0x100 ? 'latin1' : 'ucs2';
}

/** A str of `length` characters (code points) of the given kind. */
export function strSizeOf(kind: StrKind, length: number): number {
  switch (kind) {
    case 'ascii':
      return 49 + length;
    case 'latin1':
      return 73 + length;
    case 'ucs2':
      return 74 + 2 * length;
    case 'ucs4':
      return 76 + 4 * length;
  }
}

/** A str of `text`: compact ASCII, Latin-1, UCS-2 or UCS-4, as its widest character needs. */
export function strSize(text: string): number {
  const kind = strKind(text);
  return strSizeOf(kind, kind === 'ucs4' ? codePoints(text) : text.length);
}

/** The number of code points (a surrogate pair is one character in Python). */
export function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The kind of a str object, computed once. */
export function strKindOf(o: PyStr): StrKind {
  return (o.kind ??= strKind(o.value));
}

/** The widest of two kinds (a concatenation or join stores its characters at that width). */
export function widerKind(a: StrKind, b: StrKind): StrKind {
  const order: StrKind[] = ['ascii', 'latin1', 'ucs2', 'ucs4'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))]!;
}

export function listSize(allocated: number): number {
  return LIST_BASE + 8 * allocated;
}

/** list_resize's new allocation for `newsize` items in a list of `size` (see heap.listResize). */
export function listGrowth(newsize: number, size: number): number {
  if (newsize === 0) return 0;
  let grown = newsize + Math.floor(newsize / 8) + 6;
  grown -= grown % 4;
  if (newsize - size > grown - newsize) grown = newsize + 3 - ((newsize + 3) % 4);
  return grown;
}

/** list_preallocate_exact: list(x) of a sized `x` gets its length rounded up to even. */
export function preallocatedSlots(n: number): number {
  return n + (n % 2);
}

export function tupleSize(n: number): number {
  return TUPLE_BASE + 8 * n;
}

/** PyDict_MINSIZE: the smallest keys table has 8 slots (log2 3). */
export const DICT_LOG2_MINSIZE = 3;

/** USABLE_FRACTION: a table of `size` slots holds two thirds as many entries. */
export function dictUsable(log2: number): number {
  return Math.floor(((1 << log2) * 2) / 3);
}

/**
 * calculate_log2_keysize: the table for `minsize` entries' worth of slots, as CPython rounds it
 * (8 slots for none, 16 at least for any: `bit_length(((minsize | 8) - 1) | 7)`).
 */
export function dictLog2For(minsize: number): number {
  if (minsize < 2 ** 30) return 32 - Math.clz32(((minsize | 8) - 1) | 7);
  return Math.floor(Math.log2(minsize)) + 1;
}

/** A dict: the object, and its keys table unless it is the shared empty one (log2 0). */
export function dictSize(log2: number, unicode: boolean): number {
  if (log2 === 0) return EMPTY_DICT_SIZE;
  const slots = 1 << log2;
  const indexBytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  return EMPTY_DICT_SIZE + 32 + slots * indexBytes + dictUsable(log2) * (unicode ? 16 : 24);
}

/**
 * A split dict (an instance's `__dict__` over the class's shared keys): the object and a value
 * slot for each entry the shared keys have or can still take (dk_nentries + dk_usable, which
 * every new instance of the class lowers); the keys table is counted in the class.
 */
export function splitDictSize(t: PyType): number {
  return EMPTY_DICT_SIZE + 8 * (t.attrOrder.length + t.keysUsable);
}

export function setSize(tableSlots: number): number {
  return SET_BASE + (tableSlots > SET_SMALL_TABLE ? 16 * tableSlots : 0);
}

/** An instance (3.11: inline values, no dict until asked for) as getsizeof reports it. */
export const INSTANCE_SIZE = 56;

/**
 * The built-in iterators: a dict's keep the dict, its size, position, result tuple and length
 * (56 bytes + GC header); a set's the set, size, position and length (48 + 16); the others 48.
 */
export function iteratorSize(typeName: string): number {
  if (typeName.startsWith('dict_')) return 72;
  return typeName === 'set_iterator' ? 64 : 48;
}

/** sys.getsizeof(o) of any object, from its current state (each class's `sizeof`, slots.ts). */
export function sizeOf(o: PyObject): number {
  return o.sizeof();
}

/**
 * A byte count as the object field that keeps it should hold it: a whole number below 2^31 as
 * an int32, which V8 keeps in the field itself. The same number computed as a double (`2 ** n`,
 * a division) would turn the field into one V8 boxes, in every object of that class: 16 bytes
 * and an allocation more each (every dict's footprint was).
 */
export function fieldBytes(bytes: number): number {
  return (bytes | 0) === bytes ? bytes | 0 : bytes;
}
