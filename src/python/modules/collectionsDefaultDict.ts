/**
 * collections.defaultdict: a dict whose `d[key]` of a missing key calls `__missing__`, which
 * calls default_factory() and stores its result (KeyError(key) without a factory). Its repr is
 * `defaultdict(<class 'list'>, {...})`; copy() keeps the factory. The dict methods are dict's.
 */
import { PyDefaultDict, type PyObject, type PyType } from '../../engine';
import type { Kw } from '../builtins';
import type { Interpreter } from '../interpreter';
import { registerTypeMethods, typeMethods } from '../methods';
import { noArguments } from '../argumentChecks';
import { isCallable } from '../predicateBuiltins';
import { plainDictRepr, repr } from '../objectRepr';
import { staticType } from './weakrefObjects';

export function registerDefaultDict(interp: Interpreter): PyType {
  const h = interp.heap;
  const type = staticType(interp, 'defaultdict', h.types.dict, 'collections');
  type.cName = 'collections.defaultdict';
  const dictMethod = (name: string) => typeMethods(interp, h.types.dict).get(name)!;
  /** A new, empty defaultdict (tracked at once, as every dict subclass's instance). */
  const create = (factory: PyObject | null): PyDefaultDict => {
    const d = h.track(new PyDefaultDict(h.allocAddress(), type));
    if (factory && factory !== h.None) {
      h.incref(factory, d, 'default_factory');
      d.factory = factory;
    }
    return d;
  };
  /** Factories being printed: a factory whose repr reaches itself prints `...`. */
  const inRepr = new Set<PyObject>();
  registerTypeMethods(
    interp,
    type,
    {
      __new__(interp, args: PyObject[], kw: Kw) {
        const factory = args[0] ?? null;
        if (factory && factory !== h.None && !isCallable(interp, factory))
          interp.raise('TypeError', 'first argument must be callable or None');
        if (args.length > 2)
          interp.raise('TypeError', `dict expected at most 1 argument, got ${args.length - 1}`);
        const d = create(factory);
        try {
          const names = (kw ?? []).map(([name]) => name);
          const values = (kw ?? []).map(([, v]) => v);
          const r = interp.callWith(
            dictMethod('update'),
            [d, ...args.slice(1), ...values],
            names.length ? names : null,
            interp.frame,
          );
          h.decref(r);
        } catch (e) {
          h.decref(d);
          throw e;
        }
        return d;
      },
      __missing__(interp, args) {
        if (args.length !== 2)
          interp.raise(
            'TypeError',
            `defaultdict.__missing__() takes exactly one argument (${args.length - 1} given)`,
          );
        const d = args[0] as PyDefaultDict;
        const key = args[1]!;
        if (!d.factory || d.factory === h.None) {
          h.incref(key);
          const exc = interp.callWith(
            interp.exceptions.get('KeyError')!,
            [key],
            null,
            interp.frame,
          );
          h.decref(key);
          return interp.raiseObject(exc);
        }
        const value = interp.callWith(d.factory, [], null, interp.frame);
        try {
          interp.hashGuard(() => h.dictSet(d, key, value));
        } catch (e) {
          h.decref(value);
          throw e;
        }
        return value;
      },
      __repr__(interp, args) {
        const d = args[0] as PyDefaultDict;
        let factory = 'None';
        if (d.factory) {
          if (inRepr.has(d.factory)) factory = '...';
          else {
            inRepr.add(d.factory);
            try {
              factory = repr(interp, d.factory);
            } finally {
              inRepr.delete(d.factory);
            }
          }
        }
        return h.newStr(`${d.type.name}(${factory}, ${plainDictRepr(interp, d)})`);
      },
      copy(interp, args, kw) {
        noArguments(interp, 'defaultdict.copy', args, kw);
        return copyOf(interp, args[0] as PyDefaultDict);
      },
      __copy__(interp, args, kw) {
        noArguments(interp, 'defaultdict.__copy__', args, kw);
        return copyOf(interp, args[0] as PyDefaultDict);
      },
      default_factory(_interp, args) {
        const f = (args[0] as PyDefaultDict).factory ?? h.None;
        h.incref(f);
        return f;
      },
    },
    ['default_factory'],
    {},
    {
      default_factory(_interp, self, value) {
        const d = self as PyDefaultDict;
        const old = d.factory;
        h.incref(value, d, 'default_factory');
        d.factory = value;
        if (old) h.decref(old, d, 'default_factory');
      },
    },
  );
  /** defdict_copy: type(d)(d.default_factory, d). */
  const copyOf = (interp: Interpreter, d: PyDefaultDict): PyObject => {
    const c = create(d.factory);
    const r = interp.callWith(dictMethod('update'), [c, d], null, interp.frame);
    h.decref(r);
    return c;
  };
  return type;
}
