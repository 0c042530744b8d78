/** Error reports in CPython's words and layout. */
import type { PySyntaxError, TraceEntry } from './errors';

/** sys.tracebacklimit's default: only the innermost 1000 entries are printed. */
const TRACEBACK_LIMIT = 1000;
/** TB_RECURSIVE_CUTOFF: an entry repeated more often is printed three times, then counted. */
const RECURSIVE_CUTOFF = 3;

/**
 * "Traceback (most recent call last):", one entry per frame outermost first, then the error, as
 * tb_printinternal prints them: the innermost 1000 entries, and the same entry (file, line,
 * function) repeated more than three times in a row shown three times and then
 * "  [Previous line repeated N more times]".
 */
export function formatTraceback(
  e: { readonly traceback: readonly TraceEntry[] },
  lastLine: string,
): string {
  const parts = ['Traceback (most recent call last):\n'];
  const first = Math.min(e.traceback.length, TRACEBACK_LIMIT) - 1;
  let last: TraceEntry | null = null;
  let count = 0;
  for (let i = first; i >= 0; i--) {
    const t = e.traceback[i]!;
    if (!last || t.file !== last.file || t.line !== last.line || t.scope !== last.scope) {
      if (count > RECURSIVE_CUTOFF) parts.push(repeated(count));
      last = t;
      count = 0;
    }
    if (++count > RECURSIVE_CUTOFF) continue;
    parts.push(`  File "${t.file}", line ${t.line}, in ${t.scope}\n`);
    if (t.text.trim()) parts.push(`    ${t.text.trim()}\n`);
  }
  if (count > RECURSIVE_CUTOFF) parts.push(repeated(count));
  parts.push(lastLine + '\n');
  return parts.join('');
}

function repeated(count: number): string {
  const n = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** A SyntaxError as a script run prints it: file and line, the source line, a caret. */
export function formatSyntaxError(e: PySyntaxError, file: string): string {
  const { kind, msg } = e;
  const text = e.lineText;
  const indent = text.length - text.trimStart().length;
  let out = `  File "${file}", line ${e.line}\n`;
  if (text.trim()) {
    out += `    ${text.trim()}\n`;
    // Column 0: CPython knows no column (a NUL byte's line), so it draws no caret.
    if (kind === 'SyntaxError' && e.column > 0)
      out += `    ${' '.repeat(Math.max(0, e.column - 1 - indent))}^\n`;
  }
  return out + `${kind}: ${msg}\n`;
}
