import { describe, expect, it } from 'vitest';
import type { ObjectView } from '../engine/snapshot';
import { abbreviated, cardValue, shortValue, wrapText } from './cardText';

function view(id: number, type: string, repr: string, more: Partial<ObjectView> = {}): ObjectView {
  return {
    id,
    type,
    repr,
    refcount: 1,
    interned: false,
    refs: [],
    refTotal: 0,
    length: null,
    kind: 'value',
    generation: null,
    finalized: false,
    weakrefCount: 0,
    unreachable: false,
    ...more,
  };
}

describe('wrapText', () => {
  it('keeps a line that fits', () => {
    expect(wrapText("name='1' next=None", 21, 3)).toEqual({
      lines: ["name='1' next=None"],
      cut: false,
    });
  });

  it('breaks between words, and inside a name where a new part starts', () => {
    expect(wrapText('<function Item.__init__>', 21, 2).lines).toEqual([
      '<function',
      'Item.__init__>',
    ]);
    expect(wrapText('WeakValueDictionary', 16, 2).lines).toEqual(['WeakValue', 'Dictionary']);
  });

  it('leaves no stub of two characters on a line of its own', () => {
    expect(wrapText('<frame <module>, line 5>', 21, 2).lines).toEqual([
      '<frame <module>,',
      'line 5>',
    ]);
  });

  it('cuts the last line with an ellipsis when the lines run out, and says so', () => {
    expect(wrapText('a=1 b=2 c=3 d=4', 7, 2)).toEqual({
      lines: ['a=1 b=2', 'c=3 d=4'],
      cut: false,
    });
    const wrapped = wrapText('a=1 b=2 c=3 d=4', 6, 2);
    expect(wrapped.cut).toBe(true);
    expect(wrapped.lines).toEqual(['a=1', 'b=2 c…']);
  });
});

describe('abbreviated', () => {
  it('cuts a container after the last item that fits and closes it again', () => {
    expect(abbreviated('[1, 2, 3, 4, 5, 6]', 12)).toBe('[1, 2, 3, …]');
    expect(abbreviated('(10, 20, 30, 40)', 10)).toBe('(10, …)');
    expect(abbreviated('frozenset({1, 2, 3, 4})', 18)).toBe('frozenset({1, …})');
    expect(abbreviated('[1, 2]', 12)).toBe('[1, 2]');
  });
});

describe('shortValue and cardValue', () => {
  const none = view(1, 'NoneType', 'None', { interned: true });
  const name = view(2, 'str', "'122'", { interned: true });
  const other = view(3, 'Node', '<Node object>', { kind: 'instance' });
  const list = view(4, 'list', '[1, 2, 3, 4, 5, 6, 7]', { kind: 'list' });
  const node = view(5, 'Node', '<Node object>', {
    kind: 'instance',
    refs: [
      { slot: '.name', target: 2 },
      { slot: '.next', target: 3 },
      { slot: '.items', target: 4 },
    ],
    refTotal: 3,
  });
  const views = new Map([none, name, other, list, node].map((v) => [v.id, v]));

  it('shows values by their repr, instances by their class, containers abbreviated', () => {
    expect(shortValue(none)).toBe('None');
    expect(shortValue(name)).toBe("'122'");
    expect(shortValue(other)).toBe('<Node>');
    expect(shortValue(list)).toBe('[1, 2, 3, …]');
    expect(shortValue(undefined)).toBe('…');
  });

  it("an instance's value is its attributes; a cut list of them ends with …", () => {
    expect(cardValue(node, views)).toBe("name='122' next=<Node> items=[1, 2, 3, …]");
    expect(cardValue({ ...node, refTotal: 5 }, views)).toBe(
      "name='122' next=<Node> items=[1, 2, 3, …] …",
    );
    expect(cardValue({ ...node, refs: [], refTotal: 0 }, views)).toBe('<Node object>');
  });

  it('a weakref names its referent’s type, or says it is dead', () => {
    const ref = view(6, 'ReferenceType', '<ReferenceType object>', {
      kind: 'weakref',
      refs: [{ slot: 'weakly', target: 3, weak: true }],
      refTotal: 1,
    });
    expect(cardValue(ref, views)).toBe("<weakref to 'Node'>");
    expect(cardValue({ ...ref, refs: [], refTotal: 0 }, views)).toBe('<weakref; dead>');
  });
});
