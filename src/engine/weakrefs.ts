/**
 * Weak reference lists, as Objects/weakrefobject.c keeps them. Each referent has one list: the
 * basic `ref` without callback first, then the basic `proxy`, then refs with callbacks, newest
 * first. Weak references never change the referent's refcount.
 */
import type { PyObject, PyWeakref } from './objects';

/** The shared basic ref / proxy (no callback, plain type), if the referent has them. */
export function basicRefs(o: PyObject): { ref: PyWeakref | null; proxy: PyWeakref | null } {
  const list = o.weakrefs ?? [];
  let i = 0;
  let ref: PyWeakref | null = null;
  let proxy: PyWeakref | null = null;
  if (list[i] && list[i]!.kind === 'ref' && !list[i]!.callback) ref = list[i++]!;
  if (list[i] && list[i]!.kind === 'proxy' && !list[i]!.callback) proxy = list[i]!;
  return { ref, proxy };
}

/** Links a new weak reference into its referent's list at CPython's position. */
export function linkWeakref(o: PyObject, wr: PyWeakref): void {
  const list = (o.weakrefs ??= []);
  const { ref, proxy } = basicRefs(o);
  let prev: PyWeakref | null;
  if (wr.kind === 'ref' && !wr.callback) prev = null;
  else if (wr.kind === 'proxy' && !wr.callback) prev = ref;
  else prev = proxy ?? ref;
  list.splice(prev ? list.indexOf(prev) + 1 : 0, 0, wr);
}

/** _PyWeakref_ClearRef: the weakref no longer points at anything; its callback is kept. */
export function clearRef(wr: PyWeakref): void {
  const o = wr.referent;
  if (!o) return;
  wr.referent = null;
  const list = o.weakrefs;
  if (!list) return;
  const i = list.indexOf(wr);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) o.weakrefs = null;
}
