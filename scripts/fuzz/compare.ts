/**
 * Deciding whether Heapscope and python3 agree on a program: stdout byte for byte once addresses
 * are normalised, the exit status, and the last line of stderr (the error line; CPython's
 * `. Did you mean` hint is not compared, as the spec says).
 */
import type { HeapscopeResult } from './heapscope';
import type { RunResult } from './python';

/** Most specific first: a crash or NotSupported explains any later difference. */
export type Category = 'crash' | 'not-supported' | 'status' | 'stderr' | 'stdout';

export const normalize = (text: string): string => text.replace(/0x[0-9a-fA-F]+/g, '0xADDR');

export function lastLine(stderr: string): string {
  const lines = normalize(stderr)
    .split('\n')
    .filter((l) => l.trim() !== '');
  return (lines[lines.length - 1] ?? '').replace(/\. Did you mean: .*\?$/, '');
}

/** True when python3 ran the program as the generator meant: no error, nothing left for exit. */
export function pythonClean(py: RunResult): boolean {
  return py.status === 0 && py.stderr === '' && py.exit === '';
}

export function divergence(py: RunResult, hs: HeapscopeResult): Category | null {
  if (hs.crash !== null) return 'crash';
  if (/NotSupported/.test(hs.stderr) && !/NotSupported/.test(py.stderr)) return 'not-supported';
  if (py.status !== hs.status) return 'status';
  if (lastLine(py.stderr) !== lastLine(hs.stderr)) return 'stderr';
  if (normalize(py.stdout) !== normalize(hs.stdout)) return 'stdout';
  return null;
}

/** The first line where two outputs differ (1-based), for reports. */
export function firstDifference(a: string, b: string): number {
  const x = normalize(a).split('\n');
  const y = normalize(b).split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 0;
}
