/**
 * What `Find object` finds: a query read as a name path (`objs[122]`, `n1.next`, `d['k']`,
 * followed through the snapshot's arrows as a lesson's `look` path is), a type (`Node`: every
 * object of it drawn, in the canvas's order) or an address (`0x7f…` as cards show it, or the
 * decimal `id()` prints). Pure: the snapshot and the ids drawn in, the objects found out.
 */
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';
import { isLookPath, resolveLook } from '../lessons/look';
import { pythonAddress } from '../render/format';

export type FindResult =
  /** The objects found, in the order Enter cycles through them (one for a path or address). */
  | { readonly found: 'path' | 'type' | 'address'; readonly ids: readonly number[] }
  /**
   * Nothing drawn matches: `message` says why, for the person. `unresolved`: a name path the
   * snapshot could not follow, which the live heap may (a snapshot lists only a container's first
   * references: `objs[122]` of 200): ask the interpreter, and find again with its answer.
   */
  | { readonly found: 'none'; readonly message: string; readonly unresolved?: string };

/**
 * The query tidied to a look path: no spaces, double-quoted keys single-quoted (`d["k"]` is
 * `d['k']`), so both spellings people type resolve.
 */
export function normalizeQuery(query: string): string {
  return query
    .trim()
    .replace(/\s+/g, '')
    .replace(/\["([^"'\\]*)"\]/g, "['$1']");
}

/** Live objects drawn by type, the most numerous first (then by name): `Node 200`, `list 1`. */
export function typeCounts(objects: readonly ObjectView[]): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of objects) counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** The drawn objects of type `type` (by its name as cards show it), in snapshot order. */
export function objectsOfType(objects: readonly ObjectView[], type: string): number[] {
  return objects.filter((o) => o.type === type).map((o) => o.id);
}

/**
 * Finds `query` among `drawn` (the snapshot's objects the canvas draws: the setup's are left
 * out unless shown). A bare name that is the type of a drawn object is a type search (`Node`
 * finds the instances, not the class the name is bound to); any other name path is followed
 * from the globals.
 */
export function findObjects(
  snapshot: HeapSnapshot,
  drawn: readonly ObjectView[],
  query: string,
  /** The interpreter's answer for the path (see `unresolved`), instead of the snapshot's. */
  resolved?: number | null,
): FindResult {
  const q = normalizeQuery(query);
  if (q === '') return { found: 'none', message: 'Type a name path, a type or an address.' };
  const shown = new Set(drawn.map((o) => o.id));

  const address = /^0x[0-9a-f]+$/i.test(q)
    ? parseInt(q, 16)
    : /^[0-9]+$/.test(q)
      ? Number(q)
      : null;
  if (address !== null) {
    const hex = `0x${address.toString(16)}`;
    const hit = drawn.find((o) => pythonAddress(o) === hex);
    return hit
      ? { found: 'address', ids: [hit.id] }
      : { found: 'none', message: `No object drawn is at ${hex}.` };
  }

  if (!isLookPath(q)) {
    return {
      found: 'none',
      message: `“${query.trim()}” is not a name path (objs[1], n.next, d['k']), a type or an address.`,
    };
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(q)) {
    const ofType = objectsOfType(drawn, q);
    if (ofType.length > 0) return { found: 'type', ids: ofType };
  }
  const id = resolved === undefined ? resolveLook(snapshot, q) : resolved;
  if (id === null) {
    const message = `${q} names no object.`;
    return resolved === undefined
      ? { found: 'none', message, unresolved: q }
      : { found: 'none', message };
  }
  if (!shown.has(id)) {
    return {
      found: 'none',
      message: `${q} is not drawn (the setup's objects show with Classes; a big heap shows its first objects).`,
    };
  }
  return { found: 'path', ids: [id] };
}
