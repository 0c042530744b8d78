/**
 * Arithmetic, comparison and truth, with CPython's results and error messages. Operands are
 * borrowed; results are new references.
 */
import {
  compareIntFloat,
  floatFloorDiv,
  floatMod,
  floatPow,
  intToFloat,
  intTrueDivide,
} from './floatMath';
import { indexSized } from './cSize';
import { checkKey } from './userHash';
import {
  hashKey,
  membersKey,
  normInt,
  PyNativeObject,
  PyBool,
  PyDict,
  PyDictView,
  PyFloat,
  PyInstance,
  PyInt,
  PyList,
  PyNone,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyStr,
  PyTuple,
  PyWeakref,
  PyDeque,
  PyCounter,
  PyMappingProxy,
  PyMethod,
  PyBuiltin,
  strKindOf,
  widerKind,
  type IntValue,
} from '../engine';
import { proxyTarget } from './modules/weakrefProxy';
import { NotSupported } from './errors';
import { libraryOf } from './library';
import { lateCore } from './lateCore';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';
import { nativeBehaviours } from './nativeTypes';
import { MAX_SSIZE, reserveItems, reserveStr } from './allocation';
import { C_LEVEL_BYTES, IN_COMPARISON } from './stackGuard';
import { orderAsNumber, userOrder } from './userOrder';

/** The arithmetic operators, which this file computes. */
type ArithOp = '+' | '-' | '*' | '/' | '//' | '%' | '**';
export type BinaryOp = ArithOp | '&' | '|' | '^' | '<<' | '>>';

/** The binary operators the library runs (bitwiseOperators.ts), as one string to search. */
export const BITWISE = '&|^<<>>';
/** The binary operators compiled (binaryOp; `& | ^ << >>` are the library's). */
export const BINARY_OPS: readonly string[] = [
  '+',
  '-',
  '*',
  '/',
  '//',
  '%',
  '**',
  '&',
  '|',
  '^',
  '<<',
  '>>',
];
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

function isNumber(o: PyObject): o is PyInt | PyFloat | PyBool {
  return o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool;
}

/** A one-digit int (CPython's medium values): sums and differences of two are exact doubles. */
function isOneDigit(v: number): boolean {
  return v < 2 ** 30 && v > -(2 ** 30);
}

/**
 * -1, 0 or 1 for two ints whose values are doubles (most ints), as the BigInt comparisons below
 * would say without making BigInts; null for anything else.
 */
function compareDoubleInts(a: PyObject, b: PyObject): number | null {
  if (!(a instanceof PyInt && b instanceof PyInt)) return null;
  const x = a.value;
  const y = b.value;
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  return x < y ? -1 : x > y ? 1 : 0;
}

function intValue(o: PyInt | PyBool): IntValue {
  return o instanceof PyBool ? (o.value ? 1 : 0) : o.value;
}

/** A number operand as a float (an int too large is an OverflowError). */
function toFloat(interp: Interpreter, o: PyInt | PyFloat | PyBool): number {
  return o instanceof PyFloat ? o.value : intToFloat(interp, intValue(o));
}

/** An int and a float (either order) compared exactly; NaN when the float is a NaN. */
function compareMixed(a: PyInt | PyFloat | PyBool, b: PyInt | PyFloat | PyBool): number {
  if (a instanceof PyFloat && b instanceof PyFloat)
    return a.value < b.value ? -1 : a.value > b.value ? 1 : a.value === b.value ? 0 : NaN;
  if (a instanceof PyFloat) return -compareIntFloat(intValue(b as PyInt | PyBool), a.value);
  return compareIntFloat(intValue(a), (b as PyFloat).value);
}

