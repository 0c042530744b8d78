import { describe, expect, it } from 'vitest';
import { Session } from '../python/session';
import type { HeapSnapshot } from './snapshot';

function run(source: string): Session {
  const s = new Session();
  const r = s.run(source);
  if (!r.ok) throw new Error(r.error ?? 'the run failed');
  return s;
}

const named = (snap: HeapSnapshot, name: string) => {
  const target = snap.frames[0]!.names.find((n) => n.name === name)!.target;
  return snap.objects.find((o) => o.id === target)!;
};

describe('instances of a class with __slots__ in the heap view', () => {
  it('draws each set slot value as a reference of the instance, in member order', () => {
    const s = run(
      [
        'class P:',
        "    __slots__ = ('y', 'x', 'z')",
        'p = P()',
        'p.y = [1]',
        "p.x = 'a text'",
        'a = p.y',
      ].join('\n'),
    );
    const snap = s.snapshot();
    const p = named(snap, 'p');
    expect(p.kind).toBe('instance');
    expect(p.refs.map((r) => r.slot)).toEqual(['.x', '.y']);
    const y = p.refs.find((r) => r.slot === '.y')!;
    expect(y.target).toBe(named(snap, 'a').id);
    expect(named(snap, 'a').refcount).toBe(2);
  });

  it("shows a member descriptor with CPython's repr, holding its class", () => {
    const s = run(['class P:', "    __slots__ = 'v'", 'd = P.v'].join('\n'));
    const d = named(s.snapshot(), 'd');
    expect(d.repr).toBe("<member 'v' of 'P' objects>");
    expect(d.type).toBe('member_descriptor');
    expect(d.refs.map((r) => r.slot)).toEqual(['__objclass__']);
  });
});
