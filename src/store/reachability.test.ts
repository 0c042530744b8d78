import { describe, expect, it } from 'vitest';
import { Session } from '../python/session';
import { unreachableIds } from './reachability';

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