export function truthy(interp: Interpreter, o: PyObject): boolean {
  if (o instanceof PyBool) return o.value;
  if (o instanceof PyNone) return false;
  if (o instanceof PyInt) return o.value !== 0 && o.value !== 0n;
  if (o instanceof PyFloat) return o.value !== 0;
  if (o instanceof PyStr) return o.value.length > 0;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
  if (o instanceof PyDict) return o.size > 0;
  if (o instanceof PySet) return o.members.size > 0;
  if (o instanceof PyRange) return o.length > 0;
  if (o instanceof PyWeakref && o.kind === 'proxy') return truthy(interp, proxyTarget(interp, o));
  const len = interp.builtinSpecial(o.type, '__len__');
  if (len) {
    const r = interp.callWith(len, [o], null, interp.frame);
    interp.heap.decref(r);
    return (r as PyInt).value !== 0;
  }
  if (o instanceof PyInstance) {
    const bool = lookupTypeAttr(o.type, '__bool__');
    const len = bool ? null : lookupTypeAttr(o.type, '__len__');
    const m = bool ?? len;
    if (m) {
      const r = interp.callWith(m, [o], null, interp.frame);
      // A __bool__ must give a bool; a __len__ an int.
      const t = r instanceof PyBool ? r.value : r instanceof PyInt && !bool ? r.value !== 0 : null;
      interp.heap.decref(r);
      if (t === null)
        interp.raise('TypeError', `__bool__ should return bool, returned ${r.type.name}`);
      return t;
    }
  }
  return true;
}

function intResult(interp: Interpreter, v: bigint, digits = 0): PyObject {
  return interp.heap.newInt(normInt(v), digits);
}

/** 2**30, 2**60 and 2**90: the bounds of one, two and three 30-bit digits. */
const DIGIT_LIMITS = [1n, 1n << 30n, 1n << 60n, 1n << 90n];

/** 30-bit digits of |v| (at least one). */
function digitCount(v: bigint | number): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a < 2 ** 30 ? 1 : a < 2 ** 60 ? 2 : 3;
  }
  const a = v < 0n ? -v : v;
  if (a < DIGIT_LIMITS[3]!) return a < DIGIT_LIMITS[1]! ? 1 : a < DIGIT_LIMITS[2]! ? 2 : 3;
  return Math.max(1, Math.ceil(bitLength(a) / 30));
}

/**
 * The digits long_add allocates for x + y: exactly the result's when both fit one digit (the
 * medium-value path), else x_add's one more than the longer operand, or x_sub's the longer's.
 */
function addDigits(x: bigint | number, y: bigint | number): number {
  const dx = digitCount(x);
  const dy = digitCount(y);
  if (dx === 1 && dy === 1) return 0;
  return x < 0 === y < 0 ? Math.max(dx, dy) + 1 : Math.max(dx, dy);
}

/** long_mul: exact for two one-digit ints, else x_mul's digits of both (below Karatsuba's). */
function mulDigits(x: bigint | number, y: bigint | number): number {
  const dx = digitCount(x);
  const dy = digitCount(y);
  if ((dx === 1 && dy === 1) || dx + dy > 140) return 0;
  return x == 0 || y == 0 ? 0 : dx + dy;
}

