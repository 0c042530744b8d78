import { importFirst } from './modules';
import { OK, type Action } from './types';

/**
 * The Collect button (or G): `gc.collect(2)`, after `import gc` if the module is not imported
 * yet. The canvas then walks through the collection step by step.
 */
export const collect: Action = {
  id: 'collect',
  label: 'Collect',
  shortcut: 'g',
  appliesTo: () => OK,
  prerequisites: (_selection, { snapshot }) => importFirst(snapshot, 'gc'),
  toPython: (_selection, { generation = 2 }) => `gc.collect(${generation})`,
};
