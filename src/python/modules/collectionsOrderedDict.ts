/**
 * collections.OrderedDict as Objects/odictobject.c runs it: a dict whose linked list of keys
 * (engine/orderedDict.ts) gives the order of iteration, views (odict_keys, ...), repr
 * (`OrderedDict([('a', 1)])`) and equality with another OrderedDict; move_to_end and
 * popitem(last=) change or use that order. The other methods are dict's.
 */
import { hashKey, PyDictView, PyOrderedDict, type DictPart, type PyObject } from '../../engine';
import type { Kw } from '../builtins';
import type { Interpreter } from '../interpreter';
import { registerTypeMethods, typeMethods } from '../methods';
import { noArguments } from '../argumentChecks';
import { truthy } from '../operators';
import { repr } from '../objectRepr';
import { staticType } from './weakrefObjects';

export function registerOrderedDict(interp: Interpreter) {
  const h = interp.heap;
  const type = staticType(interp, 'OrderedDict', h.types.dict, 'collections');
  type.cName = 'collections.OrderedDict';
  const update = () => typeMethods(interp, h.types.dict).get('update')!;
  const create = () => h.track(new PyOrderedDict(h.allocAddress(), type));
  const fill = (d: PyOrderedDict, args: PyObject[], kw: Kw) => {
    const names = (kw ?? []).map(([name]) => name);
    const values = (kw ?? []).map(([, v]) => v);
    const r = interp.callWith(
      update(),
      [d, ...args, ...values],
      names.length ? names : null,
      interp.frame,
    );
    h.decref(r);
  };
  const inRepr = new Set<PyObject>();
  /** `last`, by position or keyword, as a truth value (default True). */
  const lastFlag = (fn: string, args: PyObject[], kw: Kw, pos: number): boolean => {
    let v: PyObject | undefined = args[pos];
    for (const [name, value] of kw ?? []) {
      if (name !== 'last')
        interp.raise('TypeError', `${fn}() got an unexpected keyword argument '${name}'`);
      if (v)
        interp.raise(
          'TypeError',
          `argument for ${fn}() given by name ('last') and position (${pos})`,
        );
      v = value;
    }
    return v ? truthy(interp, v) : true;
  };
  const view = (d: PyOrderedDict, part: DictPart): PyObject => {
    const v = new PyDictView(h.allocAddress(0x20), h.lazyType(`odict_${part}`), d, part);
    h.incref(d, v, 'mapping');
    return h.track(v);
  };
  registerTypeMethods(interp, type, {
    __new__(interp, args, kw) {
      if (args.length > 1)
        interp.raise('TypeError', `expected at most 1 arguments, got ${args.length}`);
      const d = create();
      try {
        fill(d, args, kw);
      } catch (e) {
        h.decref(d);
        throw e;
      }
      return d;
    },
    __repr__(interp, args) {
      const d = args[0] as PyOrderedDict;
      if (!d.size) return h.newStr(`${d.type.name}()`);
      if (inRepr.has(d)) return h.newStr('...');
      inRepr.add(d);
      // odict_repr: the repr of a list of (key, value) pairs.
      const pairs = d.order.keys().map((k) => {
        const v = h.dictGet(d, k)!;
        h.incref(k);
        h.incref(v);
        return h.newTuple([k, v]);
      });
      const list = h.newList(pairs);
      try {
        return h.newStr(`${d.type.name}(${repr(interp, list)})`);
      } finally {
        h.decref(list);
        inRepr.delete(d);
      }
    },
    move_to_end(interp, args, kw) {
      if (args.length + (kw?.length ?? 0) > 3)
        interp.raise(
          'TypeError',
          `move_to_end() takes at most 2 arguments (${args.length - 1 + (kw?.length ?? 0)} given)`,
        );
      const d = args[0] as PyOrderedDict;
      const key =
        args[1] ??
        interp.raise('TypeError', "move_to_end() missing required argument 'key' (pos 1)");
      const last = lastFlag('move_to_end', args, kw, 2);
      const stored = interp.hashGuard(() => h.dictGet(d, key));
      if (stored === undefined)
        return interp.raiseObject(
          interp.callWith(interp.exceptions.get('KeyError')!, [key], null, interp.frame),
        );
      const entry = d.entries[d.index.get(hashKey(key))!]!;
      d.order.moveToEnd(entry.key, last);
      d.state++;
      return h.none();
    },
    popitem(interp, args, kw) {
      if (args.length + (kw?.length ?? 0) > 2)
        interp.raise(
          'TypeError',
          `popitem() takes at most 1 argument (${args.length - 1 + (kw?.length ?? 0)} given)`,
        );
      const d = args[0] as PyOrderedDict;
      const last = lastFlag('popitem', args, kw, 1);
      if (!d.size) {
        const msg = h.newStr('dictionary is empty');
        const exc = interp.callWith(interp.exceptions.get('KeyError')!, [msg], null, interp.frame);
        h.decref(msg);
        return interp.raiseObject(exc);
      }
      const key = (last ? d.order.last : d.order.first)!.key;
      const value = h.dictGet(d, key)!;
      h.incref(key);
      h.incref(value);
      h.dictDelete(d, key);
      return h.newTuple([key, value]);
    },
    clear(interp, args, kw) {
      noArguments(interp, 'OrderedDict.clear', args, kw);
      const clear = typeMethods(interp, h.types.dict).get('clear')!;
      return interp.callWith(clear, [args[0]!], null, interp.frame);
    },
    keys(interp, args, kw) {
      noArguments(interp, 'OrderedDict.keys', args, kw);
      return view(args[0] as PyOrderedDict, 'keys');
    },
    values(interp, args, kw) {
      noArguments(interp, 'OrderedDict.values', args, kw);
      return view(args[0] as PyOrderedDict, 'values');
    },
    items(interp, args, kw) {
      noArguments(interp, 'OrderedDict.items', args, kw);
      return view(args[0] as PyOrderedDict, 'items');
    },
    copy(interp, args, kw) {
      noArguments(interp, 'OrderedDict.copy', args, kw);
      const c = create();
      fill(c, [args[0]!], null);
      return c;
    },
    __copy__(interp, args, kw) {
      noArguments(interp, 'OrderedDict.__copy__', args, kw);
      const c = create();
      fill(c, [args[0]!], null);
      return c;
    },
  });
  return type;
}