/** a OP b for two ints, exact: safe JS numbers while they stay safe, bigints beyond. */
function intArith(interp: Interpreter, op: ArithOp, a: IntValue, b: IntValue): PyObject {
  const h = interp.heap;
  if (typeof a === 'number' && typeof b === 'number') {
    let r: number | null = null;
    if (op === '+') r = a + b;
    else if (op === '-') r = a - b;
    else if (op === '*') r = a * b;
    if (r !== null && Number.isSafeInteger(r)) {
      if (Math.abs(a) < 2 ** 30 && Math.abs(b) < 2 ** 30) return h.newInt(r);
      return h.newInt(
        r,
        op === '+' ? addDigits(a, b) : op === '-' ? addDigits(a, -b) : mulDigits(a, b),
      );
    }
    // Floor division and modulo of one-digit ints, exact in doubles: the remainder takes the
    // divisor's sign, as in Python (`+ 0` turns JavaScript's -0 into 0).
    if ((op === '//' || op === '%') && b !== 0 && Math.abs(a) < 2 ** 30 && Math.abs(b) < 2 ** 30) {
      let m = a % b;
      if (m !== 0 && m < 0 !== b < 0) m += b;
      return h.newInt(op === '%' ? m + 0 : (a - m) / b + 0);
    }
  }
  const x = BigInt(a);
  const y = BigInt(b);
  switch (op) {
    case '+':
      return intResult(interp, x + y, addDigits(x, y));
    case '-':
      return intResult(interp, x - y, addDigits(x, -y));
    case '*':
      reserveInt(interp, bitLength(x) + bitLength(y));
      return intResult(interp, x * y, mulDigits(x, y));
    case '/':
      if (y === 0n) interp.raise('ZeroDivisionError', 'division by zero');
      return h.newFloat(intTrueDivide(interp, a, b));
    case '//':
    case '%': {
      if (y === 0n)
        interp.raise(
          'ZeroDivisionError',
          op === '%' ? 'integer modulo by zero' : 'integer division or modulo by zero',
        );
      let q = x / y;
      if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
      return intResult(interp, op === '//' ? q : x - q * y);
    }
    case '**':
      if (y < 0n) {
        // A negative exponent: float ** float.
        return h.newFloat(floatPow(interp, intToFloat(interp, a), intToFloat(interp, b)));
      }
      if (x === 0n || x === 1n || x === -1n || y <= 1n) return intResult(interp, x ** y);
      reserveInt(interp, Number(y) * bitLength(x));
      return intResult(interp, x ** y);
  }
}

