import { freshListName } from './names';
import { OK, type Action } from './types';

/** Palette: a new empty list bound to a fresh name, `a = []`. */
export const createList: Action = {
  id: 'create-list',
  label: 'New list',
  shortcut: 'l',
  appliesTo: () => OK,
  toPython: (_selection, { snapshot }) => `${freshListName(snapshot)} = []`,
};
