/** The collector walkthrough read from real runs (here, since render/ may not start a session itself). */
import { describe, expect, it } from 'vitest';
import { Session } from '../python/session';
import { PRELUDE } from '../store/prelude';
import { collectorSteps, hasCollection } from '../render/collectorSteps';
import { hasExplicitCollection } from '../render/collections';

/** Runs `lines` after the prelude, then `last`, and walks through its collection as the canvas would. */
function walk(lines: string[], last: string, collections?: 'automatic') {
  const s = new Session();
  for (const line of PRELUDE) s.run(line);
  const setup = new Set(s.snapshot().objects.map((o) => o.id));
  for (const line of lines) {
    const r = s.run(line);
    if (!r.ok) throw new Error(`${line}: ${r.error}`);
  }
  const before = s.snapshot();
  const drawn = new Set(
    before.objects.filter((o) => !setup.has(o.id) && !o.interned).map((o) => o.id),
  );
  const run = s.run(last);
  const steps = collectorSteps({ events: run.events, before, drawn, source: last, collections });
  const id = (name: string) =>
    before.frames.find((f) => f.kind === 'globals')!.names.find((n) => n.name === name)?.target;
  return { steps, before, run, id };
}

describe('collectorSteps', () => {
  it('walks two lists that hold each other through every phase, one arrow at a time', () => {
    const lists = ['a = []', 'b = []', 'a.append(b)', 'b.append(a)'];
    const { steps } = walk([...lists, 'import gc', 'del a', 'del b'], 'gc.collect(2)');
    expect(steps.map((x) => x.phase)).toEqual([
      'start',
      'updateRefs',
      'subtract',
      'subtract',
      'subtractRefs',
      'restore',
      'gather',
      'weakrefs',
      'resurrection',
      'delete',
      'done',
    ]);
    const [, copied, first, second] = steps;
    const cycle = [...copied!.overlay.gcRefs.keys()];
    expect(cycle).toHaveLength(2);
    expect([...copied!.overlay.gcRefs.values()]).toEqual([1, 1]);
    // Each subtraction lights the arrow it follows and takes one off its target's gc_refs.
    expect(first!.highlight).toHaveLength(1);
    const [from, to] = first!.highlight[0]!;
    expect(first!.overlay.gcRefs.get(to)).toBe(0);
    expect(first!.overlay.gcRefs.get(from)).toBe(1);
    expect(second!.overlay.gcRefs.get(from)).toBe(0);
    expect(first!.caption).toMatch(/gc_refs 1 → 0\.$/);
    // The restore step marks nothing unreachable yet: that is the next step's news.
    const restore = steps.find((x) => x.phase === 'restore')!;
    expect([...restore.overlay.status.values()]).toEqual([]);
    const gather = steps.find((x) => x.phase === 'gather')!;
    expect([...gather.overlay.status.values()]).toEqual(['unreachable', 'unreachable']);
    expect(gather.caption).toMatch(/^The rest, 2 objects, are gathered as unreachable/);
    // The heap after the run is drawn from the deletion on; the last step says what was returned.
    expect(steps.map((x) => x.commit)).toEqual([...Array(9).fill(false), true, false]);
    expect(steps.at(-1)!.caption).toBe('gc.collect(2) returned 2: 2 objects collected.');
  });

  it('shows a name’s arrow as an internal reference: the Globals dict is tracked too', () => {
    const { steps, id } = walk(['import gc', 'a = []'], 'gc.collect()');
    const subtract = steps.find((x) => x.phase === 'subtract')!;
    expect(subtract.caption).toBe(
      'The name a lives in the Globals dict, itself tracked, so its reference to list a comes from inside the generation: gc_refs 1 → 0.',
    );
    const restore = steps.find((x) => x.phase === 'restore')!;
    expect(restore.overlay.status.get(id('a')!)).toBe('reachable');
    expect(steps.some((x) => x.phase === 'delete')).toBe(false);
    expect(steps.at(-1)).toMatchObject({ phase: 'done', commit: true });
  });

  it('clears weak references first, evicting WeakValueDictionary rows, then runs callbacks and __del__', () => {
    const { steps } = walk(
      [
        'import gc, weakref',
        "f1 = Finalized('f1')",
        'f1.me = f1',
        'def cb(r):\n    print("callback ran")\n',
        'w1 = weakref.ref(f1, cb)',
        "n1 = Node('n1')",
        'n1.next = n1',
        'cache = weakref.WeakValueDictionary()',
        "cache['k'] = n1",
        'del f1, n1',
      ],
      'gc.collect()',
    );
    const phases = steps.map((x) => x.phase);
    expect(phases.indexOf('weakrefs')).toBeLessThan(phases.indexOf('callback'));
    expect(phases.indexOf('callback')).toBeLessThan(phases.indexOf('finalize'));
    const weak = steps.find((x) => x.phase === 'weakrefs')!;
    expect(weak.caption).toContain("WeakValueDictionary cache row ['k'] evicted");
    expect(weak.overlay.cleared.size).toBe(2);
    expect(steps.find((x) => x.phase === 'callback')!.output).toBe('callback ran\n');
    expect(steps.find((x) => x.phase === 'finalize')!.output).toBe('__del__ called for f1\n');
    // What the transcript may show at each step: the output printed by its end, in order.
    expect(steps.find((x) => x.phase === 'callback')!.printed).toBe('callback ran\n'.length);
    expect(steps.find((x) => x.phase === 'finalize')!.printed).toBe(
      'callback ran\n__del__ called for f1\n'.length,
    );
    expect(steps[0]!.printed).toBe(0);
    // The third is the WeakValueDictionary's KeyedRef, which the canvas draws as a row, not a card.
    expect(steps.at(-1)!.caption).toBe(
      'gc.collect() returned 3: 3 objects collected; 2 drawn, and 1 more object not drawn: 1 KeyedRef.',
    );
  });

  it('marks an object its __del__ resurrected, and frees nothing', () => {
    const { steps } = walk(
      [
        'import gc',
        'class R:\n    def __del__(self):\n        global saved\n        saved = self\n',
        'r = R()',
        'r.me = r',
        'del r',
      ],
      'gc.collect()',
    );
    const back = steps.find((x) => x.phase === 'resurrection')!;
    expect(back.caption).toMatch(/was made reachable again \(resurrected\) and survives\.$/);
    expect([...back.overlay.status.values()]).toContain('resurrected');
    expect(steps.at(-1)!.caption).toBe('gc.collect() returned 0: 0 objects collected.');
  });

  it('finds no collection in an ordinary statement', () => {
    const s = new Session();
    expect(hasCollection(s.run('a = [1]').events)).toBe(false);
  });
});

