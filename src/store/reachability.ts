/**
 * Which objects no name reaches. Whether a name reaches an object is the engine's answer
 * (`ObjectView.unreachable`, computed over the whole heap): a snapshot lists only part of the heap
 * and of each big container, so the references it draws can't decide it. Objects no name reaches
 * are garbage only the cycle collector can find: objects kept alive by each other, like two lists
 * that hold each other after `del a, b`. Interned objects never are.
 *
 * Why an object is alive (the paths to it from the roots) is whyAlive.ts: only the inspector's
 * details ask, and they load apart.
 */
import type { HeapSnapshot } from '../engine/snapshot';

/** The objects of the snapshot no name reaches (as the engine found over the whole heap). */
export function unreachableIds(snapshot: HeapSnapshot): Set<number> {
  return new Set(snapshot.objects.filter((o) => o.unreachable && !o.interned).map((o) => o.id));
}
