/** Closures of the unpacking targets: `a, b = v` (UNPACK_SEQUENCE) and `a, *b = v` (UNPACK_EX). */
import { PyList, PyObject, PyTuple, STACK } from '../../engine';
import type { Interpreter } from '../interpreter';
import { collect, forUnpacking } from '../iteration';
import { libraryOf } from '../library';
import { dropStackTo } from '../frame';
import type { Unpack, UnpackEx } from '../ir/assignment';
import type { Builders, StoreFn } from './backend';

export const UNPACK_STORES: Builders<Unpack | UnpackEx, StoreFn> = {
  unpack: (n, b) => {
    const targets = n.targets.map((t) => b.store(t));
    const interp = b.interp;
    const h = b.heap;
    return (f, v) => {
      // UNPACK_SEQUENCE: the items are pushed (new references), then the sequence is released.
      let items: PyObject[];
      try {
        if (v instanceof PyTuple || v instanceof PyList) {
          const n = v.items.length;
          if (n !== targets.length) unpackError(interp, targets.length, n);
          items = v.items.slice();
          for (let i = items.length - 1; i >= 0; i--) h.incref(items[i]!, STACK);
        } else {
          items = forUnpacking(interp, v, () => collect(interp, v));
          if (items.length !== targets.length) {
            for (const i of items) h.decref(i);
            unpackError(interp, targets.length, items.length);
          }
        }
      } finally {
        h.decref(v, STACK);
      }
      const base = f.stack.length;
      for (let i = items.length - 1; i >= 0; i--) f.stack.push(items[i]!);
      for (const t of targets) t(f, f.stack.pop()!);
      dropStackTo(f.stack, base);
    };
  },
  unpackEx: ({ before, after, targets: nodes }, b) => {
    const targets = nodes.map((t) => b.store(t));
    const interp = b.interp;
    const h = b.heap;
    // The unpacking itself is the library's (starredUnpack.ts): only a starred target needs it.
    const unpackStarred = libraryOf(interp).unpackStarred;
    return (f, v) => {
      let items: PyObject[];
      try {
        items = unpackStarred(interp, v, before, after);
      } finally {
        h.decref(v, STACK);
      }
      const base = f.stack.length;
      for (let i = items.length - 1; i >= 0; i--) f.stack.push(items[i]!);
      for (const t of targets) t(f, f.stack.pop()!);
      dropStackTo(f.stack, base);
    };
  },
};

function unpackError(interp: Interpreter, expected: number, got: number): never {
  if (got < expected)
    interp.raise('ValueError', `not enough values to unpack (expected ${expected}, got ${got})`);
  return interp.raise('ValueError', `too many values to unpack (expected ${expected})`);
}
