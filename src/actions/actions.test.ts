import { describe, expect, it } from 'vitest';
import type { HeapSnapshot } from '../engine/snapshot';
import { Session } from '../python/session';
import { PRELUDE } from '../store/prelude';
import type { Selection } from '../store/selection';
import { appendItem } from './appendItem';
import { bindName } from './bindName';
import { createDict } from './createDict';
import { createFinalized } from './createFinalized';
import { createInstance } from './createInstance';
import { createList } from './createList';
import { createNode } from './createNode';
import { deleteAttribute } from './deleteAttribute';
import { deleteItem } from './deleteItem';
import { deleteName } from './deleteName';
import { collect } from './collect';
import { makeWeakref } from './makeWeakref';
import { putInWeakValueDict } from './putInWeakValueDict';
import { keyExpression } from './keys';
import { pythonPaths, pythonString } from './paths';
import { DELETE_ACTIONS, REFERENCE_ACTIONS, resolve, type Action } from './registry';
import { setAttribute } from './setAttribute';
import { setItem } from './setItem';

/** A session with the prelude run, and helpers to find things in its heap by name. */
function heap(...lines: string[]) {
  const s = new Session();
  for (const line of [...PRELUDE, ...lines]) {
    const r = s.run(line);
    if (!r.ok) throw new Error(`${line}: ${r.error}`);
  }
  const snap = () => s.snapshot();
  const globals = (snapshot: HeapSnapshot) => snapshot.frames.find((f) => f.kind === 'globals')!;
  const id = (name: string) => globals(snap()).names.find((n) => n.name === name)!.target;
  const name = (n: string): Selection => ({
    kind: 'name',
    frameId: globals(snap()).id,
    name: n,
    target: id(n),
  });
  const object = (n: string): Selection => ({ kind: 'object', id: id(n) });
  const ref = (holder: string, slot: string): Extract<Selection, { kind: 'ref' }> => {
    const h = snap().objects.find((o) => o.id === id(holder))!;
    return {
      kind: 'ref',
      holderId: h.id,
      slot,
      target: h.refs.find((r) => r.slot === slot)!.target,
    };
  };
  /** Runs an action's Python like the app does, and returns the text that ran. */
  const act = (
    action: Action,
    selection: Selection | null,
    input: { target?: number; text?: string; className?: string; generation?: number } = {},
  ) => {
    const applies = action.appliesTo(selection, snap());
    if (!applies.ok) throw new Error(applies.reason);
    const ran: string[] = [];
    for (const first of action.prerequisites?.(selection, { ...input, snapshot: snap() }) ?? []) {
      const r = s.run(first);
      if (!r.ok) throw new Error(`${first}: ${r.error}`);
      ran.push(first);
    }
    const source = action.toPython(selection, { ...input, snapshot: snap() });
    const r = s.run(source);
    if (!r.ok) throw new Error(`${source}: ${r.error}`);
    return ran.length > 0 ? [...ran, source].join('\n') : source;
  };
  return { s, snap, id, name, object, ref, act };
}

describe('the palette', () => {
  it('binds each new object to a fresh name: a, b for lists, d for dicts, n1 and f1 for instances', () => {
    const h = heap();
    expect(h.act(createList, null)).toBe('a = []');
    expect(h.act(createList, null)).toBe('b = []');
    expect(h.act(createDict, null)).toBe('d = {}');
    expect(h.act(createDict, null)).toBe('d2 = {}');
    expect(h.act(createNode, null)).toBe("n1 = Node('n1')");
    expect(h.act(createFinalized, null)).toBe("f1 = Finalized('f1')");
    h.s.run('class Point:\n    pass\n');
    expect(h.act(createInstance, null, { className: 'Point' })).toBe('p1 = Point()');
    expect(h.snap().objects.map((o) => o.type)).toEqual(
      expect.arrayContaining(['list', 'dict', 'Node', 'Finalized', 'Point']),
    );
  });

  it('refuses to call a class that was deleted', () => {
    const h = heap('del Node');
    expect(createNode.appliesTo(null, h.snap())).toEqual({
      ok: false,
      reason: "There is no class Node in Globals any more, so it can't be called.",
    });
  });
});

