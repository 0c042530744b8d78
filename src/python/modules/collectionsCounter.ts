/**
 * collections.Counter as collections/__init__.py defines it: a dict of counts whose missing keys
 * read as 0 (`__missing__`, nothing stored), update/subtract from an iterable (one per item) or a
 * mapping (adding its counts), most_common (sorted by count, ties in insertion order), total(),
 * and its repr `Counter({'a': 2})` in most_common order. Its arithmetic and multiset comparisons
 * are refused by name (operators.ts); `==` treats missing counts as zero, as 3.10+ does.
 */
import { PyCounter, PyDict, PyInt, PyNone, type PyObject } from '../../engine';
import type { Kw } from '../builtins';
import { NotSupported, PyError } from '../errors';
import type { Interpreter } from '../interpreter';
import { getIter, iterNext } from '../iteration';
import { registerTypeMethods, typeMethods } from '../methods';
import { binaryOp, compare } from '../operators';
import { repr } from '../objectRepr';
import { staticType } from './weakrefObjects';

/** self.get(key, 0) + delta (or - delta), stored: `mapping[elem] = mapping_get(elem, 0) + 1`. */
function addCount(interp: Interpreter, c: PyDict, key: PyObject, delta: PyObject, sub: boolean) {
  const h = interp.heap;
  const old = interp.hashGuard(() => h.dictGet(c, key));
  const zero = h.newInt(0);
  let sum: PyObject;
  try {
    sum = sub
      ? binaryOp(interp, '-', old ?? zero, delta)
      : old
        ? binaryOp(interp, '+', delta, old)
        : binaryOp(interp, '+', delta, zero);
  } finally {
    h.decref(zero);
  }
  try {
    interp.hashGuard(() => h.dictSet(c, key, sum));
  } finally {
    h.decref(sum);
  }
}

/** Counter.update / subtract with an iterable or a mapping, then keywords. */
function updateCounts(
  interp: Interpreter,
  c: PyCounter,
  iterable: PyObject | null,
  kw: Kw,
  sub: boolean,
): void {
  const h = interp.heap;
  if (iterable && !(iterable instanceof PyNone)) {
    if (iterable instanceof PyDict) {
      if (!sub && c.size === 0) {
        // An empty Counter takes a mapping's counts as they are (dict.update).
        const r = interp.callWith(
          typeMethods(interp, h.types.dict).get('update')!,
          [c, iterable],
          null,
          interp.frame,
        );
        h.decref(r);
      } else {
        for (const e of [...iterable.liveEntries()]) addCount(interp, c, e.key, e.value, sub);
      }
    } else {
      const one = h.newInt(1);
      const it = getIter(interp, iterable);
      try {
        for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) {
          try {
            addCount(interp, c, v, one, sub);
          } finally {
            h.decref(v);
          }
        }
      } finally {
        h.decref(it);
        h.decref(one);
      }
    }
  }
  if (kw?.length) {
    const d = h.newDict();
    try {
      for (const [name, v] of kw) {
        const k = h.newStr(name, true);
        h.dictSet(d, k, v);
        h.decref(k);
      }
      updateCounts(interp, c, d, null, sub);
    } finally {
      h.decref(d);
    }
  }
}

/** sorted(c.items(), key=itemgetter(1), reverse=True): stable, by `<` of the counts. */
function byCount(interp: Interpreter, c: PyCounter): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (const e of c.liveEntries()) {
    let i = out.length;
    while (i > 0 && compare(interp, '<', out[i - 1]![1], e.value)) i--;
    out.splice(i, 0, [e.key, e.value]);
  }
  return out;
}

function pairs(interp: Interpreter, items: [PyObject, PyObject][]): PyObject {
  const h = interp.heap;
  return h.newList(
    items.map(([k, v]) => {
      h.incref(k);
      h.incref(v);
      return h.newTuple([k, v]);
    }),
  );
}

/**
 * A Counter method CPython defines in Python, given `args` (self first) where it takes self and
 * at most `max` − 1 more: a Python function's refusal of one too many.
 */
