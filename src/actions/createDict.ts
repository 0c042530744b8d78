import { freshNumberedName } from './names';
import { OK, type Action } from './types';

/** Palette: a new empty dict bound to a fresh name, `d = {}`. */
export const createDict: Action = {
  id: 'create-dict',
  label: 'New dict',
  shortcut: 'd',
  appliesTo: () => OK,
  toPython: (_selection, { snapshot }) => `${freshNumberedName(snapshot, 'd', true)} = {}`,
};
