import { describe, expect, it } from 'vitest';
import { stepMarks } from '../python/stepColumns';
import type { HeapSnapshot } from '../engine';
import { SessionHost } from './host';
import { PAGE_LIMITS } from './limits';

const SCRIPT = [
  'def f(x):', //           1
  '    y = [x, x]', //      2
  '    return y', //        3
  'a = 10', //              4
  'b = f(a)', //            5
  'for i in range(3):', //  6
  '    b.append(i)', //     7
  'print(len(b))', //       8
].join('\n');

function started() {
  const host = new SessionHost(PAGE_LIMITS);
  host.start({ setup: [], history: [], position: 0 });
  return host;
}

/** The frames of a view: each frame's title and the names it holds. */
const framesOf = (s: HeapSnapshot) =>
  s.frames.map((f) => `${f.title}: ${f.names.map((n) => n.name).join(' ')}`);

describe('stepping inside a script', () => {
  it('records each statement the script runs, with its line and the frame it runs in', () => {
    const host = started();
    const r = host.run(SCRIPT, 'script');
    expect(r.outcome.ok).toBe(true);
    expect(r.outcome.output).toEqual([{ stream: 'stdout', text: '5\n' }]);
    const marks = stepMarks(r.steps!);
    expect(marks.map((m) => m.line)).toEqual([1, 4, 5, 2, 3, 6, 7, 6, 7, 6, 7, 6, 8]);
    expect(marks[3]).toMatchObject({ line: 2, depth: 2, frame: 'f' });
    expect(marks[0]).toMatchObject({ line: 1, depth: 1, frame: '<module>' });
  });

  it('shows the heap before a step, with the frame of the call in progress', () => {
    const host = started();
    host.run(SCRIPT, 'script');
    const inCall = host.stepView(0, 4); // line 3, `return y`, inside f
    expect(inCall.mark).toMatchObject({ line: 3, depth: 2, frame: 'f' });
    expect(framesOf(inCall.snapshot)).toEqual(['Globals: f a', 'f: x y']);
    // The call took its argument and the function off the caller's stack (3.11's CALL).
    expect(inCall.snapshot.frames[0]!.stack).toEqual([]);
    const list = inCall.snapshot.objects.find((o) => o.type === 'list')!;
    expect(list.refcount).toBe(1);
    // In the loop, the module's value stack holds the range iterator FOR_ITER takes from.
    const inLoop = host.stepView(0, 6);
    expect(inLoop.mark).toMatchObject({ line: 7, depth: 1, frame: '<module>' });
    const [iterator] = inLoop.snapshot.frames[0]!.stack;
    expect(inLoop.snapshot.objects.find((o) => o.id === iterator)?.type).toBe('range_iterator');
    // After the call returned, its frame is gone and `b` holds the list.
    const after = host.stepView(0, 5);
    expect(framesOf(after.snapshot)).toEqual(['Globals: f a b']);
  });

  it('leaves the heap as it was after the script, and views a step again the same way', () => {
    const host = started();
    host.run(SCRIPT, 'script');
    const end = JSON.stringify(host.snapshot());
    const first = host.stepView(0, 7);
    const again = host.stepView(0, 7);
    expect(JSON.stringify(again)).toEqual(JSON.stringify(first));
    expect(JSON.stringify(host.snapshot())).toEqual(end);
    const r = host.run('print(b)', 'console');
    expect(r.outcome.output).toEqual([{ stream: 'stdout', text: '[10, 10, 0, 1, 2]\n' }]);
  });

  it('steps a loop of 200 iterations to its middle and back', () => {
    const host = started();
    const r = host.run('xs = []\nfor i in range(200):\n    xs.append([i])\n', 'script');
    // xs = [], then the for line and the body's line 200 times, then the for line once more.
    expect(r.steps).toHaveLength(1 + 2 * 200 + 1);
    const middle = host.stepView(0, 201);
    expect(middle.mark.line).toBe(2);
    const xs = middle.snapshot.objects.find((o) => o.type === 'list' && o.length === 100);
    expect(xs).toBeDefined();
    expect(host.stepView(0, 1).snapshot.objects.filter((o) => o.type === 'list')).toHaveLength(1);
  });

  it('measures the heap at each step, and counts tracked objects by type where it pauses', () => {
    const host = started();
    const r = host.run(
      'class Leaf:\n    pass\nkeep = []\nfor i in range(50):\n    keep.append(Leaf())\n',
      'script',
    );
    const marks = stepMarks(r.steps!);
    // After the first pass (the first call of a class makes a few objects once), each pass keeps
    // exactly one more object, a Leaf, and the heap's bytes rise with it.
    const atHeader = marks.filter((m) => m.line === 4).slice(1);
    const added = atHeader.slice(1).map((m, i) => m.objects - atHeader[i]!.objects);
    expect(added).toEqual(new Array(49).fill(1));
    expect(atHeader.at(-1)!.bytes).toBeGreaterThan(atHeader[0]!.bytes + 49 * 48);
    const early = host.stepView(0, 3).types;
    const late = host.stepView(0, marks.length - 1).types;
    expect((late['Leaf'] ?? 0) - (early['Leaf'] ?? 0)).toBe(50);
  });

  it('refuses a step view of a statement that is not a script', () => {
    const host = started();
    host.run('a = 1', 'console');
    expect(() => host.stepView(0, 0)).toThrow(/not an applied script/);
  });
});
