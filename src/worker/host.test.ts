import { describe, expect, it } from 'vitest';
import { SessionHost } from './host';
import { PAGE_LIMITS } from './limits';
import type { HistoryStatement } from './protocol';

/** The page's setup defines two classes; any setup will do here. */
const PRELUDE = [
  'class Node:\n    def __init__(self, name):\n        self.name = name\n        self.next = None',
  'class Finalized:\n    def __del__(self):\n        print("bye")',
];

const statement = (source: string): HistoryStatement => ({ source, origin: 'console', stop: null });

function started(history: readonly string[] = [], position = history.length) {
  const host = new SessionHost(PAGE_LIMITS);
  const result = host.start({ setup: PRELUDE, history: history.map(statement), position });
  return { host, result };
}

/** A fresh host that ran `lines`: the reference heap for any position. */
function heapAfter(lines: readonly string[]): string {
  const { host } = started();
  for (const line of lines) host.run(line, 'console');
  return JSON.stringify(host.snapshot());
}

describe('the session host', () => {
  it('runs the setup, then the saved statements, and reports what each printed', () => {
    const { result } = started(['a = [1]', 'print(len(a))', 'zz'], 2);
    expect(result.setup.map((o) => o.ok)).toEqual([true, true]);
    expect(result.position).toBe(2);
    expect(result.replayed.map((o) => o.output)).toEqual([[], [{ stream: 'stdout', text: '1\n' }]]);
    expect(result.problem).toBeNull();
  });

  it('adds the error line to stderr when the interpreter only reported it as the error', () => {
    const { host } = started();
    const { outcome } = host.run('async def f(): pass', 'console');
    expect(outcome.ok).toBe(false);
    const stderr = outcome.output.map((c) => c.text).join('');
    expect(stderr.trimEnd().endsWith(outcome.error!)).toBe(true);
  });

  it('goes back and forth to any position with exactly the heap a fresh run builds', () => {
    const lines = Array.from({ length: 40 }, (_, i) =>
      i % 3 === 0 ? `x${i} = [${i}]` : i % 3 === 1 ? `y = x${i - 1}` : `x${i - 2}.append(y)`,
    );
    const { host } = started();
    for (const line of lines) host.run(line, 'console');
    for (const target of [39, 12, 0, 25, 40, 1, 38]) {
      const r = host.moveTo(target);
      expect(r.position).toBe(target);
      expect(JSON.stringify(r.snapshot), `at ${target}`).toBe(heapAfter(lines.slice(0, target)));
    }
  });

  it('rewinds by restoring the nearest checkpoint, then replaying only the statements after it', () => {
    // A clock on which every statement takes 5 ms: a checkpoint every five statements.
    let t = 0;
    const host = new SessionHost({ ...PAGE_LIMITS, now: () => (t += 5) });
    host.start({ setup: PRELUDE, history: [], position: 0 });
    const lines = Array.from({ length: 60 }, (_, i) => `v${i} = [${i}]`);
    for (const line of lines) host.run(line, 'console');
    for (const target of [59, 41, 7, 33, 0, 60]) {
      const before = host.replayedStatements;
      host.moveTo(target);
      // A replay from the start would replay `target` statements.
      expect(host.replayedStatements - before, `to ${target}`).toBeLessThanOrEqual(5);
      expect(JSON.stringify(host.snapshot())).toBe(heapAfter(lines.slice(0, target)));
    }
  });

  it('a redo runs the statement again with its events; a new statement drops the undone ones', () => {
    const { host } = started();
    host.run('a = []', 'console');
    host.run('b = [a]', 'console');
    host.moveTo(1);
    const redo = host.moveTo(2);
    expect(redo.events.some((e) => e.kind === 'alloc')).toBe(true);
    expect(redo.rerun.map((r) => r.index)).toEqual([1]);
    host.moveTo(1);
    host.run('c = 1', 'console');
    expect(host.moveTo(5).position).toBe(2);
  });
});
