/**
 * The floating labels of one run, one per object and reason: the 200 `+1: Node.__class__` that
 * 200 new instances give their class read as one `+200: Node.__class__`. Changes of one object
 * with the same sign and the same reason add up; the label shows from the first of them to the
 * last. Labels keep the order of their first change, so the same run always gives the same list.
 */
import { sameChangeKey, summedLabel, type RefChange } from './refChanges';

export type LabelKind = 'up' | 'down' | 'moved';

export interface ChangeLabel {
  readonly id: number;
  readonly text: string;
  readonly kind: LabelKind;
  /** The moment of the first change the label stands for, and of the last. */
  readonly first: number;
  readonly last: number;
}

/** `at[i]` is the moment of `changes[i]`. */
export function changeLabels(changes: readonly RefChange[], at: readonly number[]): ChangeLabel[] {
  const groups = new Map<string, { parts: RefChange[]; first: number; last: number }>();
  changes.forEach((c, i) => {
    const key = sameChangeKey(c);
    const moment = at[i] ?? 0;
    const group = groups.get(key);
    if (group) {
      group.parts.push(c);
      group.last = Math.max(group.last, moment);
    } else groups.set(key, { parts: [c], first: moment, last: moment });
  });
  return [...groups.values()].map(({ parts, first, last }) => {
    const c = parts[0]!;
    return { id: c.id, text: summedLabel(parts), kind: kindOf(c.delta), first, last };
  });
}

function kindOf(delta: number): LabelKind {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'moved';
}
