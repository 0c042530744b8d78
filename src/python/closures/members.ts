/** Closures that read, store and delete an attribute or an item, and build a slice. */
import { PyObject, STACK } from '../../engine';
import { dropThree, dropTwo, type Ev } from '../frame';
import { deleteItem, getItem, setItem } from '../subscript';
import type {
  BuildSlice,
  DelAttr,
  DelItem,
  LoadAttr,
  LoadItem,
  StoreAttr,
  StoreItem,
} from '../ir/assignment';
import type { Builders, DelFn, StoreFn } from './backend';

export const MEMBER_LOADS: Builders<LoadAttr | LoadItem | BuildSlice, Ev> = {
  loadAttr: ({ obj: objNode, name }, b) => {
    const obj = b.expr(objNode);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const v = interp.getAttr(o, name);
      f.stack.pop();
      h.decref(o, STACK);
      return v;
    };
  },
  loadItem: ({ obj: objNode, index: indexNode }, b) => {
    const obj = b.expr(objNode);
    const index = b.expr(indexNode);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const k = index(f);
      f.stack.push(k);
      const v = getItem(interp, o, k);
      dropTwo(h, f, o, k);
      return v;
    };
  },
  slice: (n, b) => {
    const evs = [n.start, n.stop, n.step].map((x) => (x ? b.expr(x) : null));
    const h = b.heap;
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e ? e(f) : h.none());
      const s = h.newSlice(f.stack.splice(base) as PyObject[]);
      return s;
    };
  },
};

export const MEMBER_STORES: Builders<StoreAttr | StoreItem, StoreFn> = {
  storeAttr: ({ obj: objNode, name }, b) => {
    const obj = b.expr(objNode);
    const interp = b.interp;
    const h = b.heap;
    return (f, v) => {
      f.stack.push(v);
      const o = obj(f);
      f.stack.push(o);
      interp.setAttr(o, name, v);
      dropTwo(h, f, v, o);
    };
  },
  storeItem: ({ obj: objNode, index: indexNode }, b) => {
    const obj = b.expr(objNode);
    const index = b.expr(indexNode);
    const interp = b.interp;
    const h = b.heap;
    return (f, v) => {
      f.stack.push(v);
      const o = obj(f);
      f.stack.push(o);
      const k = index(f);
      f.stack.push(k);
      setItem(interp, o, k, v);
      dropThree(h, f, v, o, k);
    };
  },
};

export const MEMBER_DELS: Builders<DelAttr | DelItem, DelFn> = {
  delAttr: ({ obj: objNode, name }, b) => {
    const obj = b.expr(objNode);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      interp.delAttr(o, name);
      f.stack.pop();
      h.decref(o, STACK);
    };
  },
  delItem: ({ obj: objNode, index: indexNode }, b) => {
    const obj = b.expr(objNode);
    const index = b.expr(indexNode);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const k = index(f);
      f.stack.push(k);
      deleteItem(interp, o, k);
      dropTwo(h, f, o, k);
    };
  },
};
