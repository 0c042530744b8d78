/**
 * The operators the core leaves to the library: `& | ^ << >>` and `~` on ints and bools, `& | ^ -`
 * on sets and frozensets, `|` on dicts (3.9+), and the user class's special methods for them, in
 * binary and in-place forms, as abstract.c's binary_op1 and binary_iop1 dispatch them.
 *
 * `NotImplemented` is refused by name, so a special method's result is always its answer: the
 * reflected method of the right operand runs only when the left operand has no method (or first,
 * when the right operand's class is a subclass of the left's that overrides it).
 */
import {
  PyBool,
  PyCounter,
  PyList,
  PyTuple,
  PyDeque,
  PyDict,
  PyDictView,
  PyInt,
  PySet,
  PyStr,
  normInt,
  type PyObject,
  type PyType,
  PyMappingProxy,
} from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { refuseUnmodelledWeak } from './unmodelledWeak';
import type { BinaryOp, CompareOp } from './operators';
import { typeMethods } from './methods';
import { percentFormat } from './percentFormat';
import { isAnySet, sealed } from './frozenset';
import {
  setDifference,
  setDifferenceUpdate,
  setIntersection,
  setIntersectionUpdate,
  setIsSubset,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setUnion,
  setUpdate,
} from './setMethods';
import { lookupTypeAttr } from './typeAttr';

/** mappingproxy_or's operands: a proxy stands for its mapping. */
function unwrapProxy(o: PyObject): PyObject {
  return o instanceof PyMappingProxy ? o.mapping : o;
}

/**
 * The operators reaching this file: `& | ^ << >>`, any of two sets (`-` among them), and `%` of
 * a str (percentFormat.ts).
 */
type LibraryBinaryOp = BinaryOp;

/** The special methods' names (`__and__`, `__rand__`, `__iand__`). */
const NAMES: Record<BinaryOp, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
  '<<': 'lshift',
  '>>': 'rshift',
};

function intOf(o: PyObject): bigint | null {
  if (o instanceof PyBool) return o.value ? 1n : 0n;
  if (o instanceof PyInt) return BigInt(o.value);
  return null;
}

/** PY_SSIZE_T_MAX + 1: a shift count past it does not fit a Py_ssize_t. */
const SSIZE_LIMIT = 1n << 63n;

/** long_and, long_or, long_xor, long_lshift, long_rshift; bool_and/or/xor for two bools. */
function intOperator(interp: Interpreter, op: LibraryBinaryOp, a: PyObject, b: PyObject) {
  const x = intOf(a);
  const y = intOf(b);
  if (x === null || y === null) return null;
  const h = interp.heap;
  if (a instanceof PyBool && b instanceof PyBool && (op === '&' || op === '|' || op === '^'))
    return h.bool(
      op === '&' ? a.value && b.value : op === '|' ? a.value || b.value : a.value !== b.value,
    );
  switch (op) {
    case '&':
      return h.newInt(normInt(x & y));
    case '|':
      return h.newInt(normInt(x | y));
    case '^':
      return h.newInt(normInt(x ^ y));
    case '<<': {
      if (y < 0n) return interp.raise('ValueError', 'negative shift count');
      if (x === 0n) return h.newInt(0);
      if (y >= SSIZE_LIMIT) return interp.raise('OverflowError', 'too many digits in integer');
      reserveBits(interp, bitLength(x) + Number(y));
      return h.newInt(normInt(x << y));
    }
    case '>>': {
      if (y < 0n) return interp.raise('ValueError', 'negative shift count');
      if (y >= 1n << 32n) return h.newInt(x < 0n ? -1 : 0);
      return h.newInt(normInt(x >> y));
    }
    default:
      return null;
  }
}

function bitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

/** Before making an int of `bits` bits: the budget's MemoryError, as a multiplication's. */
function reserveBits(interp: Interpreter, bits: number): void {
  if (bits < 1024) return;
  if (bits > 2 ** 30) interp.raise('MemoryError', null);
  const digits = Math.ceil(bits / 30);
  interp.charge(digits);
  interp.reserve(24 + 4 * digits);
}

/** set_and/or/xor/sub: both operands sets or frozensets, the result of the left one's type. */
function setOperator(interp: Interpreter, op: LibraryBinaryOp, a: PyObject, b: PyObject) {
  if (!isAnySet(a) || !isAnySet(b)) return null;
  switch (op) {
    case '&':
      return setIntersection(interp, a, b);
    case '|':
      return setUnion(interp, a, [b]);
    case '^':
      return setSymmetricDifference(interp, a, b);
    case '-':
      return setDifference(interp, a, b);
    default:
      return null;
  }
}

