import { globalsFrame, isIdentifier } from './paths';
import { IRRELEVANT } from './reach';
import { OK, no, type Action } from './types';

/** Select a name and press Delete: `del b`. The object goes only if that was its last reference. */
export const deleteName: Action = {
  id: 'delete-name',
  label: 'Delete name',
  shortcut: 'Delete',
  appliesTo(selection, snapshot) {
    if (selection?.kind !== 'name') return IRRELEVANT;
    if (selection.frameId !== globalsFrame(snapshot)?.id || !isIdentifier(selection.name)) {
      return no(`${selection.name} is kept by the console itself, not a name your code can del.`);
    }
    return OK;
  },
  toPython(selection) {
    if (selection?.kind !== 'name') throw new Error('delete-name needs a name');
    return `del ${selection.name}`;
  },
};
