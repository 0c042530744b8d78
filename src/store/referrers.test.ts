import { describe, expect, it } from 'vitest';
import type { HeapSnapshot } from '../engine/snapshot';
import { referrersOf } from './referrers';

describe('referrersOf', () => {
  it('lists the names, stack slots and container slots that hold an object', () => {
    const snapshot: HeapSnapshot = {
      frames: [
        {
          id: 1,
          title: 'Globals',
          names: [
            { name: 'a', target: 10 },
            { name: 'l', target: 20 },
          ],
          stack: [10],
        },
      ],
      objects: [
        { id: 10, type: 'list', repr: '[]', refcount: 3, interned: false, refs: [] },
        {
          id: 20,
          type: 'list',
          repr: '[[]]',
          refcount: 1,
          interned: false,
          refs: [{ slot: '[0]', target: 10 }],
        },
      ],
    };
    expect(referrersOf(snapshot, 10)).toEqual([
      { kind: 'name', frameId: 1, frame: 'Globals', name: 'a' },
      { kind: 'stack', frameId: 1, frame: 'Globals', index: 0 },
      { kind: 'slot', holderId: 20, holderType: 'list', holderRepr: '[[]]', slot: '[0]' },
    ]);
  });
});