/** The bits of |v|. */
function bitLength(v: bigint): number {
  const a = v < 0n ? -v : v;
  if (a === 0n) return 0;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** The most bits a V8 BigInt can have (BigInt::kMaxLengthBits). */
const MAX_BIGINT_BITS = 2 ** 30;

/** Before computing an int of about `bits` bits: MemoryError past the budget or V8's limit. */
function reserveInt(interp: Interpreter, bits: number): void {
  if (bits < 1024) return;
  if (bits > MAX_BIGINT_BITS) interp.raise('MemoryError', null);
  const digits = Math.ceil(bits / 30);
  interp.charge(digits);
  interp.reserve(24 + 4 * digits);
}

function floatArith(interp: Interpreter, op: ArithOp, a: number, b: number): PyObject {
  const h = interp.heap;
  switch (op) {
    case '+':
      return h.newFloat(a + b);
    case '-':
      return h.newFloat(a - b);
    case '*':
      return h.newFloat(a * b);
    case '/':
      if (b === 0) interp.raise('ZeroDivisionError', 'float division by zero');
      return h.newFloat(a / b);
    case '//':
      return h.newFloat(floatFloorDiv(interp, a, b));
    case '%':
      return h.newFloat(floatMod(interp, a, b));
    case '**':
      return h.newFloat(floatPow(interp, a, b));
  }
}

/** `a op b`; `inplace` for `a op= b`, whose TypeError names the augmented operator. */
export function binaryOp(
  interp: Interpreter,
  op: BinaryOp,
  a: PyObject,
  b: PyObject,
  inplace = false,
): PyObject {
  const h = interp.heap;
  // The common case first: + or - of one-digit ints (what intArith does for them, untested).
  if (a instanceof PyInt && b instanceof PyInt && (op === '+' || op === '-')) {
    const x = a.value;
    const y = b.value;
    if (typeof x === 'number' && typeof y === 'number' && isOneDigit(x) && isOneDigit(y))
      return h.newInt(op === '+' ? x + y : x - y);
  }
  if (isNumber(a) && isNumber(b) && !BITWISE.includes(op)) {
    if (a instanceof PyFloat || b instanceof PyFloat)
      return floatArith(interp, op as ArithOp, toFloat(interp, a), toFloat(interp, b));
    return intArith(interp, op as ArithOp, intValue(a), intValue(b));
  }
  if (op === '+') {
    if (a instanceof PyStr && b instanceof PyStr) {
      const kind = widerKind(strKindOf(a), strKindOf(b));
      reserveStr(interp, kind, a.value.length + b.value.length);
      return h.newStr(a.value + b.value, false, kind);
    }
    if (
      (a instanceof PyList && b instanceof PyList) ||
      (a instanceof PyTuple && b instanceof PyTuple)
    ) {
      reserveItems(interp, a.items.length + b.items.length, 8);
      return newSequence(interp, a, a.items.concat(b.items));
    }
  }
  if (op === '*') {
    const [seq, n] = a instanceof PyInt || a instanceof PyBool ? [b, a] : [a, b];
    if (
      (n instanceof PyInt || n instanceof PyBool) &&
      (seq instanceof PyStr || seq instanceof PyList || seq instanceof PyTuple)
    ) {
      return repeatSequence(interp, seq, indexSized(interp, intValue(n), 'OverflowError'));
    }
  }
  // The rest is the library's (bitwiseOperators.ts): & | ^ << >>, the operators of sets and
  // dicts, a str's % formatting, user classes' special methods, the refusals and TypeErrors
  // (an augmented assignment's name the augmented operator).
  const ops = libraryOf(interp).operators;
  return inplace ? ops.inPlace(interp, op, a, b) : ops.binary(interp, op, a, b);
}

/**
 * `seq * n`: the size is checked before anything is built (list_repeat, unicode_repeat): an index
 * that does not fit is an OverflowError, a result past the budget a MemoryError.
 */
function repeatSequence(interp: Interpreter, seq: PyStr | PyList | PyTuple, n: number): PyObject {
  const h = interp.heap;
  if (n > MAX_SSIZE) interp.raise('OverflowError', "cannot fit 'int' into an index-sized integer");
  const times = Math.max(0, n);
  // unicode_repeat and tuplerepeat: once is the str or tuple itself (list_repeat copies).
  if (times === 1 && (seq instanceof PyStr || seq.type === h.types.tuple)) {
    h.incref(seq);
    return seq;
  }
  if (seq instanceof PyStr) {
    const total = seq.value.length * times;
    if (total > MAX_SSIZE) interp.raise('OverflowError', 'repeated string is too long');
    const kind = strKindOf(seq);
    reserveStr(interp, kind, total);
    return h.newStr(seq.value.repeat(times), false, kind);
  }
  const len = seq.items.length;
  reserveItems(interp, len * times, 8);
  const items: PyObject[] = new Array<PyObject>(len * times);
  for (let k = 0, at = 0; k < times; k++) for (let i = 0; i < len; i++) items[at++] = seq.items[i]!;
  return newSequence(interp, seq, items);
}

/** A list or tuple (like `like`) of borrowed items: each gets a new reference. */
function newSequence(interp: Interpreter, like: PyList | PyTuple, items: PyObject[]): PyObject {
  const h = interp.heap;
  return h.bulk(items.length, () => {
    for (const i of items) h.incref(i);
    return like instanceof PyList ? h.newList(items) : h.newTuple(items);
  });
}

export function negate(interp: Interpreter, o: PyObject): PyObject {
  if (o instanceof PyFloat) return interp.heap.newFloat(-o.value);
  if (o instanceof PyInt || o instanceof PyBool) {
    const v = intValue(o);
    return typeof v === 'number' ? interp.heap.newInt(-v) : intResult(interp, -v);
  }
  // A class's __neg__, the refusal for a Counter, CPython's TypeError: the library's.
  return libraryOf(interp).operators.unary(interp, '-', o);
}

/**
 * `a == b` as a JS boolean, containers compared item by item. `identity`: an object is equal to
 * itself without asking it, as PyObject_RichCompareBool answers (`in`, containers' items); the
 * `==` operator asks (a NaN is not equal to itself, nor is an object whose `__eq__` says so).
 */
export function equals(interp: Interpreter, a: PyObject, b: PyObject, identity = true): boolean {
  // A proxy compares as its referent (ReferenceError once dead).
  if (a instanceof PyWeakref && a.kind === 'proxy')
    return equals(interp, proxyTarget(interp, a), b, identity);
  if (b instanceof PyWeakref && b.kind === 'proxy')
    return equals(interp, a, proxyTarget(interp, b), identity);
  if (a === b && identity) return true;
  const ints = compareDoubleInts(a, b);
  if (ints !== null) return ints === 0;
  // mappingproxy_richcompare: the mapping compares.
  if (a instanceof PyMappingProxy) return equals(interp, a.mapping, b);
  if (b instanceof PyMappingProxy) return equals(interp, a, b.mapping);
  if (a instanceof PyWeakref && b instanceof PyWeakref)
    return lateCore(interp).weakrefsEqual(interp, a, b);
  if (a instanceof PyNativeObject && b instanceof PyNativeObject) {
    const eq = nativeBehaviours.get(a.type)?.equals;
    if (eq && nativeBehaviours.get(b.type)?.equals === eq) return eq(interp, a, b);
  }
  if (a instanceof PyMethod && b instanceof PyMethod) return a.self === b.self && a.func === b.func;
  if (a instanceof PyBuiltin && b instanceof PyBuiltin && a.self)
    return a.self === b.self && a.impl === b.impl;
  if (isNumber(a) && isNumber(b)) {
    if (a instanceof PyFloat || b instanceof PyFloat) return compareMixed(a, b) === 0;
    return BigInt(intValue(a)) === BigInt(intValue(b));
  }
  if (a instanceof PyStr && b instanceof PyStr) return a.value === b.value;
  if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple) ||
    (a instanceof PyDeque && b instanceof PyDeque)
  ) {
    // PyObject_RichCompare on containers: a level of the recursion limit each.
    interp.enterLevel(C_LEVEL_BYTES, IN_COMPARISON);
    try {
      if (a.items.length !== b.items.length) return false;
      interp.charge(a.items.length);
      for (let i = 0; i < a.items.length; i++)
        if (!equals(interp, a.items[i]!, b.items[i]!)) return false;
      return true;
    } finally {
      interp.leaveLevel(C_LEVEL_BYTES);
    }
  }
  if (a instanceof PyCounter && b instanceof PyCounter)
    return libraryOf(interp).operators.countersEqual(interp, a, b);
  if (a instanceof PyDict && b instanceof PyDict) return lateCore(interp).dictsEqual(interp, a, b);
  if (a instanceof PySet && b instanceof PySet) {
    if (a.members.size !== b.members.size) return false;
    for (const k of a.members.keys()) if (!b.members.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) return lateCore(interp).rangeEquals(a, b);
  // slice_richcompare: as the tuples of their start, stop and step.
  if (a instanceof PySlice && b instanceof PySlice)
    return (
      equals(interp, a.start, b.start) &&
      equals(interp, a.stop, b.stop) &&
      equals(interp, a.step, b.step)
    );
  if (a instanceof PyDictView || b instanceof PyDictView) {
    const v = lateCore(interp).viewComparison(interp, '==', a, b);
    if (v !== null) return v;
  }
  // object.__eq__: the same object, unless a class of theirs says otherwise.
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const user = lateCore(interp).userEquality(interp, '==', a, b, identity ? truthy : null);
    if (user !== null) return user;
  }
  return a === b;
}

