import { describe, expect, it } from 'vitest';
import { Session } from '../python/session';
import { unreachableIds } from './reachability';
import { whyAlive } from './whyAlive';

describe('unreachableIds', () => {
  it('finds two lists that hold each other once no name does', () => {
    const s = new Session();
    for (const line of ['a = []', 'b = []', 'a.append(b)', 'b.append(a)']) s.run(line);
    expect(unreachableIds(s.snapshot()).size).toBe(0);
    s.run('del a');
    s.run('del b');
    const snapshot = s.snapshot();
    const lists = snapshot.objects.filter((o) => o.type === 'list').map((o) => o.id);
    expect([...unreachableIds(snapshot)].sort()).toEqual(lists.sort());
  });

  it('does not call an object unreachable when something the picture leaves out holds it', () => {
    const s = new Session();
    s.run('class C:\n    def f(self):\n        pass\n');
    // The method is held by the class's dict, which the snapshot does not draw.
    expect(unreachableIds(s.snapshot()).size).toBe(0);
  });
});

describe('weak references', () => {
  it('keep nothing reachable: a cycle held only by a weakref is still unreachable', () => {
    const s = new Session();
    s.run('import weakref');
    s.run('class C:\n    pass\n');
    for (const line of ['c = C()', 'c.me = c', 'w = weakref.ref(c)', 'del c']) s.run(line);
    const snapshot = s.snapshot();
    const c = snapshot.objects.find((o) => o.kind === 'instance')!;
    expect(unreachableIds(snapshot).has(c.id)).toBe(true);
    expect(whyAlive(snapshot, c.id)).toEqual([]);
  });
});

describe('whyAlive', () => {
  it('gives the strong paths from the names that reach an object, shortest first', () => {
    const s = new Session();
    for (const line of ['a = []', 'b = [a]', 'd = {"k": b}']) s.run(line);
    const snapshot = s.snapshot();
    const globals = snapshot.frames.find((f) => f.kind === 'globals')!;
    const a = globals.names.find((n) => n.name === 'a')!.target;
    const paths = whyAlive(snapshot, a);
    expect(
      paths.map((p) => [p.root.kind === 'name' && p.root.name, p.steps.map((x) => x.slot)]),
    ).toEqual([
      ['a', []],
      ['b', ['[0]']],
      ['d', ["['k']", '[0]']],
    ]);
  });
});
