/**
 * What an object in a snapshot can do, read from its type name. The snapshot carries only the
 * type's name, so an instance of a user class is recognised by its class being a drawn `type`
 * object (`<class 'Node'>`), which built-in types never are.
 */
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';

export function isUserInstance(view: ObjectView, snapshot: HeapSnapshot): boolean {
  const repr = `<class '${view.type}'>`;
  return snapshot.objects.some((o) => o.type === 'type' && o.repr === repr);
}

/** User classes bound to a name in Globals, for the palette: [name, class object id]. */
export function userClasses(snapshot: HeapSnapshot): { name: string; id: number }[] {
  const globals = snapshot.frames.find((f) => f.title === 'Globals');
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  return (globals?.names ?? [])
    .filter((n) => {
      const o = byId.get(n.target);
      return o?.type === 'type' && o.repr === `<class '${n.name}'>`;
    })
    .map((n) => ({ name: n.name, id: n.target }));
}

export function objectById(snapshot: HeapSnapshot, id: number): ObjectView | undefined {
  return snapshot.objects.find((o) => o.id === id);
}