export { IN_COMPARISON };

/** `a < b` and friends for numbers, strs, lists and tuples. */
export function orderCompare(
  interp: Interpreter,
  op: CompareOp,
  a: PyObject,
  b: PyObject,
): boolean {
  if (a instanceof PySet && b instanceof PySet)
    return libraryOf(interp).operators.setOrder(op, a, b);
  if (a instanceof PyDictView || b instanceof PyDictView) {
    const v = lateCore(interp).viewComparison(interp, op, a, b);
    if (v !== null) return v;
  }
  const c = compareValues(interp, op, a, b);
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    default:
      return false;
  }
}

function compareValues(interp: Interpreter, op: CompareOp, a: PyObject, b: PyObject): number {
  const ints = compareDoubleInts(a, b);
  if (ints !== null) return ints;
  if (isNumber(a) && isNumber(b)) {
    if (a instanceof PyFloat || b instanceof PyFloat) return compareMixed(a, b);
    const x = BigInt(intValue(a));
    const y = BigInt(intValue(b));
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a instanceof PyStr && b instanceof PyStr)
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple) ||
    (a instanceof PyDeque && b instanceof PyDeque)
  ) {
    interp.enterLevel(C_LEVEL_BYTES, IN_COMPARISON);
    try {
      const n = Math.min(a.items.length, b.items.length);
      interp.charge(n);
      for (let i = 0; i < n; i++) {
        if (!equals(interp, a.items[i]!, b.items[i]!))
          return compareValues(interp, op, a.items[i]!, b.items[i]!);
      }
      return a.items.length - b.items.length;
    } finally {
      interp.leaveLevel(C_LEVEL_BYTES);
    }
  }
  if (a instanceof PyCounter || b instanceof PyCounter)
    throw new NotSupported(`the comparison '${op}' with a Counter`, interp.frame?.lineno ?? 0);
  if (op !== '==' && op !== '!=') {
    const user = userOrder(interp, op, a, b);
    if (user !== null) return orderAsNumber(op, user);
  }
  lateCore(interp).refuseUnmodelledWeak(interp, `the comparison '${op}'`, a, b);
  return interp.raise(
    'TypeError',
    `'${op}' not supported between instances of '${a.type.name}' and '${b.type.name}'`,
  );
}

