import { describe, expect, it } from 'vitest';
import { NOTHING_DRAWN } from './nothingDrawn';
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
      kind: 'globals',
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
    refTotal: 0,
    length: type === 'list' ? 0 : null,
    kind: type === 'list' ? 'list' : 'other',
    generation: 0,
    finalized: false,
    weakrefCount: 0,
    unreachable: false,
  })),
  omitted: 0,
  collector: NOTHING_DRAWN.collector,
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

  it('names the references of many holders of one type by that type and slot', () => {
    const events: HeapEvent[] = [
      {
        kind: 'refMany',
        op: 'incref',
        id: A,
        count: 198,
        refcount: 200,
        site: null,
        holders: { type: 'Node', slot: '.__class__' },
      },
      { kind: 'refMany', op: 'incref', id: A, count: 5, refcount: 205, site: null },
    ];
    const heap = snap([['a', A]], [[A, 'type']]);
    expect(refChanges(events, heap, heap).map((c) => c.label)).toEqual([
      '+198: Node.__class__',
      '+5 from many holders',
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

  it('reads a stack reference moved to a name as one change at the name: "+1: b"', () => {
    // b = a: LOAD_NAME a (+1 on the stack), STORE_NAME b (the stack's reference moves to b).
    const events: HeapEvent[] = [
      { kind: 'incref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
      { kind: 'move', id: A, refcount: 2, to: { holder: GLOBALS, slot: 'b' } },
      { kind: 'bind', scope: GLOBALS, name: 'b', id: A },
    ];
    const before = snap([['a', A]], [[A, 'list']]);
    const after = snap(
      [
        ['a', A],
        ['b', A],
      ],
      [[A, 'list']],
    );
    const changes = refChanges(events, before, after);
    expect(changes.map((c) => c.label)).toEqual(['+1: b']);
    expect(changes[0]).toMatchObject({ delta: 1, refcount: 2, reason: 'b', event: 0 });
  });

  it('reads the items of a new list by their slots, in order, even for the same object twice', () => {
    const before = snap([['a', A]], [[A, 'list']]);
    const after = snap(
      [
        ['a', A],
        ['l', L],
      ],
      [
        [A, 'list'],
        [L, 'list'],
      ],
    );
    // l = [a, a]: two loads, then BUILD_LIST moves both into the slots, then STORE_NAME l.
    const events: HeapEvent[] = [
      { kind: 'incref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
      { kind: 'incref', id: A, refcount: 3, site: { holder: 0, slot: 'stack' } },
      { kind: 'alloc', id: L, type: 'list', repr: '[[], []]' },
      { kind: 'move', id: A, refcount: 3, to: { holder: L, slot: '[0]' } },
      { kind: 'move', id: A, refcount: 3, to: { holder: L, slot: '[1]' } },
      { kind: 'move', id: L, refcount: 1, to: { holder: GLOBALS, slot: 'l' } },
      { kind: 'bind', scope: GLOBALS, name: 'l', id: L },
    ];
    const changes = refChanges(events, before, after);
    expect(changes.map((c) => [c.id, c.label, c.refcount])).toEqual([
      [A, '+1: l[0]', 2],
      [A, '+1: l[1]', 3],
      [L, 'held by l', 1],
    ]);
    // The new list's own reference was never counted on the stack: it changes holder, not count.
    expect(changes[2]).toMatchObject({ delta: 0, event: 5 });
  });

  it('leaves a stack reference that was released, not moved, as "stack"', () => {
    const before = snap([['a', A]], [[A, 'list']]);
    const after = snap(
      [
        ['a', A],
        ['b', A],
      ],
      [[A, 'list']],
    );
    const events: HeapEvent[] = [
      { kind: 'incref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
      { kind: 'incref', id: A, refcount: 3, site: { holder: 0, slot: 'stack' } },
      { kind: 'decref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
      { kind: 'move', id: A, refcount: 2, to: { holder: GLOBALS, slot: 'b' } },
    ];
    expect(refChanges(events, before, after).map((c) => c.label)).toEqual([
      '+1: b',
      '+1: stack',
      '\u22121: stack',
    ]);
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
