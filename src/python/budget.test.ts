import { describe, expect, it } from 'vitest';
import type { Progress, StopPoint } from './budget';
import { Interpreter } from './interpreter';
import { Session } from './session';

const text = (r: { output: readonly { text: string }[] }) => r.output.map((c) => c.text).join('');

/** A session whose interrupt request turns true at the `after`-th poll (a Stop press). */
function interruptedSession(after: number) {
  let polls = 0;
  return new Session({ interruptRequested: () => ++polls >= after });
}

const SETUP = 'keep = []\nclass Box:\n    def __init__(self, n):\n        self.n = n\n';
const LONG = 'for i in range(10**7):\n    keep.append(Box(i))\n    keep.append([i, str(i)])\n';

describe('the work count', { timeout: 60_000 }, () => {
  it('is the same for the same program, run twice', () => {
    const a = new Session();
    const b = new Session();
    const program = 'l = []\nfor i in range(3000):\n    l.append([i] * 10)\nx = sorted(l)\n';
    const ra = a.run(program, 'exec');
    const rb = b.run(program, 'exec');
    expect(ra.ok).toBe(true);
    expect(ra.work).toBe(rb.work);
    // 3,000 iterations of one statement, the three others, and sorted's n log n comparisons.
    expect(ra.work).toBeGreaterThan(3003);
  });

  it('counts bulk operations in proportion to their size', () => {
    const interp = new Interpreter({ recordEvents: false, trackLive: false, sink: () => {} });
    const small = interp.run('x = [0] * 10', 'exec', 'x.py').work;
    const big = interp.run('x = [0] * 5000000', 'exec', 'x.py').work;
    expect(big - small).toBe(5000);
  });
});

describe('a stop, replayed', { timeout: 60_000 }, () => {
  it('leaves the very same heap when an interrupted statement is run again with stopAt', () => {
    const live = interruptedSession(7);
    live.run(SETUP, 'exec');
    const r = live.run(LONG, 'exec');
    expect(r.ok).toBe(false);
    expect(r.error).toBe('KeyboardInterrupt');
    expect(r.stopped).toEqual({ work: r.work, reason: 'interrupt' });
    const replay = new Session();
    replay.run(SETUP, 'exec');
    const again = replay.run(LONG, 'exec', { stopAt: r.stopped! });
    expect(again.stopped).toEqual(r.stopped);
    expect(again.work).toBe(r.work);
    expect(text(again)).toBe(text(r));
    expect(JSON.stringify(replay.snapshot())).toBe(JSON.stringify(live.snapshot()));
    expect(replay.heap.bytes).toBe(live.heap.bytes);
  });

  it('leaves the very same heap when a statement stopped by the time budget is replayed', () => {
    const live = new Session({ limits: { timeMs: 150 } });
    live.run(SETUP, 'exec');
    const r = live.run(LONG, 'exec');
    expect(r.stopped?.reason).toBe('time');
    expect(r.error).toBe('Heapscope stopped this statement after 0.15 s (its time budget).');
    // A replay that is slower must not meet its own budget first: it gets more time.
    const replay = new Session({ limits: { timeMs: 60_000 } });
    replay.run(SETUP, 'exec');
    const again = replay.run(LONG, 'exec', { stopAt: r.stopped! });
    expect(again.stopped).toEqual(r.stopped);
    expect(again.error).toBe(r.error);
    expect(JSON.stringify(replay.snapshot())).toBe(JSON.stringify(live.snapshot()));
  });

  it('replays an interrupt the program caught before the time budget ended it', () => {
    const program =
      'n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print("caught")\nwhile True:\n    n += 1\n';
    let polls = 0;
    const live = new Session({ limits: { timeMs: 200 }, interruptRequested: () => ++polls === 3 });
    const r = live.run(program, 'exec');
    const stop = r.stopped as StopPoint;
    expect(stop.reason).toBe('time');
    expect(stop.interruptedAt).toBeLessThan(stop.work);
    const replay = new Session({ limits: { timeMs: 60_000 } });
    const again = replay.run(program, 'exec', { stopAt: stop });
    expect(text(again)).toBe(text(r));
    expect(JSON.stringify(replay.snapshot())).toBe(JSON.stringify(live.snapshot()));
  });
});

describe('an interrupt request', { timeout: 60_000 }, () => {
  it('raises KeyboardInterrupt, which except KeyboardInterrupt, bare except and BaseException catch', () => {
    for (const clause of ['except KeyboardInterrupt:', 'except:', 'except BaseException:']) {
      const s = interruptedSession(2);
      const r = s.run(
        `n = 0\ntry:\n    while True:\n        n += 1\n${clause}\n    print("caught")\n`,
        'exec',
      );
      expect(r.ok).toBe(true);
      expect(text(r)).toBe('caught\n');
      expect(r.stopped?.reason).toBe('interrupt');
    }
  });

  it('is not an Exception, and uncaught it ends with a traceback as the REPL prints it', () => {
    const s = interruptedSession(2);
    const r = s.run('try:\n    while True:\n        pass\nexcept Exception:\n    print("no")\n');
    expect(r.ok).toBe(false);
    expect(text(r)).toMatch(
      /^Traceback \(most recent call last\):\n {2}File "<console>", line 3, in <module>\n/,
    );
    expect(r.error).toBe('KeyboardInterrupt');
    expect(text(s.run('keep = [1]\nkeep', 'single'))).toBe('[1]\n');
  });

  it('is honoured once per run: a caught interrupt lets the program finish', () => {
    const s = new Session({ interruptRequested: () => true });
    const r = s.run(
      'n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    pass\nfor i in range(5000):\n    n += 1\nprint("done")\n',
      'exec',
    );
    expect(text(r)).toBe('done\n');
    expect(r.stopped?.reason).toBe('interrupt');
    // The next run may be interrupted again.
    expect(s.run('for i in range(5000):\n    pass\n', 'exec').error).toBe('KeyboardInterrupt');
  });
});

