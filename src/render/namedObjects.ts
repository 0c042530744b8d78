/** What the layout and the group cards both ask of a heap: the objects its frames refer to. */
import type { HeapSnapshot } from '../engine/snapshot';

/** The objects a frame refers to: by a name, or on its value stack. */
export function namedObjects(snapshot: HeapSnapshot): Set<number> {
  const named = new Set<number>();
  for (const frame of snapshot.frames) {
    for (const n of frame.names) named.add(n.target);
    for (const t of frame.stack) named.add(t);
  }
  return named;
}
