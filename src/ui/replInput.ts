/**
 * The console's REPL rules, on plain text, shared by the CodeMirror editor and the plain input
 * shown until the editor has loaded, so Enter means the same thing in both.
 */

/** True while typing a block: the input opened one and the current last line is not blank. */
export function continuesBlock(input: string): boolean {
  const lines = input.split('\n');
  const last = lines.at(-1)!;
  if (withoutComment(last).endsWith(':')) return true;
  const opened = lines.some((l) => withoutComment(l).endsWith(':'));
  return opened && lines.length > 1 && last.trim() !== '';
}

/** What a new line after `line` inserts: its indentation, one level deeper after a ':'. */
export function newlineAfter(line: string): string {
  const indent = /^\s*/.exec(line)![0];
  const deeper = line.trimEnd().endsWith(':') ? '    ' : '';
  return `\n${indent}${deeper}`;
}

function withoutComment(line: string): string {
  return line.replace(/#.*$/, '').trimEnd();
}