/** set_iand/ior/ixor/isub: a set updated in place (a frozenset has no in-place slots). */
function setInPlace(interp: Interpreter, op: LibraryBinaryOp, a: PyObject, b: PyObject) {
  if (!(a instanceof PySet) || a.type !== interp.heap.types.set || !isAnySet(b)) return null;
  if (op === '&') setIntersectionUpdate(interp, a, [b]);
  else if (op === '|') setUpdate(interp, a, b);
  else if (op === '^') setSymmetricDifferenceUpdate(interp, a, b);
  else if (op === '-') setDifferenceUpdate(interp, a, b);
  else return null;
  interp.heap.incref(a);
  return a;
}

function isExactDict(interp: Interpreter, o: PyObject): o is PyDict {
  return o instanceof PyDict && o.type === interp.heap.types.dict;
}

/** A dict subclass (OrderedDict, defaultdict, Counter) has its own `|`: not modelled. */
function refuseDictSubclass(interp: Interpreter, op: string, a: PyObject, b: PyObject): void {
  for (const o of [a, b]) {
    if (o instanceof PyDict && o.type !== interp.heap.types.dict)
      throw new NotSupported(`the operator '${op}' with a ${o.type.name}`, line(interp));
  }
}

function line(interp: Interpreter): number {
  return interp.frame?.lineno ?? 0;
}

function callMethod(interp: Interpreter, self: PyObject, name: string, arg: PyObject): PyObject {
  const m = typeMethods(interp, self.type).get(name)!;
  return interp.callWith(m, [self, arg], null, interp.frame);
}

/** dict_or: a copy of the left dict updated from the right one; dict_ior: update in place. */
function dictOperator(interp: Interpreter, a: PyObject, b: PyObject, inplace: boolean) {
  if (inplace && isExactDict(interp, a)) {
    interp.heap.decref(callMethod(interp, a, 'update', b));
    interp.heap.incref(a);
    return a;
  }
  if (!isExactDict(interp, a) || !isExactDict(interp, b)) return null;
  const copy = interp.callWith(typeMethods(interp, a.type).get('copy')!, [a], null, interp.frame);
  try {
    interp.heap.decref(callMethod(interp, copy, 'update', b));
  } catch (e) {
    interp.heap.decref(copy);
    throw e;
  }
  return copy;
}

/**
 * A deque's or a Counter's operators (concatenation, multiset arithmetic), and the set algebra of
 * a dict's keys and items views (dictviews_and and the others, which build a set of the view
 * first): not modelled. A values view has no such operators in CPython either.
 */
function refuseCollections(interp: Interpreter, op: string, a: PyObject, b: PyObject): void {
  for (const o of [a, b]) {
    if (o instanceof PyDeque || o instanceof PyCounter)
      throw new NotSupported(
        `the operator '${op}' with a ${o instanceof PyDeque ? 'deque' : 'Counter'}`,
        line(interp),
      );
    if (o instanceof PyDictView && o.part !== 'values' && VIEW_SET_OPERATORS.has(op))
      throw new NotSupported(`the operator '${op}' with a dict's ${o.part} view`, line(interp));
  }
}

const VIEW_SET_OPERATORS: ReadonlySet<string> = new Set(['&', '|', '^', '-']);

/** The built-in types' own slot for `op` (int, bool, set, frozenset, dict), or null. */
function builtinOperator(
  interp: Interpreter,
  op: LibraryBinaryOp,
  a: PyObject,
  b: PyObject,
): PyObject | null {
  // mappingproxy_or: the operation of the mappings behind the proxies.
  if (op === '|' && (a instanceof PyMappingProxy || b instanceof PyMappingProxy))
    return libraryBinaryOp(interp, op, unwrapProxy(a), unwrapProxy(b));
  if (op === '|' && (a instanceof PyDict || b instanceof PyDict)) {
    refuseDictSubclass(interp, op, a, b);
    return dictOperator(interp, a, b, false);
  }
  return intOperator(interp, op, a, b) ?? setOperator(interp, op, a, b);
}

/** A user class's special method named `name`, or null (built-in types have none here). */
function userMethod(t: PyType, name: string): PyObject | null {
  return t.isHeapType ? lookupTypeAttr(t, name) : null;
}