describe('the time budget', { timeout: 60_000 }, () => {
  it('ends a run past it with a clear message no except or finally of the program sees', () => {
    const s = new Session({ limits: { timeMs: 100 } });
    s.run('import sys\nx = [1, 2]', 'exec');
    const r = s.run(
      'try:\n    while True:\n        y = len(x) + len([x, x])\nexcept BaseException:\n    print("caught")\nfinally:\n    print("finally")\n',
      'exec',
    );
    expect(r.ok).toBe(false);
    expect(text(r)).toBe('Heapscope stopped this statement after 0.1 s (its time budget).\n');
    expect(r.error).toBe('Heapscope stopped this statement after 0.1 s (its time budget).');
    // The value stack was unwound: x has its two references back (x and getrefcount's argument).
    expect(text(s.run('sys.getrefcount(x)'))).toBe('2\n');
  });

  it('ends a __del__ that never returns and the run around it', () => {
    const s = new Session({ limits: { timeMs: 100 } });
    s.run(
      'class C:\n    def __del__(self):\n        while True:\n            pass\nc = C()\n',
      'exec',
    );
    const r = s.run('del c');
    expect(r.stopped?.reason).toBe('time');
    expect(text(s.run('print("still here")'))).toBe('still here\n');
  });
});

describe('the memory budget', { timeout: 60_000 }, () => {
  const limit = 32 * 2 ** 20;
  const cases = [
    'x = [0] * 10**8',
    'x = list(range(10**8))',
    "x = 'a' * 10**9",
    "x = format(1, '>1000000000')",
    "x = ','.join(['abcdefgh'] * 10**7)",
    'x = tuple(range(10**8))',
    'x = 2 ** (10**9)',
    'l = [0] * 1000000\nl *= 10',
    'l = [0] * 1000000\nl += l\nl += l\nl += l',
  ];
  for (const program of cases) {
    it(`raises MemoryError before it allocates: ${program.replace(/\n/g, '; ')}`, () => {
      const s = new Session({ limits: { memoryBytes: limit } });
      const before = s.heap.bytes;
      const r = s.run(program, 'exec');
      expect(r.error).toBe('MemoryError');
      expect(text(r)).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*\nMemoryError\n$/);
      // Nothing of the refused allocation is left: only new interned names and the method
      // descriptors of a type at its first use (list's: about 2 kB), nothing of its size.
      if (!program.includes('\n')) expect(s.heap.bytes - before).toBeLessThan(4096);
      expect(s.heap.bytes).toBeLessThan(limit);
    });
  }

  it('is a MemoryError the program can catch, and it goes on', () => {
    const s = new Session({ limits: { memoryBytes: limit } });
    const r = s.run(
      'try:\n    x = [0] * 10**8\nexcept MemoryError:\n    print("too big")\nx = [0] * 1000\nprint(len(x))\n',
      'exec',
    );
    expect(text(r)).toBe('too big\n1000\n');
  });

  it('stops growth one small allocation at a time, and the program can recover', () => {
    const s = new Session({ limits: { memoryBytes: 8 * 2 ** 20 } });
    const r = s.run(
      'l = []\ntry:\n    while True:\n        l.append(object())\nexcept MemoryError:\n    n = len(l)\n    del l\nprint(n > 20000)\n',
      'exec',
    );
    expect(text(r)).toBe('True\n');
    expect(s.heap.bytes).toBeLessThan(8 * 2 ** 20);
  });
});

describe('progress', { timeout: 60_000 }, () => {
  it('is reported about every 100 ms with the work, the time, the objects and the bytes', () => {
    const reports: Progress[] = [];
    const s = new Session({ onProgress: (p) => reports.push(p), limits: { timeMs: 450 } });
    s.run('l = []\nwhile True:\n    l.append([len(l)])\n', 'exec');
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(reports.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < reports.length; i++) {
      expect(reports[i]!.work).toBeGreaterThan(reports[i - 1]!.work);
      expect(reports[i]!.elapsedMs - reports[i - 1]!.elapsedMs).toBeGreaterThanOrEqual(100);
      expect(reports[i]!.objects).toBeGreaterThan(reports[i - 1]!.objects);
      expect(reports[i]!.bytes).toBeGreaterThan(reports[i - 1]!.bytes);
    }
  });
});
