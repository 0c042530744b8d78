import { isUserInstance, objectById } from './objectKinds';
import { isIdentifier } from './paths';
import { canName, expr, IRRELEVANT } from './reach';
import { type Action } from './types';

/** Drag from an instance's "add reference" handle onto an object, then name the attribute: `n1.next = n2`. */
export const setAttribute: Action = {
  id: 'set-attribute',
  label: 'Add a reference (set an attribute)',
  shortcut: 'r',
  appliesTo(selection, snapshot) {
    if (selection?.kind !== 'object') return IRRELEVANT;
    const view = objectById(snapshot, selection.id);
    if (!view || !isUserInstance(view)) return IRRELEVANT;
    return canName(snapshot, selection.id);
  },
  acceptsTarget: (_selection, target, snapshot) => canName(snapshot, target),
  prompt: {
    title: 'Attribute for the new reference',
    label: 'Attribute name',
    hint: 'A Python identifier, such as next.',
    initial(selection, { snapshot }) {
      const view = selection?.kind === 'object' ? objectById(snapshot, selection.id) : undefined;
      if (view?.type === 'Node' || view?.refs.some((r) => r.slot === '.next')) return 'next';
      const used = new Set(view?.refs.map((r) => r.slot) ?? []);
      for (let n = 1; ; n++) {
        const name = n === 1 ? 'ref' : `ref${n}`;
        if (!used.has(`.${name}`)) return name;
      }
    },
    check: (text) =>
      isIdentifier(text.trim())
        ? null
        : 'An attribute name is a Python identifier: letters, digits and _, not starting with a digit.',
  },
  toPython(selection, { snapshot, target, text }) {
    if (selection?.kind !== 'object' || target === undefined || text === undefined) {
      throw new Error('set-attribute needs an instance, a name and a target');
    }
    return `${expr(snapshot, selection.id)}.${text.trim()} = ${expr(snapshot, target)}`;
  },
};
