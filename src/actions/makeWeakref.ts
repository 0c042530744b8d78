import { importFirst } from './modules';
import { freshNumberedName } from './names';
import { expr } from './reach';
import { canWeaklyRefer, weakTarget } from './weakTarget';
import { type Action } from './types';

/**
 * Context menu (or W): a weak reference to the selected object, bound to a fresh name:
 * `w1 = weakref.ref(n1)`, after `import weakref` if needed. It does not add to the refcount; it
 * is drawn dashed, and goes dead when its referent dies.
 */
export const makeWeakref: Action = {
  id: 'make-weakref',
  label: 'Make weak reference',
  shortcut: 'w',
  appliesTo: canWeaklyRefer,
  prerequisites: (_selection, { snapshot }) => importFirst(snapshot, 'weakref'),
  toPython(selection, { snapshot }) {
    const id = weakTarget(selection);
    if (id === null) throw new Error('make-weakref needs an object');
    return `${freshNumberedName(snapshot, 'w', false)} = weakref.ref(${expr(snapshot, id)})`;
  },
};
