import { objectById } from './objectKinds';
import { canName, expr, IRRELEVANT } from './reach';
import { no, type Action } from './types';

/** Select the arrow out of a list slot or dict entry and press Delete: `del a[1]`, `del d['k']`. */
export const deleteItem: Action = {
  id: 'delete-item',
  label: 'Delete this reference',
  shortcut: 'Delete',
  appliesTo(selection, snapshot) {
    if (selection?.kind !== 'ref') return IRRELEVANT;
    const holder = objectById(snapshot, selection.holderId);
    if (!holder || !itemSlot(selection.slot)) return IRRELEVANT;
    if (holder.kind === 'tuple') {
      return no("A tuple is immutable: its items can't be deleted (make a new tuple instead).");
    }
    if (holder.kind !== 'list' && holder.kind !== 'dict') {
      return no(`The canvas does not know how to delete an item of a ${holder.type}.`);
    }
    if (selection.slot.includes('…')) {
      return no('That key is too long to show in full; delete it from the console instead.');
    }
    return canName(snapshot, holder.id);
  },
  toPython(selection, { snapshot }) {
    if (selection?.kind !== 'ref') throw new Error('delete-item needs a reference');
    return `del ${expr(snapshot, selection.holderId)}${itemSlot(selection.slot)}`;
  },
};

/** "[1]" and "['k']" as they are; a dict's key reference "key 'k'" deletes the entry "['k']". */
function itemSlot(slot: string): string | null {
  if (slot.startsWith('[') && slot.endsWith(']')) return slot;
  if (slot.startsWith('key ')) return `[${slot.slice(4)}]`;
  return null;
}
