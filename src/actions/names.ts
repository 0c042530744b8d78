/**
 * Fresh names for new objects, in the style of the seed talk: lists a, b, c…, dicts d, d2…,
 * nodes n1, n2…, finalized objects f1, f2…, instances of a user class C as c1, c2…. A name in use
 * in Globals is never reused.
 */
import type { HeapSnapshot } from '../engine/snapshot';
import { globalsFrame, isIdentifier } from './paths';

/** Letters for lists: d, f, n are taken by other kinds, and l, o, t are easy to misread. */
const LIST_LETTERS = 'abceghijkmpqrsuvwxyz'.split('');

export function takenNames(snapshot: HeapSnapshot): Set<string> {
  return new Set(globalsFrame(snapshot)?.names.map((n) => n.name) ?? []);
}

export function freshListName(snapshot: HeapSnapshot): string {
  const taken = takenNames(snapshot);
  for (let round = 1; ; round++) {
    for (const letter of LIST_LETTERS) {
      const name = round === 1 ? letter : `${letter}${round}`;
      if (!taken.has(name)) return name;
    }
  }
}

/** `stem` alone first if `bare`, then stem2, stem3… (or stem1, stem2… when not bare). */
export function freshNumberedName(snapshot: HeapSnapshot, stem: string, bare: boolean): string {
  const taken = takenNames(snapshot);
  if (bare && !taken.has(stem) && isIdentifier(stem)) return stem;
  for (let n = bare ? 2 : 1; ; n++) {
    const name = `${stem}${n}`;
    if (!taken.has(name)) return name;
  }
}

/** The name for a new instance of `className`: n1 for Node, f1 for Finalized, c1 for C. */
export function freshInstanceName(snapshot: HeapSnapshot, className: string): string {
  const stem = className.charAt(0).toLowerCase();
  return freshNumberedName(snapshot, isIdentifier(stem) ? stem : 'obj', false);
}
