import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT } from '../engine/emptySnapshot';
import type { HeapSnapshot } from '../engine/snapshot';
import { referrersOf } from './referrers';

const LIST = {
  type: 'list',
  interned: false,
  kind: 'list',
  generation: 0,
  finalized: false,
  weakrefCount: 0,
  length: 0,
  unreachable: false,
} as const;

describe('referrersOf', () => {
  it('lists the names, stack slots and container slots that hold an object', () => {
    const snapshot: HeapSnapshot = {
      frames: [
        {
          id: 1,
          kind: 'globals',
          title: 'Globals',
          names: [
            { name: 'a', target: 10 },
            { name: 'l', target: 20 },
          ],
          stack: [10],
        },
      ],
      objects: [
        { ...LIST, id: 10, repr: '[]', refcount: 3, refs: [], refTotal: 0 },
        {
          ...LIST,
          id: 20,
          repr: '[[]]',
          refcount: 1,
          refs: [{ slot: '[0]', target: 10 }],
          refTotal: 1,
          length: 1,
        },
      ],
      omitted: 0,
      collector: EMPTY_SNAPSHOT.collector,
    };
    expect(referrersOf(snapshot, 10)).toEqual([
      { kind: 'name', frameId: 1, frame: 'Globals', name: 'a' },
      { kind: 'stack', frameId: 1, frame: 'Globals', index: 0 },
      {
        kind: 'slot',
        holderId: 20,
        holderType: 'list',
        holderRepr: '[[]]',
        slot: '[0]',
        weak: false,
      },
    ]);
  });
});
