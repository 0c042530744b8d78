/**
 * Grouping divergences into kinds: two shrunk programs are the same kind when they are the same
 * program up to the names and tags the generator picked.
 */
import type { Category } from './compare';
import type { HeapscopeResult } from './heapscope';
import type { RunResult } from './python';

const RENAMED = /\b(?:[a-f]|item|k|v|i)\b/g;

export function canonical(source: string): string {
  const names = new Map<string, string>();
  return source
    .split('\n')
    .map((line) => {
      const [code, ...strs] = line.split('"');
      const renamed = code!.replace(RENAMED, (n) => {
        if (!names.has(n)) names.set(n, `n${names.size + 1}`);
        return names.get(n)!;
      });
      return [renamed, ...strs].join('"');
    })
    .join('\n')
    .replace(/"([tmsr])\d+(\.)?"/g, '"$1$2"');
}

export function kindOf(
  category: Category,
  source: string,
  _python: RunResult,
  heapscope: HeapscopeResult,
): string {
  if (category === 'crash') return `crash: ${heapscope.crash?.split(' at ')[0]}`;
  if (category === 'not-supported') {
    const line = heapscope.stderr.split('\n').find((l) => l.includes('NotSupported')) ?? '';
    return `not-supported: ${line.replace(/\(line \d+\)/, '')}`;
  }
  return `${category}:\n${canonical(source)}`;
}
