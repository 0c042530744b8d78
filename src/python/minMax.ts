/**
 * min() and max() as CPython 3.11's min_max (bltinmodule.c): METH_VARARGS, so their positional
 * arguments are in a tuple while they run; one argument is iterated, several are the candidates.
 * The key function is called once per item, in order; the best item and its key are held until a
 * strictly better one comes (`<` for min, `>` for max: the first of equal items wins).
 */
import type { PyObject } from '../engine';
import type { BuiltinImpl, Kw } from './builtins';
import type { Interpreter } from './interpreter';
import { getIter, iterNext } from './iteration';
import { orderCompare } from './operators';

function minMax(interp: Interpreter, args: PyObject[], kw: Kw, name: 'min' | 'max'): PyObject {
  const h = interp.heap;
  if (args.length === 0) interp.raise('TypeError', `${name} expected at least 1 argument, got 0`);
  for (const [n] of kw ?? []) {
    if (n !== 'key' && n !== 'default')
      interp.raise('TypeError', `'${n}' is an invalid keyword argument for ${name}()`);
  }
  const keyArg = kw?.find(([n]) => n === 'key')?.[1];
  const keyfunc = keyArg && keyArg !== h.None ? keyArg : null;
  const defaultValue = kw?.find(([n]) => n === 'default')?.[1] ?? null;
  const positional = args.length > 1;
  if (positional && defaultValue)
    interp.raise(
      'TypeError',
      `Cannot specify a default for ${name}() with multiple positional arguments`,
    );
  // Several arguments: the tuple holding them is iterated (its iterator yields new references).
  const it = positional ? null : getIter(interp, args[0]!);
  let index = 0;
  const next = (): PyObject | null => {
    if (it) return iterNext(interp, it);
    const v = args[index++];
    if (!v) return null;
    h.incref(v);
    return v;
  };
  const op = name === 'min' ? '<' : '>';
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  try {
    for (let item = next(); item; item = next()) {
      let val: PyObject;
      try {
        if (keyfunc) val = interp.callWith(keyfunc, [item], null, interp.frame);
        else {
          h.incref(item);
          val = item;
        }
      } catch (e) {
        h.decref(item);
        throw e;
      }
      if (bestKey === null) {
        best = item;
        bestKey = val;
        continue;
      }
      let better: boolean;
      try {
        better = orderCompare(interp, op, val, bestKey);
      } catch (e) {
        h.decref(item);
        h.decref(val);
        throw e;
      }
      if (better) {
        h.decref(bestKey);
        h.decref(best!);
        bestKey = val;
        best = item;
      } else {
        h.decref(item);
        h.decref(val);
      }
    }
  } catch (e) {
    if (bestKey) h.decref(bestKey);
    if (best) h.decref(best);
    if (it) h.decref(it);
    throw e;
  }
  if (bestKey === null) {
    if (it) h.decref(it);
    if (defaultValue) {
      h.incref(defaultValue);
      return defaultValue;
    }
    return interp.raise('ValueError', `${name}() arg is an empty sequence`);
  }
  h.decref(bestKey);
  if (it) h.decref(it);
  return best!;
}

export const MIN_MAX: BuiltinImpl[] = [
  { name: 'min', packsArgs: true, call: (interp, args, kw) => minMax(interp, args, kw, 'min') },
  { name: 'max', packsArgs: true, call: (interp, args, kw) => minMax(interp, args, kw, 'max') },
];
