import { keyExpression } from './keys';
import { objectById } from './objectKinds';
import { canName, expr, IRRELEVANT } from './reach';
import { type Action } from './types';

/** Drag from a dict's "add reference" handle onto an object, then name the key: `d['k'] = b`. */
export const setItem: Action = {
  id: 'set-item',
  label: 'Add a reference (set a key)',
  shortcut: 'r',
  appliesTo(selection, snapshot) {
    if (selection?.kind !== 'object' || objectById(snapshot, selection.id)?.kind !== 'dict') {
      return IRRELEVANT;
    }
    return canName(snapshot, selection.id);
  },
  acceptsTarget: (_selection, target, snapshot) => canName(snapshot, target),
  prompt: {
    title: 'Key for the new entry',
    label: 'Key',
    hint: "Text becomes a str key ('k'); a whole number becomes an int key.",
    initial(selection, { snapshot }) {
      const dict = selection?.kind === 'object' ? objectById(snapshot, selection.id) : undefined;
      const used = new Set(dict?.refs.map((r) => r.slot) ?? []);
      for (let n = 1; ; n++) {
        const key = n === 1 ? 'k' : `k${n}`;
        if (!used.has(`['${key}']`)) return key;
      }
    },
    check: (text) => (text.trim() === '' ? 'Type a key.' : null),
  },
  toPython(selection, { snapshot, target, text }) {
    if (selection?.kind !== 'object' || target === undefined || text === undefined) {
      throw new Error('set-item needs a dict, a key and a target');
    }
    return `${expr(snapshot, selection.id)}[${keyExpression(text)}] = ${expr(snapshot, target)}`;
  },
};
