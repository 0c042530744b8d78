/**
 * Grouping divergences into kinds, so a report lists each problem once however many programs hit
 * it. A kind is: the category, how the first differing output line differs (a number off by N,
 * one text for another, the same lines in another order, a line too many or too few), and, unless
 * a changed text already names the mechanism, the shape of the shrunk program's last top-level
 * statement, which after shrinking is the statement that shows the problem (names, numbers and
 * strings abstracted away).
 */
import { normalize, type Category } from './compare';
import type { HeapscopeResult } from './heapscope';
import type { RunResult } from './python';

const tokens = (line: string) => line.split(/(\s+|[,()[\]{}:=])/).filter((t) => t !== '');
const isNumber = (t: string) => /^-?\d+$/.test(t);
const abstractText = (text: string) => text.replace(/\d+/g, 'N');

/** The first run of tokens that differ between x and y (by a longest common subsequence). */
function firstHunk(x: string[], y: string[]): [string[], string[]] {
  const n = x.length;
  const m = y.length;
  // lcs[i][j]: the LCS length of x[i..] and y[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] =
        x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m && x[i] === y[j]) [i, j] = [i + 1, j + 1];
  const [si, sj] = [i, j];
  // Walk the LCS until the two sides meet again on a common token.
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j] && lcs[i]![j] === lcs[i + 1]![j + 1]! + 1) break;
    if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) i++;
    else j++;
  }
  return [x.slice(si, i), y.slice(sj, j)];
}

/** How the first differing stdout line differs. */
export function differenceShape(python: string, heapscope: string): string {
  const a = normalize(python).split('\n');
  const b = normalize(heapscope).split('\n');
  if (a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')) {
    return 'same lines in another order';
  }
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= a.length || a[i] === '') return `heapscope prints more: ${abstractText(b[i] ?? '')}`;
  if (i >= b.length || b[i] === '') return `heapscope prints less: ${abstractText(a[i] ?? '')}`;
  const [x, y] = firstHunk(tokens(a[i]!), tokens(b[i]!));
  if (x.length === 1 && y.length === 1 && isNumber(x[0]!) && isNumber(y[0]!)) {
    const delta = Number(x[0]) - Number(y[0]);
    return `a number is ${Math.abs(delta)} ${delta > 0 ? 'lower' : 'higher'} in heapscope`;
  }
  const [px, hy] = [abstractText(x.join('')), abstractText(y.join(''))];
  if (px === '') return `heapscope inserts '${hy}'`;
  if (hy === '') return `heapscope drops '${px}'`;
  return `python3 '${px}', heapscope '${hy}'`;
}

/** A name with the subscripts and attributes after it (`d[''][0].value`, not a method). */
const NAME_OR_PATH = /(?<![.\w])[A-Za-z_]\w*(?![\w"])(?:\[[^\]]*\]|\.\w+\b(?!\())*/g;
/** Words that say what a statement does, kept as they are. */
const KEEP = new Set(
  (
    'sys getrefcount print repr str len list dict del for in try except as None ' +
    'AttributeError KeyError IndexError Tracked Box Shown is not'
  ).split(' '),
);

/** The last top-level statement with its body, with names, numbers and strings abstracted. */
export function lastStatementShape(source: string): string {
  const lines = source.replace(/\n+$/, '').split('\n');
  let start = lines.length - 1;
  while (start > 0 && /^(\s|except\b|else\b|elif\b|finally\b)/.test(lines[start]!)) start--;
  return lines
    .slice(start)
    .map((l) =>
      l
        .trim()
        .replace(/(\bf)?(?:"[^"]*"|'[^']*')/g, (_m, f?: string) => (f ? 'f""' : '""'))
        .replace(/\b\d+\b/g, 'N')
        .replace(NAME_OR_PATH, (m) => (KEEP.has(m) ? m : 'x')),
    )
    .join(' / ');
}

export function kindOf(
  category: Category,
  source: string,
  python: RunResult,
  heapscope: HeapscopeResult,
  shrunk: boolean,
): string {
  if (category === 'crash') return `crash: ${heapscope.crash?.split(' at ')[0]}`;
  if (category === 'not-supported') {
    const line = heapscope.stderr.split('\n').find((l) => l.includes('NotSupported')) ?? '';
    return `not-supported: ${line.replace(/\(line \d+\)/, '')}`;
  }
  if (category !== 'stdout') {
    const error = abstractText(heapscope.stderr.trim().split('\n').pop() ?? '');
    return `${category}: status ${python.status} vs ${heapscope.status}, heapscope '${error}'`;
  }
  const shape = differenceShape(python.stdout, heapscope.stdout);
  // A changed text names its mechanism; a changed number or order needs the statement behind it.
  if (/^(heapscope inserts|heapscope drops|python3 ')/.test(shape)) return `${category}: ${shape}`;
  if (!shrunk) return `${category}: ${shape}; not shrunk`;
  return `${category}: ${shape}; last statement: ${lastStatementShape(source)}`;
}