/** binary_op1: the left operand's slot, else the right one's reflected (subclass first). */
function binaryOp1(
  interp: Interpreter,
  op: LibraryBinaryOp,
  a: PyObject,
  b: PyObject,
): PyObject | null {
  const name = NAMES[op];
  const left = userMethod(a.type, `__${name}__`);
  const right = a.type !== b.type ? userMethod(b.type, `__r${name}__`) : null;
  if (right && b.type.isSubtypeOf(a.type) && right !== lookupTypeAttr(a.type, `__r${name}__`))
    return interp.callWith(right, [b, a], null, interp.frame);
  if (left) return interp.callWith(left, [a, b], null, interp.frame);
  const builtin = builtinOperator(interp, op, a, b);
  if (builtin) return builtin;
  if (right) return interp.callWith(right, [b, a], null, interp.frame);
  return null;
}

/** CPython's TypeError: `op` as the operator's slot names it (`** or pow()`, `-=`). */
function unsupported(interp: Interpreter, op: string, a: PyObject, b: PyObject): never {
  refuseUnmodelledWeak(interp, `the operator '${op}'`, a, b);
  const name = op === '**' ? '** or pow()' : op;
  return interp.raise(
    'TypeError',
    `unsupported operand type(s) for ${name}: '${a.type.name}' and '${b.type.name}'`,
  );
}

/**
 * `a OP b`: a new reference. `inplace` when an augmented assignment found no in-place slot: its
 * TypeError names the augmented operator (`-=`), the sequences' own errors stay as they are.
 */
export function libraryBinaryOp(
  interp: Interpreter,
  op: LibraryBinaryOp,
  a: PyObject,
  b: PyObject,
  inplace = false,
): PyObject {
  refuseCollections(interp, op, a, b);
  if (op === '%' && a instanceof PyStr)
    return interp.heap.newStr(percentFormat(interp, a.value, b));
  const r = binaryOp1(interp, op, a, b);
  if (r) return sealed(r);
  // PyNumber_Add and PyNumber_Multiply then try the sequences' concatenation and repetition.
  const isSequence = (o: PyObject) =>
    o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
  if (op === '+' && isSequence(a)) {
    const t = a.type.name;
    interp.raise('TypeError', `can only concatenate ${t} (not "${b.type.name}") to ${t}`);
  }
  if (op === '*' && (isSequence(a) || isSequence(b)))
    interp.raise(
      'TypeError',
      `can't multiply sequence by non-int of type '${(isSequence(a) ? b : a).type.name}'`,
    );
  return unsupported(interp, inplace ? `${op}=` : op, a, b);
}

/** `a OP= b` (binary_iop1): the in-place slot first, else the binary operation. */
export function libraryInPlaceOp(
  interp: Interpreter,
  op: LibraryBinaryOp,
  a: PyObject,
  b: PyObject,
): PyObject {
  refuseCollections(interp, op, a, b);
  const inplace = userMethod(a.type, `__i${NAMES[op]}__`);
  if (inplace) return interp.callWith(inplace, [a, b], null, interp.frame);
  if (op === '|' && a instanceof PyMappingProxy)
    interp.raise('TypeError', "'|=' is not supported by mappingproxy; use '|' instead");
  if (op === '|' && a instanceof PyDict) {
    refuseDictSubclass(interp, `${op}=`, a, b);
    const r = dictOperator(interp, a, unwrapProxy(b), true);
    if (r) return r;
  }
  return sealed(setInPlace(interp, op, a, b) ?? libraryBinaryOp(interp, op, a, b, true));
}

const UNARY_NAMES = { '-': '__neg__', '+': '__pos__', '~': '__invert__' } as const;

/**
 * `~a` (an int's, a bool's as an int's), `+a` of a bool (an int), and for any other operand of
 * `- + ~` the class's `__neg__`, `__pos__` or `__invert__`, else CPython's TypeError.
 */
export function libraryUnary(interp: Interpreter, op: '-' | '+' | '~', a: PyObject): PyObject {
  const x = intOf(a);
  if (x !== null && op !== '-') return interp.heap.newInt(normInt(op === '~' ? -(x + 1n) : x));
  if (a instanceof PyCounter)
    throw new NotSupported(`the unary '${op}' of a Counter`, line(interp));
  const m = userMethod(a.type, UNARY_NAMES[op]);
  if (m) return interp.callWith(m, [a], null, interp.frame);
  refuseUnmodelledWeak(interp, `the unary '${op}'`, a);
  return interp.raise('TypeError', `bad operand type for unary ${op}: '${a.type.name}'`);
}

/** set_richcompare's orderings: subset and superset tests (proper ones for `<` and `>`). */
export function setOrder(op: CompareOp, a: PySet, b: PySet): boolean {
  if (op === '<=') return setIsSubset(a, b);
  if (op === '>=') return setIsSubset(b, a);
  if (op === '<') return a.members.size < b.members.size && setIsSubset(a, b);
  return a.members.size > b.members.size && setIsSubset(b, a);
}
