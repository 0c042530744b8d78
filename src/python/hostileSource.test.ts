/**
 * Hostile source, each input run as a file (the command line's path, from bytes) and typed into
 * the console (Session, 'single' mode), compared with what python3 3.11.7 printed for it
 * (hostileSource.fixture.json, made by scripts/hostile-source-fixture.py, which holds the inputs).
 * For every input: the same last stderr line (or Heapscope's deliberate refusal), the same exit
 * status, line and printed output as CPython; never a JavaScript error; and a console that still
 * works afterwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScriptBytes } from '../cli/main';
import { PySyntaxError } from './errors';
import { readSource } from './readSource';
import { STANDARD_LIBRARY } from './standardLibrary';
import { Session } from './session';

interface Expected {
  readonly status: number;
  readonly last: string | null;
  readonly line: number | null;
  readonly stdout: string | null;
}

interface HostileCase {
  readonly name: string;
  readonly kind: string;
  readonly parts: [string, number][];
  readonly raw: boolean;
  readonly python?: Expected;
  /** CPython's compile() of the text: the last line, and a SyntaxError's line and column. */
  readonly console?: {
    readonly last: string | null;
    readonly where: [number | null, number | null] | null;
  };
  readonly refused?: string;
  readonly consoleRefused?: string;
}

const cases: HostileCase[] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'hostileSource.fixture.json'), 'utf8'),
);

const text = (c: HostileCase) => c.parts.map(([t, n]) => t.repeat(n)).join('');
const bytesOf = (c: HostileCase) =>
  c.raw ? Uint8Array.from(text(c), (ch) => ch.charCodeAt(0)) : new TextEncoder().encode(text(c));

function lastLine(s: string): string | null {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? null;
}

/** What must never reach the user: JavaScript's own errors and stack frames. */
function expectNoJavaScript(stderr: string): void {
  expect(stderr).not.toMatch(
    /internal error|RangeError|Maximum call stack|^\s+at .+\(.*:\d+:\d+\)/m,
  );
}

function reportedLine(stderr: string): number | null {
  const m = [...stderr.matchAll(/^ {2}File "case\.py", line (\d+)/gm)].pop();
  return m ? Number(m[1]) : null;
}

describe('hostile source as a file (heapscope run)', { timeout: 120_000 }, () => {
  for (const c of cases.filter((c) => c.python)) {
    it(`${c.kind}: ${c.name}`, () => {
      const py = c.python!;
      const r = runScriptBytes(bytesOf(c), 'case.py');
      expectNoJavaScript(r.stderr);
      if (c.refused) {
        expect(lastLine(r.stderr)).toBe(c.refused);
        expect(r.status).toBe(1);
        return;
      }
      expect(lastLine(r.stderr)).toBe(py.last);
      expect(r.status).toBe(py.status);
      expect(reportedLine(r.stderr)).toBe(py.line);
      if (py.stdout !== null) expect(r.stdout).toBe(py.stdout);
    });
  }
});

describe('hostile source typed into the console', { timeout: 120_000 }, () => {
  for (const c of cases.filter((c) => c.console)) {
    it(`${c.kind}: ${c.name}`, () => {
      const s = new Session();
      const r = s.run(text(c));
      const stderr = r.output
        .filter((o) => o.stream === 'stderr')
        .map((o) => o.text)
        .join('');
      expectNoJavaScript(stderr);
      expect(r.error).toBe(c.consoleRefused ?? c.console!.last);
      expect(r.ok).toBe(r.error === null);
      // The session survives: the next statement runs.
      const next = s.run('print("still here")');
      expect(next.ok).toBe(true);
      expect(next.output.map((o) => o.text).join('')).toBe('still here\n');
    });
  }
});

describe('syntax errors point where CPython points', { timeout: 60_000 }, () => {
  // (A NUL has no position: compile() reports it without one, and so does Heapscope.)
  for (const c of cases.filter((c) => c.console?.where?.[0] != null)) {
    it(`${c.kind}: ${c.name}`, () => {
      let error: unknown = null;
      try {
        readSource(text(c), STANDARD_LIBRARY.sourceChecks);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PySyntaxError);
      const e = error as PySyntaxError;
      expect([e.line, e.column]).toEqual(c.console!.where);
    });
  }
});

describe(
  'the console reads text as compile() does, a file as python3 FILE does',
  { timeout: 60_000 },
  () => {
    const byName = (name: string) => cases.find((c) => c.name === name)!;
    for (const name of ['UTF-8 byte order mark', 'NUL in a string', 'NUL in a comment']) {
      it(`${name}: CPython's file and console answers differ, and so do Heapscope's`, () => {
        const c = byName(name);
        expect(c.console!.last).not.toBe(c.python!.last);
        const file = runScriptBytes(bytesOf(c), 'case.py');
        expect(lastLine(file.stderr)).toBe(c.python!.last);
        const s = new Session();
        s.run('kept = [1, 2]');
        const before = JSON.stringify(s.snapshot());
        expect(s.run(text(c)).error).toBe(c.console!.last);
        // Refused before any effect: the heap is as it was.
        expect(JSON.stringify(s.snapshot())).toBe(before);
        expect(
          s
            .run('kept')
            .output.map((o) => o.text)
            .join(''),
        ).toBe('[1, 2]\n');
      });
    }
  },
);
