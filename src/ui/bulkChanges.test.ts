import { describe, expect, it } from 'vitest';
import { Session } from '../python/session';
import { refChanges } from '../render/refChanges';
import { announceRun } from './announcement';

const entry = (source: string) => ({
  id: 1,
  source,
  output: [],
  ok: true,
  error: null,
  origin: 'console' as const,
});

describe('a bulk operation, as the view reads it', () => {
  it('is one change: "+100,000: x[0…99999]", and freeing it is one too', () => {
    const s = new Session();
    const before = s.snapshot();
    const made = s.run('x = [0] * 100000');
    const after = s.snapshot();
    const zero = after.objects.find((o) => o.interned && o.repr === '0')!.id;
    const changes = refChanges(made.events, before, after).filter((c) => c.id === zero);
    expect(changes.map((c) => [c.label, c.delta, c.count])).toContainEqual([
      '+100,000: x[0…99999]',
      100000,
      100000,
    ]);
    const freed = s.run('del x');
    const gone = refChanges(freed.events, after, s.snapshot()).filter((c) => c.id === zero);
    expect(gone.map((c) => c.label)).toEqual(['\u2212100,000: x[0…99999]']);
  });

  it('is announced as one change of a drawn object, and what is not drawn as counts', () => {
    const s = new Session();
    s.run('class Node:\n    pass\n');
    s.run('n = Node()');
    const before = s.snapshot();
    const made = s.run('y = [n] * 50000');
    const said = announceRun(made.events, before, s.snapshot(), entry('y = [n] * 50000'));
    expect(said).toContain('Node refcount 50001 (+50,000: y[0…49999])');

    const big = s.snapshot();
    const r = s.run('z = list(range(1000, 3000))');
    const counted = announceRun(r.events, big, s.snapshot(), entry('z = …'));
    expect(counted).toMatch(/Not drawn: 1,9\d\d objects made/);
  });
});
