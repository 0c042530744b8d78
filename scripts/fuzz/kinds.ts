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

const tokens = (line: string) => line.split(/(\s+|[,()[\]{}:])/).filter((t) => t !== '');
const isNumber = (t: string) => /^-?\d+$/.test(t);
const abstractText = (text: string) => text.replace(/\d+/g, 'N');

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
  let x = tokens(a[i]!);
  let y = tokens(b[i]!);
  while (x.length && y.length && x[0] === y[0]) [x, y] = [x.slice(1), y.slice(1)];
  while (x.length && y.length && x[x.length - 1] === y[y.length - 1]) {
    [x, y] = [x.slice(0, -1), y.slice(0, -1)];
  }
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
const NAME_OR_PATH = /(?<![.\w])[A-Za-z_]\w*(?:\[[^\]]*\]|\.\w+\b(?!\())*/g;
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
        .replace(/"[^"]*"|'[^']*'/g, '""')
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
  return `${category}: ${shape}; last statement: ${lastStatementShape(source)}`;
}
