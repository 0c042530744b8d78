/**
 * What an object in a snapshot can do, read from the kind the engine gives it (an instance, a
 * class, a list...) rather than guessed from its type's name.
 */
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';
import { globalsFrame } from './paths';

/** An instance of a class (whose attributes Python can set and delete). */
export function isUserInstance(view: ObjectView): boolean {
  return view.kind === 'instance';
}

/** User classes bound to a name in Globals, for the palette: [name, class object id]. */
export function userClasses(snapshot: HeapSnapshot): { name: string; id: number }[] {
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  return (globalsFrame(snapshot)?.names ?? [])
    .filter((n) => {
      const o = byId.get(n.target);
      return o?.kind === 'class' && o.repr === `<class '${n.name}'>`;
    })
    .map((n) => ({ name: n.name, id: n.target }));
}

/**
 * Whether CPython lets weak references point at it: instances of classes, classes, functions,
 * methods, sets and the weakref module's own objects do; lists, dicts, tuples, ints and strs have
 * no `__weakref__` slot (`weakref.ref([])` raises TypeError).
 */
export function supportsWeakrefs(view: ObjectView): boolean {
  if (view.interned) return false;
  return (
    view.kind === 'instance' ||
    view.kind === 'class' ||
    view.kind === 'function' ||
    view.kind === 'method' ||
    view.kind === 'set' ||
    view.kind === 'weakcontainer' ||
    view.kind === 'finalize'
  );
}

export function objectById(snapshot: HeapSnapshot, id: number): ObjectView | undefined {
  return snapshot.objects.find((o) => o.id === id);
}
