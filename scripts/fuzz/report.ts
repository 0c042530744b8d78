/** Text reports of a fuzz run: one block per divergence kind, then the summary line. */
import { firstDifference, lastLine, normalize } from './compare';
import type { Divergence, FuzzResult } from './run';

const indent = (text: string) =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

function outcome(stdout: string, status: number, stderr: string): string {
  const tail = stderr ? `\n[stderr] ${lastLine(stderr)}` : '';
  return `${indent(normalize(stdout))}\n[status ${status}]${tail}`;
}

export function formatDivergence(d: Divergence, sameKind: number): string {
  const hs = d.heapscope;
  const lines = d.source.split('\n').length - 1;
  const from = d.original.split('\n').length - 1;
  const where = `first difference at stdout line ${firstDifference(d.python.stdout, hs.stdout)}`;
  return [
    `✘ divergence: seed ${d.seed}, program ${d.index} (${sameKind} program(s) of this kind)`,
    `--- kind: ${d.kind}`,
    `--- ${d.shrunk ? `shrunk program (${lines} lines, from ${from})` : `program (${lines} lines)`}`,
    indent(d.source),
    '--- python3',
    outcome(d.python.stdout, d.python.status, d.python.stderr),
    '--- heapscope',
    hs.crash ? `    crashed: ${hs.crash}` : outcome(hs.stdout, hs.status, hs.stderr),
    `--- ${where}`,
    '',
  ].join('\n');
}

/** Divergences grouped by kind, most frequent kind first. */
export function groupByKind(divergences: readonly Divergence[]): Divergence[][] {
  const groups = new Map<string, Divergence[]>();
  for (const d of divergences) {
    const g = groups.get(d.kind) ?? [];
    g.push(d);
    groups.set(d.kind, g);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length || x[0]!.index - y[0]!.index);
}

export function formatReport(result: FuzzResult, seed: number, maxReport: number): string {
  const out: string[] = [];
  const groups = groupByKind(result.divergences);
  groups.slice(0, maxReport).forEach((g) => out.push(formatDivergence(g[0]!, g.length)));
  if (groups.length > maxReport) out.push(`(${groups.length - maxReport} more kinds not shown)`);
  if (result.divergences.length) {
    out.push(`divergences by kind (seed ${seed}):`);
    groups.forEach((g, i) => {
      const ids = g.map((d) => d.index).join(' ');
      out.push(`  ${i + 1}. ${g.length} × ${g[0]!.kind}\n     programs: ${ids}`);
    });
  }
  out.push(
    result.mode === 'batched'
      ? `python3: one batched process (same output as \`python3 file.py\` on the ${result.verified} programs checked)`
      : 'python3: `python3 file.py` per program (the batched driver disagreed with it)',
  );
  for (const bad of result.invalid) {
    out.push(`! program ${bad.index} is not valid under python3 (${bad.reason}): not compared`);
  }
  out.push(summaryLine(result, seed));
  return out.join('\n');
}

export function summaryLine(result: FuzzResult, seed: number): string {
  return (
    `fuzz: ${result.programs} programs, ${result.divergences.length} divergences ` +
    `(seed ${seed}, ${result.seconds.toFixed(1)} s)`
  );
}
