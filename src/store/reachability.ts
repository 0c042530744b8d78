/**
 * Which objects no name reaches, computed from a snapshot alone. Roots are the names and value
 * stack slots of every frame, and also every object with a reference the snapshot does not draw
 * (a class's methods are held by its dict, which is not drawn; a module's globals by the hidden
 * module): something outside the picture holds those, so they may well be reachable. What remains
 * is garbage only the cycle collector can find: objects kept alive by each other, like two lists
 * that hold each other after `del a, b`. Interned objects are never counted as unreachable.
 */
import type { HeapSnapshot } from '../engine/snapshot';

export function unreachableIds(snapshot: HeapSnapshot): Set<number> {
  const drawnHolders = new Map<number, number>();
  const count = (id: number) => drawnHolders.set(id, (drawnHolders.get(id) ?? 0) + 1);
  const roots: number[] = [];
  for (const f of snapshot.frames) {
    for (const n of f.names) {
      roots.push(n.target);
      count(n.target);
    }
    for (const s of f.stack) {
      roots.push(s);
      count(s);
    }
  }
  for (const o of snapshot.objects) for (const r of o.refs) count(r.target);
  for (const o of snapshot.objects) {
    if ((drawnHolders.get(o.id) ?? 0) < o.refcount) roots.push(o.id);
  }

  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  const reached = new Set<number>();
  while (roots.length > 0) {
    const id = roots.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const r of byId.get(id)?.refs ?? []) if (!reached.has(r.target)) roots.push(r.target);
  }
  return new Set(
    snapshot.objects.filter((o) => !o.interned && !reached.has(o.id)).map((o) => o.id),
  );
}
