/**
 * Who holds a reference to an object, computed from a snapshot alone: the names in frames, the
 * temporaries on their value stacks, and the slots of other drawn objects. References the view
 * does not draw (the interpreter's own, hidden modules) are not listed, so the list may be
 * shorter than the refcount; the inspector says so.
 */
import type { HeapSnapshot } from '../engine/snapshot';

export type Referrer =
  | {
      readonly kind: 'name';
      readonly frameId: number;
      readonly frame: string;
      readonly name: string;
    }
  | {
      readonly kind: 'stack';
      readonly frameId: number;
      readonly frame: string;
      readonly index: number;
    }
  | {
      readonly kind: 'slot';
      readonly holderId: number;
      readonly holderType: string;
      readonly holderRepr: string;
      readonly slot: string;
      /** A weak reference: not counted in the refcount, keeps nothing alive. */
      readonly weak: boolean;
    };

export function referrersOf(snapshot: HeapSnapshot, id: number): Referrer[] {
  const found: Referrer[] = [];
  for (const f of snapshot.frames) {
    for (const n of f.names) {
      if (n.target === id)
        found.push({ kind: 'name', frameId: f.id, frame: f.title, name: n.name });
    }
    f.stack.forEach((target, index) => {
      if (target === id) found.push({ kind: 'stack', frameId: f.id, frame: f.title, index });
    });
  }
  for (const o of snapshot.objects) {
    for (const r of o.refs) {
      if (r.target !== id) continue;
      found.push({
        kind: 'slot',
        holderId: o.id,
        holderType: o.type,
        holderRepr: o.repr,
        slot: r.slot,
        weak: r.weak === true,
      });
    }
  }
  return found;
}
