/**
 * Unpacking with `*` and `**` in calls (`f(*xs, **kw)`) and displays (`[*a, *b]`, `(*a,)`,
 * `{*s}`, `{**d, 'k': 1}`), as CPython 3.11 compiles them: a list that LIST_EXTEND/LIST_APPEND
 * fill and LIST_TO_TUPLE copies, a dict that DICT_UPDATE/DICT_MERGE fill, then CALL_FUNCTION_EX.
 * Every temporary sits on the frame's value stack while it lives, so an error unwinds it.
 */
import {
  PyBuiltin,
  PyDict,
  PyDictView,
  PyFunction,
  PyIterator,
  PyList,
  PyMethod,
  PyObject,
  PyRange,
  PySet,
  PyStr,
  PyTuple,
  PyType,
  STACK,
  orderedEntries,
  PyMappingProxy,
} from '../engine';
import { NotSupported } from './errors';
import { dropStackTo, type Ev, type Frame } from './frame';
import type { Interpreter } from './interpreter';
import { collect } from './iteration';
import { builtinSpecial, listExtend, setAdd } from './methods';
import { lookupTypeAttr } from './typeAttr';

/** One item of a display or one positional argument, `x` or `*x` (ir/displays.ts SeqItem, built). */
export interface SeqPiece {
  readonly star: boolean;
  readonly ev: Ev;
}

/**
 * One entry of a dict display or one keyword argument, `k: v` / `name=v` or `**m` (ir/displays.ts
 * MapItem, built).
 */
export type MapPiece =
  | { readonly kind: 'pair'; readonly key: Ev; readonly value: Ev }
  | { readonly kind: 'spread'; readonly ev: Ev };

/** Does iterating `o` work (tp_iter, or a sequence)? */
function isIterable(interp: Interpreter, o: PyObject): boolean {
  if (
    o instanceof PyIterator ||
    o instanceof PyList ||
    o instanceof PyTuple ||
    o instanceof PyStr ||
    o instanceof PyRange ||
    o instanceof PyDict ||
    o instanceof PyDictView ||
    o instanceof PySet
  )
    return true;
  if (o.type.isHeapType) return lookupTypeAttr(o.type, '__iter__') !== undefined;
  return builtinSpecial(interp, o.type, '__iter__') !== undefined;
}

/**
 * BUILD_LIST of the items before the first `*`, then LIST_EXTEND / LIST_APPEND for the rest:
 * the list, owned. Used only when some piece is starred.
 */
export function buildStarredList(
  interp: Interpreter,
  f: Frame,
  pieces: readonly SeqPiece[],
): PyList {
  const h = interp.heap;
  const base = f.stack.length;
  let i = 0;
  for (; i < pieces.length && !pieces[i]!.star; i++) f.stack.push(pieces[i]!.ev(f));
  const list = h.newList(f.stack.splice(base) as PyObject[]);
  f.stack.push(list);
  for (; i < pieces.length; i++) {
    const p = pieces[i]!;
    const v = p.ev(f);
    f.stack.push(v);
    if (p.star) {
      if (!isIterable(interp, v))
        interp.raise('TypeError', `Value after * must be an iterable, not ${v.type.name}`);
      listExtend(interp, list, v);
    } else {
      h.listAppend(list, v);
    }
    f.stack.pop();
    h.decref(v, STACK);
  }
  f.stack.pop();
  return list;
}

/** LIST_TO_TUPLE: a tuple of the list's items (new references), the list released. */
export function listToTuple(interp: Interpreter, list: PyList): PyTuple {
  const h = interp.heap;
  const items = list.items.slice();
  for (const v of items) h.incref(v);
  const t = h.newTuple(items);
  h.decref(list);
  return t;
}

