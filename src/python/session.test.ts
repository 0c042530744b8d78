import { describe, expect, it } from 'vitest';
import { Session, SESSION_EVENT_LIMIT } from './session';

function refcountOf(s: Session, name: string): number {
  const snap = s.snapshot();
  const target = snap.frames[0]!.names.find((n) => n.name === name)!.target;
  return snap.objects.find((o) => o.id === target)!.refcount;
}

function printed(s: Session, line: string): string {
  return s
    .run(line)
    .output.map((c) => c.text)
    .join('');
}

describe('Session (the console)', () => {
  it('runs the seed session: the list refcounts and getrefcount echoes', () => {
    const s = new Session();
    s.run('import sys');
    s.run('a = []');
    const counts = [refcountOf(s, 'a')];
    const echoes = [printed(s, 'sys.getrefcount(a)')];
    for (const line of ['b = a', 'l = [1, 2, 3, a]', 'del b', 'del l']) {
      s.run(line);
      counts.push(refcountOf(s, 'a'));
      echoes.push(printed(s, 'sys.getrefcount(a)'));
    }
    expect(counts).toEqual([1, 2, 3, 2, 1]);
    expect(echoes.join('')).toBe('2\n3\n4\n3\n2\n');
    const id = s.snapshot().frames[0]!.names.find((n) => n.name === 'a')!.target;
    s.run('del a');
    expect(s.snapshot().objects.some((o) => o.id === id)).toBe(false);
  });

  it('interns a folded str constant, so it is the literal an earlier statement made', () => {
    // python3's REPL (`python3 -i`) prints True for each: every statement is its own code
    // object, and intern_string_constants makes name-like str constants one object.
    // (`is` with a literal also warns on stderr, there as here.)
    const s = new Session();
    s.run('s = "hello"');
    const stdout = (line: string) =>
      s
        .run(line)
        .output.filter((c) => c.stream === 'stdout')
        .map((c) => c.text)
        .join('');
    expect(stdout('print("hel" + "lo" is s)')).toBe('True\n');
    expect(stdout('print(("he" * 1 + "llo",)[0] is s)')).toBe('True\n');
    expect(stdout('print("ab" * 2 is "abab")')).toBe('True\n');
  });

  it('refuses an unsupported statement before any of its effects', () => {
    const s = new Session();
    s.run('a = [1]');
    const before = JSON.stringify(s.snapshot());
    const r = s.run('b = [2]; c = (y := a)');
    expect(r.ok).toBe(false);
    expect(r.error).toBe("NotSupported: the ':=' operator is not supported by Heapscope (line 1)");
    expect(JSON.stringify(s.snapshot())).toBe(before);
    expect(r.events.filter((e) => e.kind !== 'stderr')).toEqual([]);
  });

  it('refuses to subclass a built-in type and keeps the session', () => {
    const s = new Session();
    const r = s.run('class L(list):\n    pass\n');
    expect(r.error).toBe(
      "NotSupported: subclassing the built-in type 'list' is not supported by Heapscope (line 1)",
    );
    expect(printed(s, 'class E(Exception):\n    pass\n\nE("x")')).toBe("E('x')\n");
  });

  it('reports a NameError as CPython does and keeps the session', () => {
    const s = new Session();
    s.run('x = [1]');
    const r = s.run('print(zz)');
    expect(r.ok).toBe(false);
    expect(r.error).toBe("NameError: name 'zz' is not defined");
    expect(r.output[0]!.text.startsWith('Traceback (most recent call last):')).toBe(true);
    expect(printed(s, 'x')).toBe('[1]\n');
  });

  it('reports a SyntaxError with line, caret and message', () => {
    const s = new Session();
    const r = s.run('a = (1,');
    expect(r.error).toBe("SyntaxError: '(' was never closed");
    expect(r.output[0]!.text).toContain('    a = (1,\n        ^\n');
  });

  it('stops an endless loop at the time budget with a clear message', () => {
    const s = new Session({ limits: { timeMs: 200 } });
    s.run('n = 0');
    const r = s.run('while True:\n    n += 1\n');
    expect(r.ok).toBe(false);
    expect(r.error).toBe('Heapscope stopped this statement after 0.2 s (its time budget).');
    expect(r.stopped).toEqual({ work: r.work, reason: 'time', timeMs: 200 });
    expect(printed(s, 'n > 0')).toBe('True\n');
  });

  it('stops a runaway allocation with MemoryError and keeps what was there', () => {
    const s = new Session({ limits: { memoryBytes: 4 * 2 ** 20 } });
    s.run('keep = [1, 2]');
    const r = s.run('l = []\nwhile True:\n    l.append([])\n');
    expect(r.error).toBe('MemoryError');
    expect(printed(s, 'keep')).toBe('[1, 2]\n');
    expect(printed(s, 'del l\nx = [0] * 1000\nlen(x)')).toBe('1000\n');
  });

  it('keeps the last echoed value in _ as the REPL does', () => {
    const s = new Session();
    s.run('a = []');
    s.run('a');
    expect(refcountOf(s, 'a')).toBe(2);
    expect(s.snapshot().frames[1]!.names).toEqual([
      { name: '_', target: s.snapshot().frames[0]!.names[0]!.target },
    ]);
    s.run('1');
    expect(refcountOf(s, 'a')).toBe(1);
  });

  it('caps the event log of a long run but keeps its output', () => {
    const s = new Session();
    const r = s.run('for i in range(30000):\n    x = [i]\nprint("done")\n');
    expect(r.eventsTruncated).toBe(true);
    expect(r.events.length).toBeLessThan(200_000);
    expect(r.output.map((c) => c.text).join('')).toBe('done\n');
  });

  it('caps it within one statement: a comprehension of millions of events stops at the limit', () => {
    const s = new Session();
    const r = s.run('x = [[i] for i in range(300000)]\nprint(len(x))\n', 'exec');
    expect(r.eventsTruncated).toBe(true);
    expect(r.log.length).toBeGreaterThan(SESSION_EVENT_LIMIT);
    // Past it, only the collections' starts and results (about 430 collections here).
    expect(r.log.length).toBeLessThan(SESSION_EVENT_LIMIT + 2000);
    expect(r.output.map((c) => c.text).join('')).toBe('300000\n');
    // The next statement records again.
    const next = s.run('y = x[0]');
    expect(next.eventsTruncated).toBeFalsy();
    expect(next.events.some((e) => e.kind === 'bind')).toBe(true);
  });
});

describe('closures in the heap view', () => {
  it('shows the function, its closure tuple and the cell holding the captured list', () => {
    const s = new Session();
    const r = s.run('def outer():\n    items = [1, 2]\n    return lambda: items\n\nf = outer()');
    expect(r.ok).toBe(true);
    const snap = s.snapshot();
    const byId = new Map(snap.objects.map((o) => [o.id, o]));
    const f = byId.get(snap.frames[0]!.names.find((n) => n.name === 'f')!.target)!;
    const closure = byId.get(f.refs.find((x) => x.slot === '__closure__')!.target)!;
    expect(closure.type).toBe('tuple');
    const cell = byId.get(closure.refs[0]!.target)!;
    expect(cell.type).toBe('cell');
    expect(cell.refcount).toBe(1);
    const items = byId.get(cell.refs.find((x) => x.slot === 'cell_contents')!.target)!;
    expect(items.repr).toBe('[1, 2]');
    expect(items.refcount).toBe(1);
  });
});