/** `item in container`. */
export function contains(interp: Interpreter, container: PyObject, item: PyObject): boolean {
  if (container instanceof PyList || container instanceof PyTuple) {
    interp.charge(container.items.length);
    return container.items.some((x) => x === item || equals(interp, x, item));
  }
  if (container instanceof PyDict)
    return interp.hashGuard(() => interp.heap.dictGet(container, item)) !== undefined;
  if (container instanceof PySet) {
    // set_contains: a set is looked for as the frozenset of its members.
    if (item instanceof PySet && !item.frozen) return container.members.has(membersKey(item));
    if (item instanceof PyInstance || item instanceof PyTuple) checkKey(interp, item);
    return container.members.has(interp.hashGuard(() => hashKey(item)));
  }
  if (container instanceof PyStr) {
    if (!(item instanceof PyStr))
      interp.raise(
        'TypeError',
        `'in <string>' requires string as left operand, not ${item.type.name}`,
      );
    interp.charge(container.value.length);
    return container.value.includes(item.value);
  }
  if (container instanceof PyDictView) {
    if (container.part === 'keys')
      return interp.hashGuard(() => interp.heap.dictGet(container.dict, item)) !== undefined;
    if (container.part === 'values')
      return [...container.dict.liveEntries()].some((e) => equals(interp, e.value, item));
    // items: a (key, value) pair whose key maps to an equal value.
    if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
    const v = interp.hashGuard(() => interp.heap.dictGet(container.dict, item.items[0]!));
    return v !== undefined && equals(interp, v, item.items[1]!);
  }
  if (container instanceof PyRange) return lateCore(interp).rangeContains(container, item);
  if (container instanceof PyInstance) {
    // slot_sq_contains: the class's __contains__, its result taken as a truth value.
    const method = lookupTypeAttr(container.type, '__contains__');
    if (method) {
      const r = interp.callWith(method, [container, item], null, interp.frame);
      try {
        return truthy(interp, r);
      } finally {
        interp.heap.decref(r);
      }
    }
  }
  const special = interp.builtinSpecial(container.type, '__contains__');
  if (special) {
    const r = interp.callWith(special, [container, item], null, interp.frame);
    interp.heap.decref(r);
    return r === interp.heap.True;
  }
  return interp.iterSearch(container, item);
}

export function compare(interp: Interpreter, op: CompareOp, a: PyObject, b: PyObject): boolean {
  if (op === '==') return equals(interp, a, b, false);
  if (op === '!=') {
    const user =
      a instanceof PyInstance || b instanceof PyInstance
        ? lateCore(interp).userEquality(interp, '!=', a, b, null)
        : null;
    return user ?? !equals(interp, a, b, false);
  }
  return orderCompare(interp, op, a, b);
}
