/**
 * The exported Python file, run by python3: it must print what Heapscope's transcript shows,
 * line by line (stdout and stderr each, and both interleaved as one terminal shows them). The
 * sessions run through the page's own store, on an interpreter in this thread.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPython, notRun, pythonSource, pythonString } from './exportPython';
import { InlineEngine } from './inlineEngine';
import { encodeSession, type StorageLike } from './persistence';
import { STORAGE_KEY } from './persistence';
import { createSessionStore } from './sessionStore';
import type { TranscriptEntry } from './transcript';

const PYTHON_311 =
  spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], {
    encoding: 'utf8',
  }).stdout?.trim() === 'True';

/** Runs `lines` in a fresh session (after `saved`, a stored history replayed first). */
async function session(lines: readonly string[], saved?: Parameters<typeof encodeSession>[0]) {
  const items = new Map<string, string>();
  if (saved) items.set(STORAGE_KEY, encodeSession(saved));
  const storage: StorageLike = {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
  };
  const store = createSessionStore({ engine: () => new InlineEngine(), storage });
  await store.getState().idle();
  for (const line of lines) await store.getState().runPython(line);
  const { setup, transcript, position } = store.getState();
  return { setup, statements: transcript.slice(0, position) };
}

/** What the transcript shows of these entries: all their output, and each stream alone. */
function shown(entries: readonly TranscriptEntry[]) {
  const chunks = entries.flatMap((e) => e.output);
  const of = (stream?: string) =>
    chunks
      .filter((c) => !stream || c.stream === stream)
      .map((c) => c.text)
      .join('');
  return { both: of(), stdout: of('stdout'), stderr: of('stderr') };
}

/** Runs the file with python3: each stream apart, then both into one file as a terminal shows them. */
function runWithPython(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'heapscope-export-'));
  const file = join(dir, 'session.py');
  writeFileSync(file, source);
  const apart = spawnSync('python3', [file], { encoding: 'utf8', timeout: 30_000 });
  const both = join(dir, 'both.txt');
  const fd = openSync(both, 'w');
  const together = spawnSync('python3', [file], { stdio: ['ignore', fd, fd], timeout: 30_000 });
  closeSync(fd);
  expect(apart.status, apart.stderr).toBe(0);
  expect(together.status).toBe(0);
  return { stdout: apart.stdout, stderr: apart.stderr, both: readFileSync(both, 'utf8') };
}

/** Addresses differ from run to run; so does nothing else these sessions print. */
function lines(text: string): string[] {
  return text.replace(/0x[0-9a-f]+/g, '0x…').split('\n');
}

async function expectSameTranscript(
  lines_: readonly string[],
  saved?: Parameters<typeof encodeSession>[0],
) {
  const { setup, statements } = await session(lines_, saved);
  const source = exportPython({ setup, statements });
  const expected = shown([...setup, ...statements]);
  const actual = runWithPython(source);
  expect(lines(actual.stdout)).toEqual(lines(expected.stdout));
  expect(lines(actual.stderr)).toEqual(lines(expected.stderr));
  expect(lines(actual.both)).toEqual(lines(expected.both));
  return { source, expected };
}

