import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const expected = (name: string, ext: string) =>
  readFileSync(join(root, 'conformance', 'expected', `${name}.${ext}`), 'utf8');

function heapscope(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin', 'heapscope.mjs'), ...args], {
    encoding: 'utf8',
  });
}

describe('heapscope run', () => {
  it('prints the seed session as python3 prints it (2 3 4 3 2)', () => {
    const r = heapscope('run', join(root, 'conformance', 'seed_session.py'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected('seed_session', 'stdout'));
  });

  it('ends an uncaught exception with CPython last line on stderr and exit status 1', () => {
    const r = heapscope('run', join(root, 'conformance', 'errors_name_error.py'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(expected('errors_name_error', 'stdout'));
    const lastLine = (s: string) => s.trimEnd().split('\n').pop();
    expect(lastLine(r.stderr)).toBe(lastLine(expected('errors_name_error', 'stderr')));
    expect(r.stderr.startsWith('Traceback (most recent call last):\n')).toBe(true);
  });

  it('rejects an unknown profile and a missing file with a clear message', () => {
    expect(heapscope('run', 'x.py', '--profile', '4.0').stderr).toContain("unknown profile '4.0'");
    const missing = heapscope('run', join(root, 'no-such-file.py'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("can't open file");
  });

  // The command line reads the file's bytes, as python3 does (conformance/expected/ from python3).
  const lastLine = (s: string) => s.trimEnd().split('\n').pop();
  const samePath = (s: string | undefined) =>
    s?.replace(/\S*conformance\/(\w+\.py)/g, '<conformance>/$1');
  for (const name of [
    'source_bom',
    'source_crlf',
    'source_coding_latin1',
    'errors_source_nul',
    'errors_source_non_utf8',
    'errors_source_bom_undecodable',
    'errors_source_bom_and_coding',
    'syntax_deep_unary_memory',
  ]) {
    it(`reads ${name}.py from its bytes as python3 does`, { timeout: 30_000 }, () => {
      const r = heapscope('run', join(root, 'conformance', `${name}.py`));
      expect(r.status).toBe(Number(expected(name, 'status').trim()));
      expect(r.stdout).toBe(expected(name, 'stdout'));
      expect(samePath(lastLine(r.stderr))).toBe(samePath(lastLine(expected(name, 'stderr'))));
      expect(r.stderr).not.toMatch(/internal error|RangeError|^\s+at /m);
    });
  }
});
