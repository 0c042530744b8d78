import { globalsFrame, isIdentifier } from './paths';
import { canName, expr, IRRELEVANT } from './reach';
import { OK, no, type Action } from './types';

/** Drag a name onto an object (or press R on a name and pick one): `b = a`. */
export const bindName: Action = {
  id: 'bind-name',
  label: 'Point this name at another object',
  shortcut: 'r',
  appliesTo(selection, snapshot) {
    if (selection?.kind !== 'name') return IRRELEVANT;
    if (selection.frameId !== globalsFrame(snapshot)?.id || !isIdentifier(selection.name)) {
      return no(
        `${selection.name} is kept by the console itself, not a name your code can assign.`,
      );
    }
    return OK;
  },
  acceptsTarget(selection, target, snapshot) {
    if (selection?.kind === 'name' && selection.target === target) {
      return no(`${selection.name} already refers to that object.`);
    }
    return canName(snapshot, target);
  },
  toPython(selection, { snapshot, target }) {
    if (selection?.kind !== 'name' || target === undefined)
      throw new Error('bind-name needs a name and a target');
    return `${selection.name} = ${expr(snapshot, target)}`;
  },
};
