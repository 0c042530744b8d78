/** Shared checks: can Python name this object, and if not, a sentence that says why not. */
import type { HeapSnapshot } from '../engine/snapshot';
import { unreachableIds } from '../store/reachability';
import { OK, no, type Applicability } from './types';
import { describeObject, expressionFor, pythonPaths } from './paths';
import { objectById } from './objectKinds';

/** A selection of the wrong kind: the action has nothing to say about it. */
export const IRRELEVANT: Applicability = { ok: false, reason: '' };

export function canName(snapshot: HeapSnapshot, id: number): Applicability {
  if (expressionFor(snapshot, id) !== null) return OK;
  return no(unreachableReason(snapshot, id));
}

/** Why Python can't refer to `id`: it is garbage only the collector finds, or hidden from view. */
export function unreachableReason(snapshot: HeapSnapshot, id: number): string {
  const view = objectById(snapshot, id);
  if (!view) return 'That object no longer exists.';
  const what = describeObject(view);
  if (unreachableIds(snapshot).has(id)) {
    return `No name reaches ${what}: no Python statement can refer to it any more, so there is nothing to do with it from here. Only the cycle collector can find it.`;
  }
  return `No name in Globals reaches ${what} through the references drawn here, so there is no Python expression for it.`;
}

/** The expression for an object already checked with `canName`. */
export function expr(snapshot: HeapSnapshot, id: number): string {
  const e = expressionFor(snapshot, id, pythonPaths(snapshot));
  if (e === null) throw new Error(`no Python expression reaches object ${id}`);
  return e;
}

/**
 * Objects that get an "add reference" handle: lists, dicts and instances of classes that Python
 * can name. Computed once per snapshot (one path search), not once per card.
 */
export function canHoldIds(snapshot: HeapSnapshot): Set<number> {
  const paths = pythonPaths(snapshot);
  const holds = new Set(['list', 'dict', 'instance']);
  return new Set(
    snapshot.objects.filter((o) => paths.has(o.id) && holds.has(o.kind)).map((o) => o.id),
  );
}
