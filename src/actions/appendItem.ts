import { objectById } from './objectKinds';
import { canName, expr, IRRELEVANT } from './reach';
import { type Action } from './types';

/** Drag from a list's "add reference" handle onto an object: `a.append(b)`. */
export const appendItem: Action = {
  id: 'append-item',
  label: 'Add a reference (append)',
  shortcut: 'r',
  appliesTo(selection, snapshot) {
    if (selection?.kind !== 'object' || objectById(snapshot, selection.id)?.kind !== 'list') {
      return IRRELEVANT;
    }
    return canName(snapshot, selection.id);
  },
  acceptsTarget: (_selection, target, snapshot) => canName(snapshot, target),
  toPython(selection, { snapshot, target }) {
    if (selection?.kind !== 'object' || target === undefined)
      throw new Error('append-item needs a list and a target');
    return `${expr(snapshot, selection.id)}.append(${expr(snapshot, target)})`;
  },
};