describe('collectorSteps: every collection, from the engine’s events', () => {
  const PHASES = ['start', 'updateRefs', 'subtractRefs', 'restore', 'gather', 'done'];

  it('walks through gc.collect() called inside a function, to what it returned', () => {
    const { steps } = walk(['import gc', 'def f():\n    gc.collect()\n'], 'f()');
    expect(steps.map((x) => x.phase).filter((p) => p !== 'subtract')).toEqual(PHASES);
    // python3 prints 0 for it.
    expect(steps.at(-1)).toMatchObject({
      caption: 'gc.collect() returned 0: 0 objects collected.',
      returned: 0,
      commit: true,
    });
  });

  it('walks through a collection with nothing to collect, phase by phase', () => {
    const { steps } = walk(['import gc', 'gc.collect()', 'a = [1]'], 'gc.collect()');
    expect(steps.map((x) => x.phase).filter((p) => p !== 'subtract')).toEqual(PHASES);
    expect(steps.find((x) => x.phase === 'gather')!.caption).toBe(
      'Nothing drawn is left over: there is no garbage here for the collector to free.',
    );
    expect(steps.at(-1)!.caption).toBe('gc.collect() returned 0: 0 objects collected.');
  });

  const LOOP = 'for i in range(800):\n    l = []\n    l.append(l)\n';
  const CYCLE = ['import gc', 'gc.collect()', 'a = []', 'a.append(a)', 'del a'];

  it('leaves an automatic collection out of the walkthrough, and walks through it on demand', () => {
    expect(walk(CYCLE, LOOP).steps).toEqual([]);
    const { steps, run } = walk(CYCLE, LOOP, 'automatic');
    const done = run.events.find((e) => e.kind === 'gcDone')!;
    expect(done).toMatchObject({ generation: 0, garbage: [{ type: 'list' }] });
    const counted = done.kind === 'gcDone' ? done.collected : 0;
    expect(steps[0]).toMatchObject({ phase: 'start', title: 'automatic collection' });
    expect(steps[0]!.caption).toMatch(/^Automatic collection: an allocation took generation 0/);
    // The drawn cycle is in generation 0's garbage with the loop's lists.
    const gather = steps.find((x) => x.phase === 'gather')!;
    expect([...gather.overlay.status.values()]).toEqual(['unreachable']);
    const last = steps.at(-1)!;
    expect(last.returned).toBe(counted);
    expect(last.notDrawn).toEqual({
      count: counted - 1,
      types: [{ type: 'list', count: counted - 1 }],
    });
    expect(last.caption).toBe(
      `The automatic collection of generation 0 counted ${counted}: ${counted} objects collected; 1 drawn, and ${counted - 1} more objects not drawn: ${counted - 1} list.`,
    );
  });

  it('walks through the explicit collection of a statement that also collected on its own', () => {
    const last = 'l = [[] for _ in range(800)]; gc.collect()';
    const { steps, run } = walk(CYCLE, last);
    const starts = run.events.filter((e) => e.kind === 'gcStart');
    expect(starts.map((e) => e.kind === 'gcStart' && e.automatic === true)).toEqual([true, false]);
    // The automatic collection freed the cycle: the explicit one, walked through, finds nothing.
    expect(steps.filter((x) => x.phase === 'start').map((x) => x.title)).toEqual(['collect']);
    expect(steps.at(-1)).toMatchObject({
      caption: 'gc.collect() returned 0: 0 objects collected.',
      commit: true,
    });
    const auto = walk(CYCLE, last, 'automatic').steps;
    expect(auto.filter((x) => x.phase === 'start').map((x) => x.title)).toEqual([
      'automatic collection',
    ]);
    expect(auto.at(-1)!.caption).toMatch(/^The automatic collection of generation 0 counted /);
  });

  it('says how many objects a collection counted that are not drawn, by type', () => {
    // After the class is redefined, the old one and its instance are the only cards; python3
    // returns 7, and gc.garbage (DEBUG_SAVEALL) holds 2 tuple, 2 getset_descriptor, type, dict, A.
    const { steps } = walk(
      [
        'import gc',
        'gc.collect()',
        'class A:\n    pass\n',
        'a = A()',
        'a.me = a',
        'class A:\n    pass\n',
        'del a',
      ],
      'gc.collect()',
    );
    const last = steps.at(-1)!;
    expect(last.caption).toBe(
      'gc.collect() returned 7: 7 objects collected; 2 drawn, and 5 more objects not drawn: 2 tuple, 2 getset_descriptor, 1 dict.',
    );
    expect(last.notDrawn).toEqual({
      count: 5,
      types: [
        { type: 'tuple', count: 2 },
        { type: 'getset_descriptor', count: 2 },
        { type: 'dict', count: 1 },
      ],
    });
  });

  it('walks through only the collections recorded in full; past the event limit they are told', () => {
    // 40,000 families of three: about 170 automatic collections, most past the 100,000 events a
    // statement records, and a gc.collect() at the end, past it too.
    const program =
      'import gc\nclass C:\n    pass\nfor i in range(40000):\n    p = C()\n    p.me = [p]\ngc.collect()\n';
    const { steps, run } = walk([], program, 'automatic');
    expect(run.eventsTruncated).toBe(true);
    const starts = run.events.filter((e) => e.kind === 'gcStart');
    const outlines = starts.filter((e) => e.outline);
    expect(outlines.length).toBeGreaterThan(100);
    // The explicit collection is an outline: the statement is not walked through for it.
    expect(hasExplicitCollection(run.events)).toBe(false);
    const recorded = starts.filter((e) => !e.outline && e.automatic).length;
    const ran = starts.filter((e) => e.automatic).length;
    const first = steps.find((x) => x.phase === 'start')!;
    expect(first.caption).toContain(
      `Automatic collection 1 of the ${recorded} recorded in full (${ran} ran;`,
    );
    expect(steps.filter((x) => x.phase === 'start')).toHaveLength(recorded);
  });
});
