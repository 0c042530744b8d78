/**
 * Every user action, and the groups one gesture chooses from: the "add reference" gesture (drag,
 * or R) means `b = a` on a name, `a.append(b)` on a list, `d['k'] = b` on a dict and
 * `n1.next = n2` on an instance; Delete means `del b`, `del a[1]` or `del n1.next`.
 */
import type { HeapSnapshot } from '../engine/snapshot';
import type { Selection } from '../store/selection';
import { appendItem } from './appendItem';
import { bindName } from './bindName';
import { collect } from './collect';
import { createDict } from './createDict';
import { createFinalized } from './createFinalized';
import { createInstance } from './createInstance';
import { createList } from './createList';
import { createNode } from './createNode';
import { deleteAttribute } from './deleteAttribute';
import { deleteItem } from './deleteItem';
import { deleteName } from './deleteName';
import { makeWeakref } from './makeWeakref';
import { putInWeakValueDict } from './putInWeakValueDict';
import { setAttribute } from './setAttribute';
import { setItem } from './setItem';
import type { Action, Applicability } from './types';

export type { Action, ActionInput, ActionPrompt, Applicability } from './types';

/** The palette, in the order it shows. */
export const PALETTE: readonly Action[] = [createList, createDict, createNode, createFinalized];

/** Gestures that point a name or a slot at an object the person then picks. */
export const REFERENCE_ACTIONS: readonly Action[] = [bindName, appendItem, setItem, setAttribute];

export const DELETE_ACTIONS: readonly Action[] = [deleteName, deleteItem, deleteAttribute];

/** The context menu's weak-reference actions (W, V). */
export const WEAK_ACTIONS: readonly Action[] = [makeWeakref, putInWeakValueDict];

export { collect };

export const ACTIONS: readonly Action[] = [
  ...PALETTE,
  createInstance,
  ...REFERENCE_ACTIONS,
  ...DELETE_ACTIONS,
  ...WEAK_ACTIONS,
  collect,
];

export type Resolved =
  | { readonly ok: true; readonly action: Action }
  /** `reason` is empty when no action of the group has anything to do with the selection. */
  | { readonly ok: false; readonly reason: string };

/** The first action of `group` that applies to the selection, or the most relevant reason why none does. */
export function resolve(
  group: readonly Action[],
  selection: Selection | null,
  snapshot: HeapSnapshot,
): Resolved {
  let reason = '';
  for (const action of group) {
    const a: Applicability = action.appliesTo(selection, snapshot);
    if (a.ok) return { ok: true, action };
    if (!reason && a.reason) reason = a.reason;
  }
  return { ok: false, reason };
}
