/**
 * The bodies of the core's built-in functions (print, len, id, hash, hex, format, repr,
 * isinstance, hasattr, getattr, setattr): builtins.ts makes the functions (the builtins module has
 * them from the start) and each calls its body here, which loads with the library (lateCore.ts).
 * Each borrows its arguments and returns a new reference.
 */
import { indexSized } from './cSize';
import { rangeLen } from './rangeObject';
import {
  PyBool,
  PyDict,
  PyDictView,
  PyDeque,
  PyInt,
  PyStr,
  PyTuple,
  PyType,
  PyWeakref,
  PyInstance,
  PyRange,
  PyNativeObject,
  normInt,
  type IntValue,
  type PyObject,
  strLength,
} from '../engine';
import { NotSupported } from './errors';
import { hashOf } from './slotHash';
import { proxyTarget } from './modules/weakrefProxy';
import type { Kw } from './builtins';
import type { Interpreter } from './interpreter';
import { formatField } from './formatField';
import { builtinSpecial, type MethodFn } from './methods';
import { lookupTypeAttr } from './typeAttr';
import { printTarget } from './modules/sysStreams';
import { noKeywords } from './argumentChecks';

function exactlyOne(interp: Interpreter, name: string, args: PyObject[]): PyObject {
  if (args.length !== 1)
    interp.raise('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function kwText(interp: Interpreter, kw: Kw, name: string, fallback: string): string {
  const v = kw?.find(([n]) => n === name)?.[1];
  if (!v || v === interp.heap.None) return fallback;
  if (!(v instanceof PyStr))
    return interp.raise('TypeError', `${name} must be None or a string, not ${v.type.name}`);
  return v.value;
}

function lengthOf(interp: Interpreter, o: PyObject): IntValue {
  if (o instanceof PyWeakref && o.kind === 'proxy') return lengthOf(interp, proxyTarget(interp, o));
  if (o instanceof PyStr) return strLength(o);
  if (o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PyDictView) return o.dict.size;
  if (o instanceof PyDeque) return o.length;
  const items = (o as { items?: unknown }).items;
  if (Array.isArray(items)) return items.length;
  const members = (o as { members?: Map<string, PyObject> }).members;
  if (members instanceof Map) return members.size;
  const userLen = o instanceof PyInstance ? lookupTypeAttr(o.type, '__len__') : null;
  if (userLen) {
    const r = interp.callWith(userLen, [o], null, interp.frame);
    interp.heap.decref(r);
    if (!(r instanceof PyInt) && !(r instanceof PyBool))
      interp.raise('TypeError', `'${r.type.name}' object cannot be interpreted as an integer`);
    // slot_sq_length: a C size, not negative.
    const n = r instanceof PyBool ? +r.value : r.value;
    indexSized(interp, n, 'OverflowError');
    if (n < 0) interp.raise('ValueError', '__len__() should return >= 0');
    return n;
  }
  const special = builtinSpecial(interp, o.type, '__len__');
  if (special) {
    const r = interp.callWith(special, [o], null, interp.frame);
    interp.heap.decref(r);
    return Number((r as PyInt).value);
  }
  if (o instanceof PyRange) return rangeLen(interp, o);
  return interp.raise('TypeError', `object of type '${o.type.name}' has no len()`);
}

export const CORE_FUNCTIONS: Readonly<Record<string, MethodFn>> = Object.freeze({
  print(interp, args, kw) {
    for (const [n] of kw ?? []) {
      if (n !== 'sep' && n !== 'end' && n !== 'file' && n !== 'flush') {
        interp.raise('TypeError', `'${n}' is an invalid keyword argument for print()`);
      }
    }
    // The stream first: print() to a sys.stdout that is None does nothing at all.
    const stream = printTarget(interp, kw?.find(([n]) => n === 'file')?.[1]);
    if (!stream) return interp.heap.none();
    const sep = kwText(interp, kw, 'sep', ' ');
    const end = kwText(interp, kw, 'end', '\n');
    let text = '';
    // PyFile_WriteObject per argument: each str() runs before the next.
    args.forEach((a, i) => {
      text += (i > 0 ? sep : '') + interp.strOf(a);
    });
    interp.write(stream, text + end);
    return interp.heap.none();
  },
  len(interp, args, kw) {
    noKeywords(interp, 'len', kw);
    return interp.heap.newInt(lengthOf(interp, exactlyOne(interp, 'len', args)));
  },
  id(interp, args, kw) {
    noKeywords(interp, 'id', kw);
    return interp.heap.newInt(exactlyOne(interp, 'id', args).pyId);
  },
  hash(interp, args, kw) {
    noKeywords(interp, 'hash', kw);
    return interp.heap.newInt(normInt(hashOf(interp, exactlyOne(interp, 'hash', args))));
  },
  hex(interp, args, kw) {
    noKeywords(interp, 'hex', kw);
    const o = exactlyOne(interp, 'hex', args);
    if (!(o instanceof PyInt) && !(o instanceof PyBool)) {
      interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
    }
    const v = o instanceof PyBool ? BigInt(+o.value) : BigInt((o as PyInt).value);
    return interp.heap.newStr((v < 0n ? '-0x' : '0x') + (v < 0n ? -v : v).toString(16));
  },
  format(interp, args, kw) {
    noKeywords(interp, 'format', kw);
    if (args.length === 0 || args.length > 2)
      interp.raise(
        'TypeError',
        args.length === 0
          ? 'format expected at least 1 argument, got 0'
          : `format expected at most 2 arguments, got ${args.length}`,
      );
    const spec = args[1] ?? interp.heap.newStr('');
    if (!(spec instanceof PyStr)) {
      return interp.raise('TypeError', `format() argument 2 must be str, not ${spec.type.name}`);
    }
    return interp.heap.newStr(formatField(interp, args[0]!, null, spec.value));
  },
  repr(interp, args, kw) {
    noKeywords(interp, 'repr', kw);
    const o = exactlyOne(interp, 'repr', args);
    if (o instanceof PyInt) return interp.heap.freshStr(interp.reprOf(o));
    return interp.heap.newStr(interp.reprOf(o));
  },
  isinstance(interp, args, kw) {
    noKeywords(interp, 'isinstance', kw);
    if (args.length !== 2)
      interp.raise('TypeError', `isinstance expected 2 arguments, got ${args.length}`);
    const [arg, cls] = args as [PyObject, PyObject];
    const isInt = (o: PyObject, t: PyType) => t === interp.heap.types.int && o instanceof PyBool;
    // object_recursive_isinstance: a tuple's items in turn (nested tuples too), each checked
    // only when reached, so an item after the first match is never looked at.
    const matches = (o: PyObject, c: PyObject): boolean => {
      if (c instanceof PyTuple) return c.items.some((item) => matches(o, item));
      // typing's aliases answer isinstance through __instancecheck__: not modelled.
      if (c instanceof PyNativeObject)
        throw new NotSupported(`isinstance() with ${interp.reprOf(c)}`, interp.frame?.lineno ?? 0);
      if (!(c instanceof PyType))
        return interp.raise(
          'TypeError',
          'isinstance() arg 2 must be a type, a tuple of types, or a union',
        );
      return o.type.isSubtypeOf(c) || isInt(o, c);
    };
    // object_isinstance: the object's own type first, then its __class__, through which a
    // proxy answers for its referent (a dead one raising ReferenceError).
    if (matches(arg, cls)) return interp.heap.bool(true);
    const isProxy = arg instanceof PyWeakref && arg.kind === 'proxy';
    return interp.heap.bool(isProxy && matches(proxyTarget(interp, arg), cls));
  },
  hasattr(interp, args, kw) {
    noKeywords(interp, 'hasattr', kw);
    const [o, name] = attrArgs(interp, 'hasattr', args, 2);
    try {
      interp.heap.decref(interp.getAttr(o, name));
      return interp.heap.bool(true);
    } catch (e) {
      if (isAttributeError(interp, e)) return interp.heap.bool(false);
      throw e;
    }
  },
  getattr(interp, args, kw) {
    noKeywords(interp, 'getattr', kw);
    const [o, name] = attrArgs(interp, 'getattr', args, 2, 3);
    try {
      return interp.getAttr(o, name);
    } catch (e) {
      if (args[2] && isAttributeError(interp, e)) {
        interp.heap.incref(args[2]);
        return args[2];
      }
      throw e;
    }
  },
  setattr(interp, args, kw) {
    noKeywords(interp, 'setattr', kw);
    const [o, name] = attrArgs(interp, 'setattr', args, 3);
    interp.setAttr(o, name, args[2]!);
    return interp.heap.none();
  },
});

function attrArgs(
  interp: Interpreter,
  fn: string,
  args: PyObject[],
  min: number,
  max = min,
): [PyObject, string] {
  if (args.length < min || args.length > max) {
    interp.raise(
      'TypeError',
      `${fn} expected ${min === max ? min : `at least ${min}`} arguments, got ${args.length}`,
    );
  }
  const name = args[1]!;
  if (!(name instanceof PyStr))
    interp.raise('TypeError', `attribute name must be string, not '${name.type.name}'`);
  return [args[0]!, name.value];
}

function isAttributeError(interp: Interpreter, e: unknown): boolean {
  const err = e as { exc?: PyObject };
  if (!err.exc || !err.exc.type.isSubtypeOf(interp.exceptions.get('AttributeError')!)) return false;
  interp.releaseError(e as never);
  return true;
}
