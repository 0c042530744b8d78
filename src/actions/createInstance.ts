import { freshInstanceName } from './names';
import { userClasses } from './objectKinds';
import { pythonString } from './paths';
import { OK, no, type Action } from './types';

/**
 * Palette: an instance of a class defined in Globals, bound to a fresh name. The setup's classes
 * take their name as an argument (`n1 = Node('n1')`), so the object says which it is when printed;
 * a class typed in the console is called with no arguments (`c1 = C()`).
 */
export function instanceAction(className: string | null, shortcut: string | null): Action {
  const classOf = (input: { className?: string }) => className ?? input.className ?? '';
  return {
    id: className ? `create-${className.toLowerCase()}` : 'create-instance',
    label: className ? `New ${className}` : 'New instance',
    shortcut,
    appliesTo(_selection, snapshot) {
      if (!className) return OK;
      if (userClasses(snapshot).some((c) => c.name === className)) return OK;
      return no(`There is no class ${className} in Globals any more, so it can't be called.`);
    },
    toPython(_selection, input) {
      const cls = classOf(input);
      const name = freshInstanceName(input.snapshot, cls);
      const args = cls === 'Node' || cls === 'Finalized' ? pythonString(name) : '';
      return `${name} = ${cls}(${args})`;
    },
  };
}

/** Palette: an instance of a class typed in the console (`input.className`). */
export const createInstance: Action = instanceAction(null, null);
