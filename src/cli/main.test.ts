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
});
