import type { HeapSnapshot } from '../engine/snapshot';
import { keyExpression } from './keys';
import { importFirst } from './modules';
import { freshNumberedName } from './names';
import { globalsFrame } from './paths';
import { expr } from './reach';
import { canWeaklyRefer, weakTarget } from './weakTarget';
import { type Action } from './types';

/**
 * Context menu (or V): `cache['k'] = n1`, asking for the key, into the first
 * WeakValueDictionary a Globals name refers to, made first (`cache = weakref.WeakValueDictionary()`)
 * if there is none. The row holds its value weakly: it is evicted when the value dies.
 */
export const putInWeakValueDict: Action = {
  id: 'put-in-weak-value-dict',
  label: 'Put in WeakValueDictionary',
  shortcut: 'v',
  appliesTo: canWeaklyRefer,
  prompt: {
    title: 'Key in the WeakValueDictionary',
    label: 'Key',
    hint: "Text becomes a str key ('k'); a whole number becomes an int key.",
    initial(_selection, { snapshot }) {
      const cache = existingCache(snapshot);
      const used = new Set(
        snapshot.objects.find((o) => o.id === cache?.target)?.refs.map((r) => r.slot) ?? [],
      );
      for (let n = 1; ; n++) {
        const key = n === 1 ? 'k' : `k${n}`;
        if (!used.has(`['${key}']`)) return key;
      }
    },
    check: (text) => (text.trim() === '' ? 'Type a key.' : null),
  },
  prerequisites(_selection, { snapshot }) {
    const first = importFirst(snapshot, 'weakref');
    if (existingCache(snapshot)) return first;
    return [...first, `${cacheName(snapshot)} = weakref.WeakValueDictionary()`];
  },
  toPython(selection, { snapshot, text }) {
    const id = weakTarget(selection);
    if (id === null || text === undefined)
      throw new Error('put-in-weak-value-dict needs an object and a key');
    return `${cacheName(snapshot)}[${keyExpression(text)}] = ${expr(snapshot, id)}`;
  },
};

/** The first name in Globals bound to a WeakValueDictionary. */
function existingCache(snapshot: HeapSnapshot) {
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  return (
    globalsFrame(snapshot)?.names.find((n) => {
      const o = byId.get(n.target);
      return o?.kind === 'weakcontainer' && o.type === 'WeakValueDictionary';
    }) ?? null
  );
}

/** The cache's name: the existing one, or the one it will get (`cache`, `cache2`…). */
export function cacheName(snapshot: HeapSnapshot): string {
  return existingCache(snapshot)?.name ?? freshNumberedName(snapshot, 'cache', true);
}
