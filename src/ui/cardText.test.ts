/**
 * What cards say they hold, for objects a real run made (render/ may not start a session
 * itself). Expected reprs are CPython 3.11's (`python3 -c "print({3, 1, 2})"` prints {1, 2, 3}).
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../python/session';
import { StableLayout } from '../render/layout';
import { buildScene, NO_MARKS, visibleObjects, type ObjectNode } from '../render/scene';
import { PRELUDE } from '../store/prelude';

function cardsAfter(lines: readonly string[], inlineValues = false): ObjectNode[] {
  const s = new Session();
  for (const line of [...PRELUDE, ...lines]) {
    const r = s.run(line);
    if (!r.ok) throw new Error(`${line}: ${r.error}`);
  }
  const snapshot = s.snapshot();
  const marks = {
    ...NO_MARKS,
    hidden: new Set(
      inlineValues ? snapshot.objects.filter((o) => o.interned).map((o) => o.id) : [],
    ),
    inlineValues,
  };
  const layout = new StableLayout();
  layout.update(visibleObjects(snapshot, marks));
  return [...buildScene(snapshot, layout, marks).nodes];
}

const byName = (nodes: readonly ObjectNode[], start: string) =>
  nodes.filter((n) => n.ariaLabel.startsWith(start));

describe('card texts', () => {
  it('an instance names its attributes: objs[122] and objs[147] differ', () => {
    const nodes = cardsAfter(['objs = []', 'for i in range(200): objs.append(Node(str(i)))']);
    const [n122] = byName(nodes, "Node name='122' next=None, refcount 1, at 0x");
    const [n147] = byName(nodes, "Node name='147' next=None, refcount 1, at 0x");
    expect(n122!.reprLines).toEqual(["name='122' next=None"]);
    expect(n147!.reprLines).toEqual(["name='147' next=None"]);
    expect(n122!.hoverText).toBe('');
  });

  it('another instance in an attribute shows as <Node>, the ring of two both ways', () => {
    const nodes = cardsAfter(["a = Node('a')", "b = Node('b')", 'a.next = b', 'b.next = a']);
    expect(byName(nodes, "Node name='a' next=<Node>, refcount 2")).toHaveLength(1);
    expect(byName(nodes, "Node name='b' next=<Node>, refcount 2")).toHaveLength(1);
  });

  it('a set shows its members in their order, a frozenset as CPython writes it', () => {
    const nodes = cardsAfter(['s = {3, 1, 2}', 'f = frozenset({4})', 'e = set()']);
    expect(byName(nodes, 'set {1, 2, 3}, refcount 1')[0]!.reprLines).toEqual(['{1, 2, 3}']);
    expect(byName(nodes, 'frozenset frozenset({4}), refcount 1')).toHaveLength(1);
    expect(byName(nodes, 'set set(), refcount 1')).toHaveLength(1);
  });

  it('a function shows its whole qualified name, wrapped', () => {
    const nodes = cardsAfter([
      'class Item:\n    def __init__(self):\n        pass\n',
      'f = Item.__init__',
    ]);
    const [fn] = byName(nodes, 'function <function Item.__init__>, refcount 2');
    expect(fn!.reprLines).toEqual(['<function', 'Item.__init__>']);
    expect(fn!.reprLines.join('')).not.toContain('…');
  });

  it('a WeakValueDictionary shows its whole type on two lines and its rows', () => {
    const nodes = cardsAfter([
      'import weakref',
      "n = Node('n')",
      'd = weakref.WeakValueDictionary()',
      "d['a'] = n",
    ]);
    const [d] = byName(nodes, "WeakValueDictionary {'a': <Node>}, refcount 1");
    expect(d!.typeLines).toEqual(['WeakValue', 'Dictionary']);
    expect(d!.reprLines).toEqual(["{'a': <Node>}"]);
  });

  it('a weakref names its referent, then says it is dead', () => {
    const live = cardsAfter(['import weakref', "n = Node('n')", 'w = weakref.ref(n)']);
    expect(byName(live, "ReferenceType <weakref to 'Node'>, refcount 1")).toHaveLength(1);
    const dead = cardsAfter(['import weakref', "n = Node('n')", 'w = weakref.ref(n)', 'del n']);
    expect(byName(dead, 'ReferenceType <weakref; dead>, refcount 1')).toHaveLength(1);
  });

  it('a frame object shows its function and line', () => {
    const nodes = cardsAfter([
      'def g():\n    x = 1\n    1/0\n',
      'try:\n    g()\nexcept Exception as e:\n    fr = e.__traceback__.tb_next.tb_frame\n',
    ]);
    expect(byName(nodes, 'frame <frame g, line 3>, refcount')).toHaveLength(1);
  });

  it('inline values: slots show the shared values, accessible names stay the same', () => {
    const lines = ["n = Node('n')", 'l = [1, True, None]'];
    const shared = cardsAfter(lines);
    const inline = cardsAfter(lines, true);
    expect(inline.every((n) => n.kind === 'card')).toBe(true);
    const names = (nodes: ObjectNode[]) =>
      nodes
        .filter((n) => n.kind === 'card')
        .map((n) => [n.ariaLabel, n.cells.map((c) => c.ariaLabel)]);
    expect(names(inline)).toEqual(names(shared));
    const [list] = byName(inline, 'list [1, True, None]');
    expect(list!.cells.map((c) => [c.label, c.inline])).toEqual([
      ['1', true],
      ['True', true],
      ['None', true],
    ]);
    const [sharedList] = byName(shared, 'list [1, True, None]');
    expect(sharedList!.cells.map((c) => c.label)).toEqual(['[0]', '[1]', '[2]']);
  });
});