describe('references', () => {
  it('rebinds a name, appends to a list, sets a dict key and an attribute', () => {
    const h = heap('a = []', 'b = []', 'd = {}', "n1 = Node('n1')", "n2 = Node('n2')");
    expect(h.act(bindName, h.name('b'), { target: h.id('a') })).toBe('b = a');
    expect(h.act(appendItem, h.object('a'), { target: h.id('d') })).toBe('a.append(d)');
    expect(h.act(setItem, h.object('d'), { target: h.id('n1'), text: 'k' })).toBe("d['k'] = n1");
    expect(h.act(setAttribute, h.object('n1'), { target: h.id('n2'), text: 'next' })).toBe(
      'n1.next = n2',
    );
  });

  it('picks the action for the selection: append for a list, a key for a dict, `b = a` for a name', () => {
    const h = heap('a = []', 'd = {}', "n1 = Node('n1')", 't = (1,)');
    const chosen = (s: Selection) => {
      const r = resolve(REFERENCE_ACTIONS, s, h.snap());
      return r.ok ? r.action.id : r.reason;
    };
    expect(chosen(h.object('a'))).toBe('append-item');
    expect(chosen(h.object('d'))).toBe('set-item');
    expect(chosen(h.object('n1'))).toBe('set-attribute');
    expect(chosen(h.name('a'))).toBe('bind-name');
    expect(chosen(h.object('t'))).toBe('');
  });

  it('suggests a key and an attribute, and checks what is typed', () => {
    const h = heap('d = {}', "d['k'] = 1", "n1 = Node('n1')");
    const input = { snapshot: h.snap() };
    expect(setItem.prompt!.initial(h.object('d'), input)).toBe('k2');
    expect(setAttribute.prompt!.initial(h.object('n1'), input)).toBe('next');
    expect(setAttribute.prompt!.check('2x')).toMatch(/identifier/);
    expect(setAttribute.prompt!.check('next')).toBeNull();
  });

  it('reaches objects through the references drawn, not only through names', () => {
    const h = heap(
      "n1 = Node('n1')",
      "n1.next = Node('n2')",
      'a = [n1.next]',
      "d = {'k': [], 3: []}",
    );
    const paths = pythonPaths(h.snap());
    const n2 = h.snap().objects.find((o) => o.type === 'Node' && o.id !== h.id('n1'))!;
    expect(paths.get(n2.id)).toBe('n1.next');
    const lists = h.snap().objects.filter((o) => o.type === 'list' && o.repr === '[]');
    expect(lists.map((l) => paths.get(l.id)).sort()).toEqual(["d['k']", 'd[3]']);
    expect(h.act(appendItem, { kind: 'object', id: lists[0]!.id }, { target: n2.id })).toMatch(
      /^d\[('k'|3)\]\.append\(n1\.next\)$/,
    );
  });

  it('uses a literal for the interpreter’s shared objects', () => {
    const h = heap('a = [None, 5]');
    const five = h.ref('a', '[1]').target;
    expect(h.act(appendItem, h.object('a'), { target: five })).toBe('a.append(5)');
  });
});

describe('deleting', () => {
  it('deletes a name, a list item, a dict entry and an attribute', () => {
    const h = heap('a = [1, 2]', 'b = a', "d = {'k': a}", "n1 = Node('n1')");
    const del = (s: Selection) => {
      const r = resolve(DELETE_ACTIONS, s, h.snap());
      if (!r.ok) throw new Error(r.reason);
      return h.act(r.action, s);
    };
    expect(del(h.name('b'))).toBe('del b');
    expect(del(h.ref('a', '[1]'))).toBe('del a[1]');
    expect(del(h.ref('d', "['k']"))).toBe("del d['k']");
    expect(del(h.ref('n1', '.next'))).toBe('del n1.next');
    expect(h.snap().objects.find((o) => o.id === h.id('a'))!.repr).toBe('[1]');
  });

  it("says why a tuple's item or the console's own name can't be deleted", () => {
    const h = heap('t = (1, 2)', 't');
    expect(deleteItem.appliesTo(h.ref('t', '[0]'), h.snap())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/tuple is immutable/),
    });
    const repl = h.snap().frames.find((f) => f.kind === 'repl')!;
    const underscore: Selection = {
      kind: 'name',
      frameId: repl.id,
      name: '_',
      target: repl.names[0]!.target,
    };
    expect(deleteName.appliesTo(underscore, h.snap())).toMatchObject({ ok: false });
    expect(deleteAttribute.appliesTo(h.ref('t', '[0]'), h.snap())).toMatchObject({ reason: '' });
  });
});

