import { describe, expect, it } from 'vitest';
import { collectorSteps } from '../render/collectorSteps';
import { Session } from '../python/session';
import { condenseEvents, shownIdsOf, slotRange } from './condense';
import type { HeapEvent, OmittedCounts } from './events';

function session(...lines: string[]): Session {
  const s = new Session();
  for (const line of lines) expect(s.run(line).error).toBeNull();
  return s;
}

/** Runs `source` and returns its events with the snapshots before and after it. */
function recorded(s: Session, source: string) {
  const before = s.snapshot();
  const r = s.run(source, 'exec');
  expect(r.error).toBeNull();
  const after = s.snapshot();
  return { events: r.events, before, after, shown: shownIdsOf(before, after) };
}

type Totals = Record<'increfs' | 'decrefs' | 'moves' | 'allocs' | 'deallocs', number>;

/** Per object (or for everything with id -1), the references and objects the events stand for. */
function totalsOf(events: readonly HeapEvent[], only?: number): Totals {
  const t: Totals = { increfs: 0, decrefs: 0, moves: 0, allocs: 0, deallocs: 0 };
  for (const e of events) {
    if ('id' in e && only !== undefined && e.id !== only) continue;
    if (e.kind === 'incref') t.increfs++;
    else if (e.kind === 'decref') t.decrefs++;
    else if (e.kind === 'move') t.moves++;
    else if (e.kind === 'alloc') t.allocs++;
    else if (e.kind === 'dealloc') t.deallocs++;
    else if (e.kind === 'refMany') t[`${e.op}s` as keyof Totals] += e.count;
    else if (e.kind === 'omitted' && only === undefined) {
      for (const k of Object.keys(t) as (keyof Totals)[]) t[k] += e[k as keyof OmittedCounts];
    }
  }
  return t;
}

/** What each object's events stand for, by kind (name bindings are about names: left out). */
function perObject(events: readonly HeapEvent[]): Map<number, Record<string, number>> {
  const out = new Map<number, Record<string, number>>();
  for (const e of events) {
    if (!('id' in e) || e.kind === 'bind' || e.kind === 'unbind') continue;
    const t = out.get(e.id) ?? {};
    const kind = e.kind === 'refMany' ? e.op : e.kind;
    t[kind] = (t[kind] ?? 0) + (e.kind === 'refMany' ? e.count : 1);
    out.set(e.id, t);
  }
  return out;
}

const LOOP = 'x = []\nfor i in range(3000):\n    x.append([i])\n';