/** `{*a, b}`: BUILD_SET of the items before the first `*`, then SET_UPDATE / SET_ADD. */
export function buildStarredSet(interp: Interpreter, f: Frame, pieces: readonly SeqPiece[]): PySet {
  const h = interp.heap;
  const base = f.stack.length;
  let i = 0;
  for (; i < pieces.length && !pieces[i]!.star; i++) f.stack.push(pieces[i]!.ev(f));
  const s = h.newSet();
  f.stack.push(s);
  for (let k = base; k < f.stack.length - 1; k++) setAdd(interp, s, f.stack[k]!);
  const s2 = f.stack.pop() as PySet;
  for (const o of f.stack.splice(base) as PyObject[]) h.decref(o, STACK);
  f.stack.push(s2);
  for (; i < pieces.length; i++) {
    const p = pieces[i]!;
    const v = p.ev(f);
    f.stack.push(v);
    if (p.star) {
      for (const item of collect(interp, v)) {
        try {
          setAdd(interp, s, item);
        } finally {
          h.decref(item);
        }
      }
    } else setAdd(interp, s, v);
    f.stack.pop();
    h.decref(v, STACK);
  }
  f.stack.pop();
  return s;
}

/**
 * A dict display with `**` (compiler_dict) or a call's keywords (DICT_MERGE): runs of `k: v`
 * make a small dict that is merged in; `**m` is merged in directly. `call` names the function
 * for a call's errors (CPython's messages differ from a display's), null for a display.
 */
export function buildMergedDict(
  interp: Interpreter,
  f: Frame,
  pieces: readonly MapPiece[],
  call: PyObject | null,
): PyDict {
  const h = interp.heap;
  let d: PyDict | null = null;
  const base = f.stack.length;
  const merge = (other: PyObject) => {
    f.stack.push(other);
    mergeInto(interp, d!, other, call);
    f.stack.pop();
    h.decref(other, STACK);
  };
  for (let i = 0; i < pieces.length;) {
    const p = pieces[i]!;
    if (p.kind === 'spread') {
      if (!d) {
        d = h.newDict();
        f.stack.push(d);
      }
      merge(p.ev(f));
      i++;
      continue;
    }
    // A run of pairs: BUILD_MAP of them, the first dict itself or merged into it.
    const runBase = f.stack.length;
    for (; i < pieces.length && pieces[i]!.kind === 'pair'; i++) {
      const q = pieces[i] as { key: Ev; value: Ev };
      f.stack.push(q.key(f));
      f.stack.push(q.value(f));
    }
    const sub = h.newDict();
    for (let k = runBase; k < f.stack.length; k += 2) {
      const key = f.stack[k]!;
      const value = f.stack[k + 1]!;
      interp.hashGuard(() => h.dictSet(sub, key, value));
    }
    for (const o of f.stack.splice(runBase) as PyObject[]) h.decref(o, STACK);
    if (!d) {
      d = sub;
      f.stack.push(d);
    } else merge(sub);
  }
  if (!d) {
    d = h.newDict();
    f.stack.push(d);
  }
  dropStackTo(f.stack, base);
  return d;
}

/** DICT_UPDATE (display) or DICT_MERGE (call: a repeated key is an error). */
function mergeInto(interp: Interpreter, d: PyDict, from: PyObject, call: PyObject | null): void {
  const h = interp.heap;
  // A class's __dict__ merges as the dict it shows (through keys() and []).
  const other = from instanceof PyMappingProxy ? from.mapping : from;
  if (!(other instanceof PyDict)) {
    if (other.type.isHeapType && lookupTypeAttr(other.type, 'keys'))
      throw new NotSupported(`'**' of a mapping that is not a dict`, interp.frame?.lineno ?? 0);
    if (call) {
      interp.raise(
        'TypeError',
        `${functionStr(interp, call)} argument after ** must be a mapping, not ${other.type.name}`,
      );
    }
    interp.raise('TypeError', `'${other.type.name}' object is not a mapping`);
  }
  // An OrderedDict merges in its own order (dict_merge goes through its keys()).
  for (const e of orderedEntries(other)) {
    if (call && h.dictGet(d, e.key) !== undefined) {
      if (!(e.key instanceof PyStr))
        throw new NotSupported('a repeated non-string key after **', interp.frame?.lineno ?? 0);
      interp.raise(
        'TypeError',
        `${functionStr(interp, call)} got multiple values for keyword argument '${e.key.value}'`,
      );
    }
    interp.hashGuard(() => h.dictSet(d, e.key, e.value));
  }
}

