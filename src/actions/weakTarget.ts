/** Shared by the weak-reference actions: which object they apply to, and whether it can be weakly referenced. */
import type { HeapSnapshot } from '../engine/snapshot';
import type { Selection } from '../store/selection';
import { objectById, supportsWeakrefs } from './objectKinds';
import { canName, IRRELEVANT } from './reach';
import { no, type Applicability } from './types';

/** The object a weak-reference action works on: the selected object, or what a name refers to. */
export function weakTarget(selection: Selection | null): number | null {
  if (selection?.kind === 'object') return selection.id;
  if (selection?.kind === 'name') return selection.target;
  return null;
}

export function canWeaklyRefer(selection: Selection | null, snapshot: HeapSnapshot): Applicability {
  const id = weakTarget(selection);
  if (id === null) return IRRELEVANT;
  const view = objectById(snapshot, id);
  if (!view) return IRRELEVANT;
  if (!supportsWeakrefs(view)) {
    return no(
      `A ${view.type} can't be weakly referenced: CPython gives it no __weakref__ slot, so weakref.ref() would raise TypeError. Instances of classes (Node, Finalized), functions, classes and sets can be.`,
    );
  }
  return canName(snapshot, id);
}
