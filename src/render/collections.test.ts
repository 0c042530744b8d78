import { describe, expect, it } from 'vitest';
import type { HeapEvent } from '../engine/events';
import {
  automaticSummary,
  collectionsOf,
  hasAutomaticCollection,
  hasExplicitCollection,
  notDrawn,
  typeList,
} from './collections';

const auto = (collected: number): HeapEvent[] => [
  { kind: 'gcStart', generation: 0, automatic: true },
  { kind: 'gcDone', generation: 0, collected, uncollectable: 0, garbage: [] },
];

describe('collections', () => {
  it('tells explicit collections from automatic ones by the events, not the text', () => {
    const explicit: HeapEvent[] = [
      { kind: 'gcStart', generation: 2 },
      { kind: 'gcDone', generation: 2, collected: 0, uncollectable: 0 },
    ];
    expect(hasExplicitCollection(explicit)).toBe(true);
    expect(hasAutomaticCollection(explicit)).toBe(false);
    expect(hasExplicitCollection(auto(3))).toBe(false);
    expect(hasAutomaticCollection(auto(3))).toBe(true);
    expect(collectionsOf([...auto(3), ...explicit])).toEqual([
      { automatic: true, generation: 0, counted: 3, garbage: [] },
      { automatic: false, generation: 2, counted: 0, garbage: [] },
    ]);
  });

  it('summarizes the automatic collections in one line', () => {
    expect(automaticSummary([])).toBeNull();
    expect(automaticSummary(auto(3))).toBe(
      'An automatic collection of generation 0 ran: 3 objects collected',
    );
    expect(automaticSummary([...auto(698), ...auto(700)])).toBe(
      '2 automatic collections ran (generation 0): 1,398 objects collected',
    );
  });

  it('counts what is not drawn, by type, from what the collection counted', () => {
    const garbage = [
      { type: 'tuple', count: 2 },
      { type: 'getset_descriptor', count: 2 },
      { type: 'type', count: 1 },
      { type: 'dict', count: 1 },
      { type: 'A', count: 1 },
    ];
    const rest = notDrawn(7, garbage, ['type', 'A']);
    expect(rest.count).toBe(5);
    expect(typeList(rest.types)).toBe('2 tuple, 2 getset_descriptor, 1 dict');
    expect(typeList(garbage, 2)).toBe('2 tuple, 2 getset_descriptor, 3 other types');
    expect(notDrawn(0, [], [])).toEqual({ count: 0, types: [] });
  });
});