describe.runIf(PYTHON_311)('an exported session run by python3 prints the transcript', () => {
  it('the seed talk: refcounts of a list as names and a list refer to it, and `_`', async () => {
    const { expected } = await expectSameTranscript([
      'import sys',
      'a = []',
      'sys.getrefcount(a)',
      'b = a',
      'sys.getrefcount(a)',
      'l = [1, 2, 3, a]',
      'sys.getrefcount(a)',
      'del b',
      'del l',
      'sys.getrefcount(a)',
      'a', // the echo keeps it in builtins._: one more reference
      'sys.getrefcount(a)',
      'def f(x):\n    return sys.getrefcount(x)',
      'f(a), f([])',
      'print(a, sys.getrefcount(a))',
    ]);
    // Every getrefcount and echo printed a line: the comparison above saw them all.
    expect(lines(expected.stdout)).toHaveLength(9);
  });

  it('a cycle, collected by gc.collect(), with __del__ and Node instances', async () => {
    const { expected } = await expectSameTranscript([
      'import gc',
      'a = []',
      'b = [a]',
      'a.append(b)',
      'del a, b',
      'gc.collect()',
      "n1 = Node('n1'); n2 = Node('n2')",
      'n1.next = n2; n2.next = n1',
      'n1, n2',
      'del n1, n2',
      'gc.collect()', // `_` still holds the tuple: nothing to collect
      'None',
      "f = Finalized('f'); f.me = f",
      'del f',
      'gc.collect()',
    ]);
    expect(expected.stdout).toContain('__del__ called for f\n');
  });

  it('a weakref with a callback, before and after its object dies', async () => {
    await expectSameTranscript([
      'import sys, weakref',
      'class C:\n    def __repr__(self):\n        return "C()"',
      'c = C()',
      "r = weakref.ref(c, lambda ref: print('callback, dead:', ref() is None))",
      'r() is c, sys.getrefcount(c)',
      'weakref.getweakrefcount(c)',
      'del c',
      'r() is None',
      'r',
    ]);
  });

  it('resurrection, weakref.finalize, a failing weakref callback, getrefcount in a loop', async () => {
    await expectSameTranscript([
      'import sys, gc, weakref',
      'a = [1, 2, 3]',
      'for x in a:\n    sys.getrefcount(a)', // the loop's iterator holds the list too
      'class R:\n    def __del__(self):\n        global saved\n        saved = self\n        print("resurrected")',
      'r = R(); r.me = r',
      'del r',
      'gc.collect()',
      'gc.collect()',
      'class C: pass',
      'c = C()',
      'fin = weakref.finalize(c, print, "finalized", 1)',
      'fin.alive',
      'def cb(ref):\n    raise RuntimeError("in a callback")',
      'w = weakref.ref(c, cb)',
      'del c',
      'fin.alive',
      'gc.set_debug(gc.DEBUG_SAVEALL)',
      'l = []; l.append(l); del l',
      'gc.collect(), len(gc.garbage)',
    ]);
  });

  it('errors: tracebacks in the console layout, the session going on, sys.last_value', async () => {
    const { expected } = await expectSameTranscript([
      'import sys',
      'x = = 1',
      'return 1',
      'zz',
      'def f(x):\n    y = x\n    return 1 / 0',
      'a = []',
      'f(a)',
      'sys.getrefcount(a)', // the frames of the last error still hold it (x and y)
      "{}['k']",
      'sys.getrefcount(a)',
      'try:\n    1 / 0\nexcept ZeroDivisionError:\n    zz',
      'class D:\n    def __del__(self):\n        raise ValueError("in __del__")',
      'd = D()',
      'del d',
      '"still running"',
    ]);
    expect(lines(expected.stdout)).toHaveLength(4);
    expect(expected.stdout).toContain("'still running'");
    expect(expected.stderr).toContain('Exception ignored in: <function D.__del__ at 0x');
  });

  it('multi-line statements: def, class, loops and ifs that echo, several statements at once', async () => {
    await expectSameTranscript([
      'class Pair:\n    kind = "pair"\n\n    def __init__(self, a, b):\n        self.a = a\n        self.b = b\n\n    def __repr__(self):\n        return f"Pair({self.a!r}, {self.b!r})"',
      'p = Pair([1], "two")',
      'p',
      'for i in range(3):\n    i * 2',
      'if p.a:\n    p.a\nelse:\n    None',
      '1\n2',
      's = """x"""; t = \'y\'',
      'q = "a\\\\b"; q, len(q)',
      "print('''x''', \"\"\"y\"\"\", end='!\\n')",
    ]);
  });

  it('statements Heapscope stopped or refused are not run; what they printed is', async () => {
    const { source } = await expectSameTranscript(['import os', 'x = [0] * 10**9', 'len(keep)'], {
      statements: [
        { source: 'keep = [1, 2]', origin: 'console', stop: null },
        { source: 'n = 0', origin: 'canvas', stop: null },
        {
          source: 'while True:\n    n += 1',
          origin: 'console',
          stop: { work: 5000, reason: 'interrupt' },
        },
      ],
      position: 3,
    });
    expect(source).toContain('# 2 (a gesture on the canvas)\nrun(r"""n = 0""")');
    expect(source).toContain('# 3: Stopped with Stop (KeyboardInterrupt)');
    expect(source).toContain('#     while True:\n#         n += 1\nreplay(');
    expect(source).toContain('# 4: Refused by Heapscope (NotSupported)');
    expect(source).toContain('# 5: Raised MemoryError');
  });
});

describe('exportPython', () => {
  const entry = (source: string, more: Partial<TranscriptEntry> = {}): TranscriptEntry => ({
    id: 1,
    source,
    output: [],
    ok: true,
    error: null,
    ...more,
  });

  it('says which statements are not run, and why', () => {
    expect(notRun(entry('a = 1'))).toBeNull();
    expect(notRun(entry('zz', { ok: false, error: "NameError: name 'zz' is not defined" }))).toBe(
      null,
    );
    expect(notRun(entry('x', { stop: { work: 10, reason: 'interrupt' } }))?.why).toMatch(/Stop/);
    expect(notRun(entry('x', { stop: { work: 10, reason: 'time' } }))?.why).toMatch(/time/);
    expect(notRun(entry('x', { error: 'MemoryError' }))?.partial).toBe(true);
    expect(notRun(entry('import os', { error: "NotSupported: import of module 'os'" }))).toEqual(
      expect.objectContaining({ partial: false }),
    );
  });

  it('writes sources verbatim where a raw string can hold them, escaped elsewhere', () => {
    expect(pythonSource('a = [1]\nb = "x"  ')).toBe('r"""a = [1]\nb = "x"  """');
    expect(pythonSource('t = "x"')).toBe("r'''t = \"x\"'''");
    expect(pythonSource('s = """a""" + \'\'\'b\'\'\'')).toBe(
      '"s = \\"\\"\\"a\\"\\"\\" + \'\'\'b\'\'\'"',
    );
    expect(pythonSource('x = 1 \\')).toBe('"x = 1 \\\\"');
    expect(pythonString('\u0000\r\t\ud83d\ude00\ud800')).toBe('"\\x00\\r\\t\ud83d\ude00\\ud800"');
  });

  it('starts with the header and the console, and ends without finalizing', () => {
    const text = exportPython({
      setup: [],
      statements: [entry('a = 1')],
      undone: 2,
      exportedAt: '2026-12-06 14:03',
      fileName: 'heapscope-2026-12-06.py',
    });
    expect(
      text.startsWith(
        '#!/usr/bin/env python3\n# A Heapscope session, exported on 2026-12-06 14:03: 1 statement; the 2 undone after them are left out.\n',
      ),
    ).toBe(true);
    expect(text).toContain('#     python3 heapscope-2026-12-06.py\n');
    expect(text).toContain('\n# 1\nrun(r"""a = 1""")\n');
    expect(text.trimEnd().endsWith('\nend()')).toBe(true);
  });
});
