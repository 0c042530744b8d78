/** Error reports in CPython's words and layout. */
import type { PyError, PySyntaxError } from './errors';

/** "Traceback (most recent call last):", one entry per frame outermost first, then the error. */
export function formatTraceback(e: PyError, lastLine: string): string {
  let out = 'Traceback (most recent call last):\n';
  for (let i = e.traceback.length - 1; i >= 0; i--) {
    const t = e.traceback[i]!;
    out += `  File "${t.file}", line ${t.line}, in ${t.scope}\n`;
    if (t.text.trim()) out += `    ${t.text.trim()}\n`;
  }
  return out + lastLine + '\n';
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
