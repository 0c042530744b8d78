import { describe, expect, it } from 'vitest';
import { changeLabels } from './changeLabels';
import type { RefChange } from './refChanges';

const change = (id: number, delta: number, reason: string, label: string): RefChange => ({
  id,
  delta,
  count: Math.abs(delta) || 1,
  refcount: 1,
  reason,
  label,
  event: 0,
});

describe('changeLabels', () => {
  it('adds up the changes of one object with the same sign and reason', () => {
    const changes = Array.from({ length: 200 }, () =>
      change(7, 1, 'Node.__class__', '+1: Node.__class__'),
    );
    const at = changes.map((_, i) => i * 10);
    expect(changeLabels(changes, at)).toEqual([
      { id: 7, text: '+200: Node.__class__', kind: 'up', first: 0, last: 1990 },
    ]);
  });

  it('keeps apart other objects, other signs and other reasons, in the order first seen', () => {
    const changes = [
      change(1, 1, 'stack', '+1: stack'),
      change(2, 1, 'stack', '+1: stack'),
      change(1, -1, 'stack', '\u22121: stack'),
      change(1, 1, 'b', '+1: b'),
      change(1, 1, 'stack', '+1: stack'),
      change(1, -1, 'stack', '\u22121: stack'),
    ];
    const labels = changeLabels(changes, [0, 1, 2, 3, 4, 5]);
    expect(labels.map((l) => [l.id, l.text, l.first, l.last])).toEqual([
      [1, '+2: stack', 0, 4],
      [2, '+1: stack', 1, 1],
      [1, '\u22122: stack', 2, 5],
      [1, '+1: b', 3, 3],
    ]);
  });

  it('keeps the label of a single change as the change wrote it', () => {
    const one = change(3, 0, 'a', 'held by a');
    expect(changeLabels([one], [40])[0]).toEqual({
      id: 3,
      text: 'held by a',
      kind: 'moved',
      first: 40,
      last: 40,
    });
    expect(changeLabels([one, one], [0, 1])[0]!.text).toBe('2 held by a');
  });
});