describe('condenseEvents', () => {
  it('keeps a run that fits as it is', () => {
    const s = session('a = []');
    const { events, shown } = recorded(s, 'b = [a, a]');
    expect(condenseEvents(events, shown)).toEqual(events);
  });

  it('bounds a long loop, and the counts add up', () => {
    const { events, shown } = recorded(session(), LOOP);
    expect(events.length).toBeGreaterThan(20_000);
    const condensed = condenseEvents(events, shown, 2000);
    expect(condensed.length).toBeLessThanOrEqual(2000);
    expect(condensed.at(-1)?.kind).toBe('omitted');
    expect(totalsOf(condensed)).toEqual(totalsOf(events));
  });

  it('drops nothing of the objects in view: their changes add up one by one', () => {
    const { events, shown } = recorded(session(), LOOP);
    const condensed = condenseEvents(events, shown, events.length - 1);
    expect(condensed.length).toBeLessThan(events.length / 3);
    const full = perObject(events);
    const kept = perObject(condensed);
    for (const id of shown) expect(kept.get(id)).toEqual(full.get(id));
    // What is not in view is counted, not listed.
    for (const e of condensed)
      if ('id' in e && e.kind !== 'bind') expect(shown.has(e.id)).toBe(true);
  });

  it('merges a drawn object’s many changes into one per holder: "+2,999: x[1…2999]"', () => {
    const s = session('n = []');
    const { events, shown } = recorded(s, 'x = []\nfor i in range(3000):\n    x.append(n)\n');
    const condensed = condenseEvents(events, shown, 100);
    const n = s.snapshot().frames[0]!.names.find((m) => m.name === 'n')!.target;
    const many = condensed.filter((e) => e.kind === 'refMany' && e.id === n);
    expect(many.map((e) => e.kind === 'refMany' && [e.op, e.count, e.site?.slot])).toContainEqual([
      'incref',
      2999,
      '[1…2999]',
    ]);
  });

  it('says what many holders of one type have in common: each new Node’s __class__', () => {
    const s = session('class Node:\n    def __init__(self, name):\n        self.name = name\n');
    const { events, shown } = recorded(
      s,
      'objs = []\nfor i in range(200): objs.append(Node(str(i)))\n',
    );
    const condensed = condenseEvents(events, shown, 300);
    const node = s.snapshot().frames[0]!.names.find((m) => m.name === 'Node')!.target;
    const many = condensed.filter((e) => e.kind === 'refMany' && e.id === node && !e.site);
    expect(many).toHaveLength(1);
    const merged = many[0]!;
    expect(merged.kind === 'refMany' && merged.holders).toEqual({
      type: 'Node',
      slot: '.__class__',
    });
    // Every instance's reference to its class is accounted for, one by one or merged.
    expect(totalsOf(condensed, node).increfs).toBe(totalsOf(events, node).increfs);
  });

  it('names the holders’ type only when every holder has it, their first one repeated', () => {
    // X's increfs from the stack and from `a` get merges of their own; the other holders share
    // one, whose first holder `c` (an A) takes X twenty times before the others do once each.
    const source = (others: string) =>
      'c = A()\n' +
      `others = [${others}() for i in range(50)]\n` +
      'for i in range(5): a.x = X\n' +
      'for i in range(20): c.x = X\n' +
      'for o in others: o.x = X\n';
    const merged = (others: string) => {
      const s = session('class A: pass', 'class B: pass', 'X = []', 'a = A()');
      const before = s.snapshot();
      const r = s.run(source(others), 'exec');
      expect(r.error).toBeNull();
      const shown = shownIdsOf(before, s.snapshot());
      const x = before.frames[0]!.names.find((m) => m.name === 'X')!.target;
      // The log's rows and the same events as objects condense alike.
      return [r.log, r.events].map((run) =>
        condenseEvents(run, shown, 100).filter(
          (e) => e.kind === 'refMany' && e.id === x && e.op === 'incref' && !e.site,
        ),
      );
    };
    for (const shared of merged('A')) {
      expect(shared).toHaveLength(1);
      expect(shared[0]).toMatchObject({ count: 70, holders: { type: 'A', slot: '.x' } });
    }
    for (const shared of merged('B')) {
      expect(shared).toHaveLength(1);
      expect(shared[0]).toMatchObject({ count: 70 });
      expect(shared[0]).not.toHaveProperty('holders');
    }
  });

  it('keeps the first bindings of a name and its last one, and counts the others', () => {
    const s = session('x = None', 'y = None');
    const before = s.snapshot();
    const r = s.run('for i in range(40):\n    x = [i]\n    y = (i,)\n', 'exec');
    expect(r.error).toBeNull();
    const shown = shownIdsOf(before, s.snapshot());
    const ofX = (events: readonly HeapEvent[]) =>
      events.filter((e) => e.kind === 'bind' && e.name === 'x');
    const all = ofX(r.events);
    expect(all).toHaveLength(40);
    // The log's rows and the same events as objects condense alike.
    for (const run of [r.log, r.events]) {
      const condensed = condenseEvents(run, shown, 200);
      expect(ofX(condensed)).toEqual([...all.slice(0, 3), all[39]]);
      const omitted = condensed.find((e) => e.kind === 'omitted');
      // x's, y's and i's bindings past the first three, but their last: 36 each.
      expect(omitted?.kind === 'omitted' && omitted.other).toBeGreaterThanOrEqual(3 * 36);
    }
  });

  it('keeps the collector’s events for the drawn objects: the walkthrough is the same', () => {
    const s = session('import gc', 'a = []', 'b = [a]', 'a.append(b)', 'del a, b');
    const source = 'for i in range(2000):\n    t = [i]\ngc.collect()\n';
    const { events, before, shown } = recorded(s, source);
    const drawn = new Set(before.objects.filter((o) => !o.interned).map((o) => o.id));
    const condensed = condenseEvents(events, shown, 500);
    expect(condensed.length).toBeLessThanOrEqual(500);
    const walk = (ev: readonly HeapEvent[]) =>
      collectorSteps({ events: ev, before, drawn, source }).map((step) => step.caption);
    const full = walk(events);
    expect(full.length).toBeGreaterThan(5);
    expect(walk(condensed)).toEqual(full);
  });

  it('keeps the start and end of a collection that touches nothing drawn, for its summary', () => {
    const s = session('import gc', 'gc.collect()');
    const { events, shown } = recorded(s, 'for i in range(2000):\n    l = []\n    l.append(l)\n');
    const ends = (ev: readonly HeapEvent[]) =>
      ev.filter((e) => e.kind === 'gcStart' || e.kind === 'gcDone');
    const condensed = condenseEvents(events, shown, 500);
    expect(condensed.length).toBeLessThanOrEqual(500);
    expect(ends(events).length).toBeGreaterThanOrEqual(2);
    expect(ends(condensed)).toEqual(ends(events));
    expect(ends(condensed)[0]).toEqual({ kind: 'gcStart', generation: 0, automatic: true });
    expect(condensed.some((e) => e.kind === 'gcPhase')).toBe(false);
  });

  it('lists only drawn objects in a collector phase, whatever the run’s size', () => {
    const events: HeapEvent[] = [
      {
        kind: 'gcPhase',
        phase: 'updateRefs',
        objects: [1, 2, 3].map((id) => ({ id, gcRefs: 1, reachable: null })),
      },
    ];
    const [phase] = condenseEvents(events, new Set([2]));
    expect(phase).toEqual({ ...events[0], objects: [{ id: 2, gcRefs: 1, reachable: null }] });
  });
});

describe('slotRange', () => {
  it('reads index slots as a range, the same slot as itself, anything else as "…"', () => {
    expect(slotRange(['[3]', '[4]', '[10…20]'])).toBe('[3…20]');
    expect(slotRange(['stack', 'stack'])).toBe('stack');
    expect(slotRange(['.a', '.b'])).toBe('…');
  });
});
