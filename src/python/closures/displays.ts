/** Closures of list, tuple, dict and set displays (ir/displays.ts). */
import { PyObject, STACK } from '../../engine';
import { dropStackTo, type Ev } from '../frame';
import { lateCore } from '../lateCore';
import type { MapPiece, SeqPiece } from '../unpacking';
import { setAdd } from '../methods';
import type {
  ConstList,
  ConstSet,
  DictDisplay,
  ListDisplay,
  MapItem,
  MergedDict,
  SeqItem,
  SetDisplay,
  StarredDisplay,
  TupleDisplay,
} from '../ir/displays';
import type { Builders, ClosureBackend } from './backend';

type Display =
  | ListDisplay
  | ConstList
  | TupleDisplay
  | StarredDisplay
  | DictDisplay
  | MergedDict
  | SetDisplay
  | ConstSet;

export const DISPLAY_EXPRS: Builders<Display, Ev> = {
  list: ({ items, allocated }, b) => {
    const evs = items.map((x) => b.expr(x));
    const h = b.heap;
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e(f));
      // BUILD_LIST steals the items from the stack.
      const list = h.newList(f.stack.splice(base) as PyObject[], allocated);
      return list;
    };
  },
  constList: ({ tuple, allocated }, b) => {
    const h = b.heap;
    return () => {
      for (const v of tuple.items) h.incref(v, STACK);
      return h.newList(tuple.items.slice(), allocated);
    };
  },
  tuple: ({ items }, b) => {
    const evs = items.map((x) => b.expr(x));
    const h = b.heap;
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e(f));
      const t = h.newTuple(f.stack.splice(base) as PyObject[]);
      return t;
    };
  },
  starred: ({ into, items }, b) => {
    const pieces = seqPieces(b, items);
    const interp = b.interp;
    if (into === 'set') return (f) => lateCore(interp).unpacking.buildStarredSet(interp, f, pieces);
    if (into === 'tuple')
      return (f) => {
        const late = lateCore(interp).unpacking;
        return late.listToTuple(interp, late.buildStarredList(interp, f, pieces));
      };
    return (f) => lateCore(interp).unpacking.buildStarredList(interp, f, pieces);
  },
  dict: ({ items }, b) => {
    const evs = items.map((x) => b.expr(x));
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e(f));
      // BUILD_MAP: insert key/value pairs in order, then release the stack's references.
      const d = h.newDict();
      try {
        for (let i = base; i < f.stack.length; i += 2) {
          interp.hashGuard(() => h.dictSet(d, f.stack[i]!, f.stack[i + 1]!));
        }
      } catch (e) {
        h.decref(d);
        throw e;
      }
      const held = f.stack.slice(base) as PyObject[];
      dropStackTo(f.stack, base);
      for (const o of held) h.decref(o, STACK);
      return d;
    };
  },
  mergedDict: ({ items }, b) => {
    const pieces = mapPieces(b, items);
    const interp = b.interp;
    return (f) => lateCore(interp).unpacking.buildMergedDict(interp, f, pieces, null);
  },
  set: ({ items }, b) => {
    const evs = items.map((x) => b.expr(x));
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e(f));
      const s = h.newSet();
      try {
        for (let i = base; i < f.stack.length; i++) setAdd(interp, s, f.stack[i]!);
      } catch (e) {
        h.decref(s);
        throw e;
      }
      for (const o of f.stack.splice(base) as PyObject[]) h.decref(o, STACK);
      return s;
    };
  },
  constSet: ({ frozen }, b) => {
    const h = b.heap;
    return () => h.newSetFromFrozen(frozen);
  },
};

/** The closure form of display items (or positional arguments) that unpacking.ts runs. */
function seqPieces(b: ClosureBackend, items: readonly SeqItem[]): SeqPiece[] {
  return items.map((p) => ({ star: p.star, ev: b.expr(p.value) }));
}

/** The closure form of dict entries (or keyword arguments) that unpacking.ts runs. */
export function mapPieces(b: ClosureBackend, items: readonly MapItem[]): MapPiece[] {
  const h = b.heap;
  return items.map((p): MapPiece => {
    switch (p.k) {
      case 'spread':
        return { kind: 'spread', ev: b.expr(p.value) };
      case 'pair':
        return { kind: 'pair', key: b.expr(p.key), value: b.expr(p.value) };
      case 'keyword': {
        const name = p.name;
        return { kind: 'pair', key: () => h.newStr(name, true), value: b.expr(p.value) };
      }
    }
  });
}
