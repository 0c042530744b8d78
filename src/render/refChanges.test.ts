import { describe, expect, it } from 'vitest';
import type { HeapEvent } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import { objectStories, refChanges } from './refChanges';

const GLOBALS = 100;
const A = 200;
const L = 300;

const snap = (names: [string, number][], objects: [number, string][]): HeapSnapshot => ({
  frames: [
    {
      id: GLOBALS,
      title: 'Globals',
      names: names.map(([name, target]) => ({ name, target })),
      stack: [],
    },
  ],
  objects: objects.map(([id, type]) => ({
    id,
    type,
    repr: '',
    refcount: 1,
    interned: false,
    refs: [],
  })),
});

describe('refChanges', () => {
  it('names a binding by its name and a stack temporary as "stack"', () => {
    const events: HeapEvent[] = [
      { kind: 'incref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
      { kind: 'incref', id: A, refcount: 3, site: { holder: GLOBALS, slot: 'b' } },
      { kind: 'decref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
    ];
    const before = snap([['a', A]], [[A, 'list']]);
    const after = snap(
      [
        ['a', A],
        ['b', A],
      ],
      [[A, 'list']],
    );
    expect(refChanges(events, before, after).map((c) => c.label)).toEqual([
      '+1: stack',
      '+1: b',
      '\u22121: stack',
    ]);
  });

  it('names a container slot by the name of the container, even after the name is gone', () => {
    const events: HeapEvent[] = [
      { kind: 'unbind', scope: GLOBALS, name: 'l', id: L },
      { kind: 'decref', id: L, refcount: 0, site: { holder: GLOBALS, slot: 'l' } },
      { kind: 'dealloc', id: L, type: 'list' },
      { kind: 'decref', id: A, refcount: 1, site: { holder: L, slot: '[3]' } },
    ];
    const before = snap(
      [
        ['a', A],
        ['l', L],
      ],
      [
        [A, 'list'],
        [L, 'list'],
      ],
    );
    const after = snap([['a', A]], [[A, 'list']]);
    expect(refChanges(events, before, after).map((c) => c.label)).toEqual([
      '\u22121: l',
      '\u22121: l[3]',
    ]);
    const stories = objectStories(events, before, after);
    expect(stories.map((s) => [s.id, s.freed, s.changes.length])).toEqual([
      [L, true, 1],
      [A, false, 1],
    ]);
  });

  it('falls back to the holder’s type when it has no name', () => {
    const events: HeapEvent[] = [
      { kind: 'alloc', id: L, type: 'list', repr: '[[]]' },
      { kind: 'incref', id: A, refcount: 2, site: { holder: L, slot: '[0]' } },
    ];
    const before = snap([['a', A]], [[A, 'list']]);
    expect(refChanges(events, before, before)[0]!.label).toBe('+1: list[0]');
  });

  it('names a stack reference that was moved into a new name or slot by where it went', () => {
    const before = snap(
      [
        ['a', A],
        ['b', A],
      ],
      [[A, 'list']],
    );
    const after: HeapSnapshot = {
      frames: [
        {
          id: GLOBALS,
          title: 'Globals',
          names: [
            { name: 'a', target: A },
            { name: 'b', target: A },
            { name: 'l', target: L },
          ],
          stack: [],
        },
      ],
      objects: [
        { id: A, type: 'list', repr: '[]', refcount: 3, interned: false, refs: [] },
        {
          id: L,
          type: 'list',
          repr: '[[]]',
          refcount: 1,
          interned: false,
          refs: [{ slot: '[0]', target: A }],
        },
      ],
    };
    // LOAD_NAME a, then BUILD_LIST steals the reference: the engine logs only the load.
    const events: HeapEvent[] = [
      { kind: 'incref', id: A, refcount: 3, site: { holder: 0, slot: 'stack' } },
      { kind: 'alloc', id: L, type: 'list', repr: '[[]]' },
      { kind: 'bind', scope: GLOBALS, name: 'l', id: L },
    ];
    expect(refChanges(events, before, after).map((c) => c.label)).toEqual(['+1: l[0]']);
  });

  it('keeps "stack" for a temporary released in the same run', () => {
    const before = snap([['a', A]], [[A, 'list']]);
    const events: HeapEvent[] = [
      { kind: 'incref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
      { kind: 'decref', id: A, refcount: 1, site: { holder: 0, slot: 'stack' } },
    ];
    expect(refChanges(events, before, before).map((c) => c.label)).toEqual([
      '+1: stack',
      '\u22121: stack',
    ]);
  });
});