describe('objects no name reaches', () => {
  it('offers no action on two lists that hold each other after both names are deleted', () => {
    const h = heap('a = []', 'b = []', 'a.append(b)', 'b.append(a)');
    const [a, b] = [h.id('a'), h.id('b')];
    h.s.run('del a');
    h.s.run('del b');
    h.s.run('c = []');
    const snapshot = h.snap();
    const applies = appendItem.appliesTo({ kind: 'object', id: a }, snapshot);
    expect(applies).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^No name reaches list/),
    });
    expect(applies.ok || applies.reason).toMatch(/Only the cycle collector can find it/);
    expect(appendItem.acceptsTarget!(h.object('c'), b, snapshot)).toMatchObject({ ok: false });
    expect(bindName.acceptsTarget!(h.name('c'), b, snapshot)).toMatchObject({ ok: false });
  });
});

describe('text to Python', () => {
  it('quotes strings as repr does and turns typed keys into literals', () => {
    expect(pythonString("it's")).toBe('"it\'s"');
    expect(pythonString('a\\b\n')).toBe("'a\\\\b\\n'");
    expect(keyExpression('k')).toBe("'k'");
    expect(keyExpression('12')).toBe('12');
    expect(keyExpression('"x"')).toBe('"x"');
    expect(keyExpression('None')).toBe('None');
    expect(keyExpression('two words')).toBe("'two words'");
  });
});

describe('the collector and weak references', () => {
  it('collects after importing gc once, with the generation chosen', () => {
    const h = heap('a = []', 'a.append(a)', 'del a');
    expect(h.act(collect, null, { generation: 2 })).toBe('import gc\ngc.collect(2)');
    expect(h.act(collect, null, { generation: 0 })).toBe('gc.collect(0)');
  });

  it('makes a weak reference to an instance, importing weakref first, with fresh names', () => {
    const h = heap("n1 = Node('n1')");
    expect(h.act(makeWeakref, h.object('n1'))).toBe('import weakref\nw1 = weakref.ref(n1)');
    expect(h.act(makeWeakref, h.name('n1'))).toBe('w2 = weakref.ref(n1)');
    const w1 = h.snap().objects.find((o) => o.id === h.id('w1'))!;
    expect(w1.refs).toEqual([{ slot: 'weakly', target: h.id('n1'), weak: true }]);
  });

  it("explains that a list can't be weakly referenced", () => {
    const h = heap('a = []');
    expect(makeWeakref.appliesTo(h.object('a'), h.snap())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^A list can't be weakly referenced/),
    });
  });

  it('puts an object in a WeakValueDictionary, making `cache` the first time', () => {
    const h = heap("n1 = Node('n1')", "n2 = Node('n2')");
    expect(putInWeakValueDict.prompt!.initial(h.object('n1'), { snapshot: h.snap() })).toBe('k');
    expect(h.act(putInWeakValueDict, h.object('n1'), { text: 'k' })).toBe(
      "import weakref\ncache = weakref.WeakValueDictionary()\ncache['k'] = n1",
    );
    expect(putInWeakValueDict.prompt!.initial(h.object('n2'), { snapshot: h.snap() })).toBe('k2');
    expect(h.act(putInWeakValueDict, h.object('n2'), { text: 'k2' })).toBe("cache['k2'] = n2");
    const cache = h.snap().objects.find((o) => o.id === h.id('cache'))!;
    expect(cache.refs.map((r) => [r.slot, r.weak])).toEqual([
      ["['k']", true],
      ["['k2']", true],
    ]);
  });
});