function positional(interp: Interpreter, fn: string, args: PyObject[], max: number): void {
  if (args.length > max)
    interp.raise(
      'TypeError',
      `Counter.${fn}() takes ${max === 1 ? '1 positional argument' : `from 1 to ${max} positional arguments`} but ${args.length} were given`,
    );
}

/** Such a method that takes self alone (copy, total): no keyword, no other argument. */
function selfOnly(interp: Interpreter, fn: string, args: PyObject[], kw: Kw): void {
  if (kw && kw.length)
    interp.raise('TypeError', `Counter.${fn}() got an unexpected keyword argument '${kw[0]![0]}'`);
  positional(interp, fn, args, 1);
}

export function registerCounter(interp: Interpreter) {
  const h = interp.heap;
  const type = staticType(interp, 'Counter', h.types.dict, 'collections');
  const self = (args: PyObject[]) => args[0] as PyCounter;
  registerTypeMethods(interp, type, {
    __new__(interp, args, kw) {
      positional(interp, '__init__', [h.None, ...args], 2);
      const c = h.track(new PyCounter(h.allocAddress(), type));
      try {
        updateCounts(interp, c, args[0] ?? null, kw, false);
      } catch (e) {
        h.decref(c);
        throw e;
      }
      return c;
    },
    __missing__: () => h.newInt(0),
    update(interp, args, kw) {
      positional(interp, 'update', args, 2);
      updateCounts(interp, self(args), args[1] ?? null, kw, false);
      return h.none();
    },
    subtract(interp, args, kw) {
      positional(interp, 'subtract', args, 2);
      updateCounts(interp, self(args), args[1] ?? null, kw, true);
      return h.none();
    },
    most_common(interp, args, kw) {
      const nArg = args[1] ?? kw?.find(([name]) => name === 'n')?.[1];
      if (kw?.some(([name]) => name !== 'n'))
        interp.raise(
          'TypeError',
          `Counter.most_common() got an unexpected keyword argument '${kw.find(([name]) => name !== 'n')![0]}'`,
        );
      positional(interp, 'most_common', args, 2);
      let items = byCount(interp, self(args));
      if (nArg && !(nArg instanceof PyNone)) {
        if (!(nArg instanceof PyInt))
          throw new NotSupported(
            `Counter.most_common() with n of type '${nArg.type.name}'`,
            interp.frame?.lineno ?? 0,
          );
        items = items.slice(0, Math.max(0, Number(nArg.value)));
      }
      return pairs(interp, items);
    },
    total(interp, args, kw) {
      selfOnly(interp, 'total', args, kw);
      let sum: PyObject = h.newInt(0);
      for (const e of [...self(args).liveEntries()]) {
        const next = binaryOp(interp, '+', sum, e.value);
        h.decref(sum);
        sum = next;
      }
      return sum;
    },
    copy(interp, args, kw) {
      selfOnly(interp, 'copy', args, kw);
      const c = h.track(new PyCounter(h.allocAddress(), type));
      updateCounts(interp, c, self(args), null, false);
      return c;
    },
    __repr__(interp, args) {
      const c = self(args);
      if (!c.size) return h.newStr(`${c.type.name}()`);
      // dict(self.most_common()), or dict(self) when the counts cannot be ordered.
      let ordered: [PyObject, PyObject][] | null;
      try {
        ordered = byCount(interp, c);
      } catch (e) {
        if (!(e instanceof PyError) || e.exc.type !== interp.exceptions.get('TypeError')) throw e;
        interp.releaseError(e);
        ordered = null;
      }
      const d = h.newDict();
      try {
        for (const [k, v] of ordered ?? [...c.liveEntries()].map((e) => [e.key, e.value])) {
          h.dictSet(d, k, v);
        }
        return h.newStr(`${c.type.name}(${repr(interp, d)})`);
      } finally {
        h.decref(d);
      }
    },
  });
  return type;
}
