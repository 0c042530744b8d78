import { describe, expect, it } from 'vitest';
import { Session } from '../python/session';
import { SNAPSHOT_OBJECT_LIMIT, SNAPSHOT_REF_LIMIT, type HeapSnapshot } from './snapshot';

function session(...lines: string[]): Session {
  const s = new Session();
  for (const line of lines) {
    const r = s.run(line);
    if (!r.ok) throw new Error(`${line}: ${r.error}`);
  }
  return s;
}

const named = (snap: HeapSnapshot, name: string) => {
  const target = snap.frames[0]!.names.find((n) => n.name === name)!.target;
  return snap.objects.find((o) => o.id === target)!;
};

/** What each object of the snapshot is, in the snapshot's order: "a", "a[0]", "c", …. */
function labels(snap: HeapSnapshot, known: Record<string, number>): string[] {
  const byId = new Map(Object.entries(known).map(([k, v]) => [v, k]));
  return snap.objects.map((o) => byId.get(o.id) ?? `${o.type} ${o.repr}`);
}

describe('the bounded snapshot', () => {
  it('holds at most SNAPSHOT_OBJECT_LIMIT objects and says how many it left out', () => {
    const s = session('x = list(range(1000, 6000))');
    const snap = s.snapshot();
    expect(snap.objects.length).toBe(SNAPSHOT_OBJECT_LIMIT);
    // The list and 5,000 ints; the interned ints and strs of the run are not counted.
    const drawnCards = snap.objects.filter((o) => !o.interned).length;
    expect(drawnCards + snap.omitted).toBe(5001);
  });

  it('lists the first references of a big container and counts them all', () => {
    const snap = session('x = [0] * 100000', 'd = {}', 'd[1] = 2', 'd["k"] = 3').snapshot();
    const x = named(snap, 'x');
    expect(x.refs.map((r) => r.slot)).toEqual(
      Array.from({ length: SNAPSHOT_REF_LIMIT }, (_, i) => `[${i}]`),
    );
    expect([x.refTotal, x.length]).toEqual([100000, 100000]);
    const d = named(snap, 'd');
    expect(d.refs.map((r) => r.slot)).toEqual(['key 1', '[1]', "key 'k'", "['k']"]);
    expect([d.refTotal, d.length]).toEqual([4, 2]);
  });

  it("lists an OrderedDict's nodes' references to its keys before its rows, and counts them", () => {
    const snap = session(
      'from collections import OrderedDict',
      'od = OrderedDict()',
      "od['k'] = 1",
      'od[2] = 3',
      "od.move_to_end('k')",
    ).snapshot();
    const od = named(snap, 'od');
    // The nodes in the linked list's order (move_to_end moved 'k'), then the dict's entries.
    expect(od.refs.map((r) => r.slot)).toEqual([
      'linked list 2',
      "linked list 'k'",
      "key 'k'",
      "['k']",
      'key 2',
      '[2]',
    ]);
    expect(od.refTotal).toBe(6);
  });

  it('chooses what names reach first (breadth first, the listed slots in order), then what no name reaches, then the rest', () => {
    const s = session('a = [[], [], []]', 'b = []', 'c = []', 'c.append(c)', 'del c');
    const snap = s.snapshot({ objects: 5, refs: 2 });
    const full = s.snapshot();
    const a = named(full, 'a');
    const known: Record<string, number> = { a: a.id, b: named(full, 'b').id };
    a.refs.forEach((r) => (known[`a${r.slot}`] = r.target));
    known['cycle'] = full.objects.find((o) => o.unreachable)!.id;
    expect(labels(snap, known)).toEqual(['a', 'b', 'a[0]', 'a[1]', 'cycle']);
    expect(snap.omitted).toBe(1);
    // One more and the rest comes in: a[2], which only a slot past the listed ones holds.
    const six = s.snapshot({ objects: 6, refs: 2 });
    expect(labels(six, known).at(-1)).toBe('a[2]');
    expect(six.omitted).toBe(0);
    expect(named(six, 'a').refs).toHaveLength(2);
    expect(named(six, 'a').refTotal).toBe(3);
  });

  it('says no name reaches an object exactly, whatever references the bound cuts', () => {
    const s = session(
      // y and z hold each other and only x[5] holds y: the bound cuts that slot.
      'x = [1, 2, 3, 4, 5]',
      'y = []',
      'z = [y]',
      'y.append(z)',
      'x.append(y)',
      'del y, z',
      // g holds itself only through its slot [6], past the bound: garbage all the same.
      'g = [1, 2, 3, 4, 5, 6]',
      'g.append(g)',
      'del g',
    );
    const snap = s.snapshot({ objects: 100, refs: 4 });
    const lists = snap.objects.filter((o) => o.type === 'list');
    expect(lists).toHaveLength(4);
    const garbage = lists.filter((o) => o.unreachable);
    expect(garbage.map((o) => o.refTotal)).toEqual([7]);
    // The collector agrees: it frees exactly that list.
    const ids = new Set(garbage.map((o) => o.id));
    expect(s.run('import gc').ok).toBe(true);
    s.run('gc.collect()');
    const after = s.snapshot({ objects: 100, refs: 4 });
    const left = new Set(after.objects.map((o) => o.id));
    for (const o of lists) expect(left.has(o.id)).toBe(!ids.has(o.id));
  });

  it('draws a heap of 200 Nodes whole (issue 12)', () => {
    const s = session(
      'class Node:\n    def __init__(self, name):\n        self.name = name\n        self.next = None\n',
      'head = None',
    );
    s.run('for i in range(200):\n    n = Node(str(i))\n    n.next = head\n    head = n\n', 'exec');
    const snap = s.snapshot();
    expect(snap.omitted).toBe(0);
    expect(snap.objects.filter((o) => o.type === 'Node')).toHaveLength(200);
  });

  // How long it takes is `npm run bench`'s (scripts/benchSnapshot.ts), not a test's: a loaded
  // machine makes any time limit flaky.
  it('views at most its limit of a heap of 10^6 objects', () => {
    const s = session('x = list(range(1000000))');
    const snap = s.snapshot();
    expect(snap.objects.length).toBe(SNAPSHOT_OBJECT_LIMIT);
    expect(named(snap, 'x').refTotal).toBe(1000000);
  }, 30_000);

  it('names the container that holds the items past its listed ones', () => {
    const snap = session('x = [[i] for i in range(40)]', 'y = [x[30]]').snapshot();
    const x = named(snap, 'x');
    const items = snap.objects.filter((o) => o.type === 'list' && o.id !== x.id);
    const listed = new Set(x.refs.map((r) => r.target));
    const y = named(snap, 'y');
    const past = items.filter((o) => !listed.has(o.id) && o.id !== y.id);
    expect(past).toHaveLength(40 - SNAPSHOT_REF_LIMIT);
    // Every one, x[30] too, which y lists.
    for (const o of past) expect(o.holder).toBe(x.id);
    expect(past.map((o) => o.id)).toContain(y.refs[0]!.target);
    // The items x lists need no holder.
    for (const o of items.filter((o) => listed.has(o.id))) expect(o.holder).toBeUndefined();
  });
});
