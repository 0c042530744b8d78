import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT } from '../engine/emptySnapshot';
import type { HeapEvent } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import { Session } from '../python/session';
import { refChanges } from '../render/refChanges';
import { announceRun } from './announcement';

const GLOBALS = 100;
const A = 200;

const heap = (names: string[], refcount: number | null): HeapSnapshot => ({
  frames: [
    {
      id: GLOBALS,
      kind: 'globals',
      title: 'Globals',
      names: names.map((name) => ({ name, target: A })),
      stack: [],
    },
  ],
  objects:
    refcount === null
      ? []
      : [
          {
            id: A,
            type: 'list',
            repr: '[]',
            refcount,
            interned: false,
            refs: [],
            refTotal: 0,
            length: 0,
            kind: 'list',
            generation: 0,
            finalized: false,
            weakrefCount: 0,
            unreachable: false,
          },
        ],
  omitted: 0,
  collector: EMPTY_SNAPSHOT.collector,
});

const entry = (text: string, ok = true, error: string | null = null) => ({
  id: 1,
  source: '',
  output: text ? [{ stream: ok ? ('stdout' as const) : ('stderr' as const), text }] : [],
  ok,
  error,
});

describe('announceRun', () => {
  it('says which reference changed a refcount, leaving out passing temporaries', () => {
    const events: HeapEvent[] = [
      { kind: 'incref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
      { kind: 'incref', id: A, refcount: 3, site: { holder: GLOBALS, slot: 'b' } },
      { kind: 'decref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
    ];
    expect(announceRun(events, heap(['a'], 1), heap(['a', 'b'], 2), entry(''))).toBe(
      'list refcount 2 (+1: b)',
    );
  });

  it('reports a call that only borrowed the object by what it printed', () => {
    const events: HeapEvent[] = [
      { kind: 'incref', id: A, refcount: 2, site: { holder: 0, slot: 'stack' } },
      { kind: 'decref', id: A, refcount: 1, site: { holder: 0, slot: 'stack' } },
    ];
    expect(announceRun(events, heap(['a'], 1), heap(['a'], 1), entry('2\n'))).toBe('Output: 2');
  });

  it('announces a freed object and an error line', () => {
    const events: HeapEvent[] = [
      { kind: 'decref', id: A, refcount: 0, site: { holder: GLOBALS, slot: 'a' } },
      { kind: 'dealloc', id: A, type: 'list' },
    ];
    expect(announceRun(events, heap(['a'], 1), heap([], null), entry(''))).toBe(
      'list freed (\u22121: a)',
    );
    const failed = entry(
      "NameError: name 'zz' is not defined\n",
      false,
      "NameError: name 'zz' is not defined",
    );
    expect(announceRun([], heap([], null), heap([], null), failed)).toBe(
      "NameError: name 'zz' is not defined",
    );
  });

  it('counts the creator’s reference of a new object as a stack temporary', () => {
    const events: HeapEvent[] = [
      { kind: 'alloc', id: A, type: 'list', repr: '[]' },
      { kind: 'incref', id: A, refcount: 2, site: { holder: GLOBALS, slot: 'a' } },
      { kind: 'decref', id: A, refcount: 1, site: { holder: 0, slot: 'stack' } },
    ];
    expect(announceRun(events, heap([], null), heap(['a'], 1), entry(''))).toBe(
      'new list, refcount 1 (+1: a)',
    );
  });

  it('names every reference of the seed session by where the engine says it went', () => {
    const session = new Session();
    let before = session.snapshot();
    const run = (source: string) => {
      const outcome = session.run(source);
      const after = session.snapshot();
      const said = announceRun(outcome.events, before, after, {
        id: 1,
        source,
        output: outcome.output,
        ok: outcome.ok,
        error: outcome.error,
      });
      const list = after.frames[0]!.names.find((n) => n.name === 'a')?.target;
      const labels = refChanges(outcome.events, before, after)
        .filter((c) => c.id === list)
        .map((c) => c.label);
      before = after;
      return { said, labels };
    };
    expect(run('a = []')).toEqual({
      said: 'new list, refcount 1 (held by a)',
      labels: ['held by a'],
    });
    expect(run('b = a')).toEqual({ said: 'list refcount 2 (+1: b)', labels: ['+1: b'] });
    expect(run('l = [1, 2, 3, a]').labels).toEqual(['+1: l[3]']);
    expect(run('del b').said).toBe('list refcount 2 (\u22121: b)');
    expect(run('del l').said).toContain('list refcount 1 (\u22121: l[3])');
  });

  it('says where a new instance went, not which call borrowed it on the way', () => {
    const session = new Session();
    session.run('class Node:\n    def __init__(self, name):\n        self.name = name\n');
    const before = session.snapshot();
    const outcome = session.run("n1 = Node('n1')");
    const after = session.snapshot();
    const entry = { id: 1, source: '', output: [], ok: true, error: null };
    expect(announceRun(outcome.events, before, after, entry)).toContain(
      'new Node, refcount 1 (held by n1)',
    );
    const node = after.frames[0]!.names.find((n) => n.name === 'n1')!.target;
    const labels = refChanges(outcome.events, before, after)
      .filter((c) => c.id === node)
      .map((c) => c.label);
    expect(labels[0]).toBe('+1: self');
    expect(labels.at(-1)).toBe('held by n1');
  });

  it('adds up the changes of one reason, as the canvas labels do', () => {
    const session = new Session();
    session.run('class Node:\n    def __init__(self, name):\n        self.name = name\n');
    session.run('objs = []');
    const before = session.snapshot();
    const outcome = session.run('for i in range(200): objs.append(Node(str(i)))');
    const after = session.snapshot();
    const entry = { id: 1, source: '', output: [], ok: true, error: null };
    const said = announceRun(outcome.events, before, after, entry);
    // Each new instance takes a reference to its class: 200 of them, said once.
    expect(said).toMatch(/refcount \d+ \(\+200: Node\.__class__\)/);
    expect(said.match(/Node\.__class__/g)).toHaveLength(1);
  });
});

describe('weak references and the collector', () => {
  it('says which WeakValueDictionary row was evicted and what a collection collected', () => {
    const session = new Session();
    session.run('class C:\n    pass\n');
    for (const line of [
      'import weakref, gc',
      'c = C()',
      'cache = weakref.WeakValueDictionary()',
      "cache['k'] = c",
    ])
      session.run(line);
    let before = session.snapshot();
    let outcome = session.run('del c');
    const entry = { id: 1, source: '', output: [], ok: true, error: null };
    expect(announceRun(outcome.events, before, session.snapshot(), entry)).toMatch(
      /^cache\['k'\] evicted\. C freed/,
    );
    session.run('a = []');
    session.run('a.append(a)');
    session.run('del a');
    before = session.snapshot();
    outcome = session.run('gc.collect()');
    expect(announceRun(outcome.events, before, session.snapshot(), entry)).toMatch(
      /^The collector \(generation 2\) collected 1 object\. list freed/,
    );
  });
});