/** _PyObject_FunctionStr: how CPython names a callable in a call's errors. */
export function functionStr(interp: Interpreter, o: PyObject): string {
  if (o instanceof PyMethod) return functionStr(interp, o.func);
  if (o instanceof PyFunction) {
    const mod = interp.heap.dictGet(o.globals, interp.key('__name__'));
    const prefix = mod instanceof PyStr && mod.value !== 'builtins' ? `${mod.value}.` : '';
    return `${prefix}${o.qualname}()`;
  }
  if (o instanceof PyBuiltin) return o.self ? `${o.self.type.name}.${o.name}()` : `${o.name}()`;
  if (o instanceof PyType) return o.isHeapType ? `__main__.${o.name}()` : `${o.name}()`;
  return `${o.type.name} object`;
}

/**
 * A Python function (or a method of one) runs straight from here, as _PyEval_Vector gives its
 * frame new references to the function and the arguments: one JavaScript frame fewer per Python
 * level than through callWith, so recursion through `f(*args)` reaches CPython's limit.
 */
function callPythonFunction(
  interp: Interpreter,
  func: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
  f: Frame,
): PyObject {
  const target = func instanceof PyMethod ? func.func : func;
  if (!(target instanceof PyFunction)) return interp.callWith(func, args, kwnames, f);
  const all = func instanceof PyMethod ? [func.self, ...args] : args.slice();
  return interp.runBorrowing(target, all, kwnames, f);
}

/**
 * CALL_FUNCTION_EX: the stack holds [callable, callargs, kwargs?] from `base`. A callargs that is
 * not a tuple becomes one; a call with keywords (of anything but a class) goes through
 * _PyStack_UnpackDict, whose array holds one more reference to every argument while it runs. Afterwards the callable, the
 * tuple and the dict are released, in that order.
 */
export function callFunctionEx(interp: Interpreter, f: Frame, base: number): PyObject {
  const h = interp.heap;
  const stack = f.stack;
  const func = stack[base]!;
  let callargs = stack[base + 1]!;
  const kwargs = (stack[base + 2] ?? null) as PyDict | null;
  if (!(callargs instanceof PyTuple)) {
    if (!isIterable(interp, callargs)) {
      interp.raise(
        'TypeError',
        `${functionStr(interp, func)} argument after * must be an iterable, not ${callargs.type.name}`,
      );
    }
    const t = h.newTuple(collect(interp, callargs));
    stack[base + 1] = t;
    h.decref(callargs, STACK);
    callargs = t;
  }
  const args = (callargs as PyTuple).items.slice() as PyObject[];
  let kwnames: string[] | null = null;
  if (kwargs && kwargs.size > 0) {
    kwnames = [];
    for (const e of kwargs.liveEntries()) {
      if (e.key instanceof PyStr) kwnames.push(e.key.value);
      args.push(e.value);
    }
    if (kwnames.length < args.length - (callargs as PyTuple).items.length)
      interp.raise('TypeError', 'keywords must be strings');
  }
  // A class is called through tp_call with the tuple and the dict themselves (type_call).
  const isClass = func instanceof PyType && func.isHeapType;
  const unpacked = kwnames !== null && !isClass;
  if (unpacked) for (const a of args) h.incref(a, STACK);
  let result: PyObject;
  try {
    result = isClass
      ? interp.callClassPacked(func, args, kwnames, f)
      : callPythonFunction(interp, func, args, kwnames, f);
  } finally {
    if (unpacked) for (const a of args) h.decref(a, STACK);
    dropStackTo(stack, base);
    h.decref(func, STACK);
    h.decref(callargs, STACK);
    if (kwargs) h.decref(kwargs, STACK);
  }
  return result;
}
