/**
 * Why an object is alive: the shortest strong paths to it from the roots (reachability.ts says
 * which objects no name reaches).
 *
 * The paths that explain why an object is alive are found in the snapshot: they start at the
 * names and value stack slots of every frame, and also at every object with a strong reference
 * the snapshot does not draw (a module's globals are held by the hidden module, a class by its
 * instances' types, an item past a big list's first ones by the list): something outside the
 * picture holds those. Only strong references are followed: a weak reference (a `weakref.ref`,
 * a WeakValueDictionary row) keeps nothing alive. Every object the engine calls reachable has such
 * a path: walk back its real path from a root; the first reference not drawn ends at an object
 * with more references than drawn ones, a root here.
 */
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';
import { unreachableIds } from './reachability';
import type { Referrer } from './referrers';

/**
 * Where a strong path to an object starts: a name or a stack slot of a frame (as the inspector's
 * referrers name them), or something the picture leaves out (the interpreter, a hidden module).
 */
export type Root =
  Extract<Referrer, { kind: 'name' | 'stack' }> | { readonly kind: 'hidden'; readonly id: number };

/** One step of a path: the holder's slot that refers to the next object. */
export interface PathStep {
  readonly holderId: number;
  readonly slot: string;
  readonly target: number;
}

export interface AlivePath {
  readonly root: Root;
  /** The object the root refers to first (for a hidden root, the object itself). */
  readonly start: number;
  readonly steps: readonly PathStep[];
}

interface RootEntry {
  readonly root: Root;
  readonly target: number;
}

/** Every root of the snapshot, names first, in frame order. */
export function rootsOf(snapshot: HeapSnapshot): RootEntry[] {
  const strongHolders = new Map<number, number>();
  const count = (id: number) => strongHolders.set(id, (strongHolders.get(id) ?? 0) + 1);
  const roots: RootEntry[] = [];
  for (const f of snapshot.frames) {
    for (const n of f.names) {
      roots.push({
        root: { kind: 'name', frameId: f.id, frame: f.title, name: n.name },
        target: n.target,
      });
      count(n.target);
    }
    f.stack.forEach((s, index) => {
      roots.push({ root: { kind: 'stack', frameId: f.id, frame: f.title, index }, target: s });
      count(s);
    });
  }
  for (const o of snapshot.objects) for (const r of o.refs) if (!r.weak) count(r.target);
  for (const o of snapshot.objects) {
    if ((strongHolders.get(o.id) ?? 0) < o.refcount) {
      roots.push({ root: { kind: 'hidden', id: o.id }, target: o.id });
    }
  }
  return roots;
}

/**
 * "Why is it alive?": the shortest strong paths from the roots to `id`, at most `limit` of them
 * and at most one per root, names before temporaries before hidden holders. Weak edges are never
 * used. Empty when nothing reaches it (then only a reference cycle keeps it alive).
 */
export function whyAlive(snapshot: HeapSnapshot, id: number, limit = 3): AlivePath[] {
  if (unreachableIds(snapshot).has(id)) return [];
  const byId = new Map<number, ObjectView>(snapshot.objects.map((o) => [o.id, o]));
  const roots = rootsOf(snapshot);
  // Names and temporaries first; a hidden holder ("something not drawn") only if they are not enough.
  const ordered = [
    ...roots.filter((r) => r.root.kind !== 'hidden'),
    ...roots.filter((r) => r.root.kind === 'hidden'),
  ];
  const found: AlivePath[] = [];
  for (const { root, target } of ordered) {
    if (found.length >= limit) break;
    const steps = shortestPath(byId, target, id);
    if (steps) found.push({ root, start: target, steps });
  }
  return found;
}

/** Breadth-first over strong references; null if `to` can't be reached from `from`. */
function shortestPath(
  byId: ReadonlyMap<number, ObjectView>,
  from: number,
  to: number,
): PathStep[] | null {
  if (from === to) return [];
  const via = new Map<number, PathStep>();
  const queue = [from];
  const seen = new Set([from]);
  for (let i = 0; i < queue.length; i++) {
    const holder = byId.get(queue[i]!);
    if (!holder) continue;
    for (const r of holder.refs) {
      if (r.weak || seen.has(r.target)) continue;
      seen.add(r.target);
      via.set(r.target, { holderId: holder.id, slot: r.slot, target: r.target });
      if (r.target === to) {
        const steps: PathStep[] = [];
        for (let at = to; at !== from;) {
          const step = via.get(at)!;
          steps.unshift(step);
          at = step.holderId;
        }
        return steps;
      }
      queue.push(r.target);
    }
  }
  return null;
}
