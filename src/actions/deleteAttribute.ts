import { isUserInstance, objectById } from './objectKinds';
import { isIdentifier } from './paths';
import { canName, expr, IRRELEVANT } from './reach';
import { no, type Action } from './types';

/** Select the arrow out of an attribute and press Delete: `del n1.next`. */
export const deleteAttribute: Action = {
  id: 'delete-attribute',
  label: 'Delete this attribute',
  shortcut: 'Delete',
  appliesTo(selection, snapshot) {
    if (selection?.kind !== 'ref' || !selection.slot.startsWith('.')) return IRRELEVANT;
    const holder = objectById(snapshot, selection.holderId);
    if (!holder) return IRRELEVANT;
    if (!isUserInstance(holder) || !isIdentifier(selection.slot.slice(1))) {
      return no(
        `${selection.slot.slice(1)} belongs to the ${holder.type} itself and can't be deleted.`,
      );
    }
    return canName(snapshot, holder.id);
  },
  toPython(selection, { snapshot }) {
    if (selection?.kind !== 'ref') throw new Error('delete-attribute needs a reference');
    return `del ${expr(snapshot, selection.holderId)}${selection.slot}`;
  },
};
