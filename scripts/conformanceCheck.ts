/**
 * Checking one conformance script. The suite: every conformance/*.py runs under Heapscope's CLI path and its output is
 * compared with what python3 3.11 printed (conformance/expected/, made by conformance-update.mjs).
 * stdout must match exactly, addresses aside; stderr must match on the lines that carry meaning
 * (headers, `File` lines, the error line), not on CPython 3.11's caret underlines.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runScriptBytes } from '../src/cli/main';

export const conformanceDir = join(import.meta.dirname, '..', 'conformance');
const dir = conformanceDir;

export function normalize(text: string): string {
  return text.replace(/0x[0-9a-f]+/g, '0xADDR');
}

/** A script's path as python3 printed it when the expected files were made (any checkout). */
const SCRIPT_PATH = /"[^"]*conformance\/[^"/]+\.py"/g;
/** The same, unquoted, in "Non-UTF-8 code ... in file PATH on line N". */
const BARE_SCRIPT_PATH = /(?<= in file )\S*conformance\/[^\s/]+\.py(?= on line )/g;
/** A warning's `path:line:` prefix (python3 gives the script's absolute path, of any checkout). */
const WARNING_SCRIPT_PATH = /^\S*conformance\/[^\s/:]+\.py(?=:\d+: )/;

/** A standard-library module's path (installs differ): compared by its file name. */
const STDLIB_PATH = /"[^"]*\/lib\/python3\.11\/([\w/]+\.py)"/g;

/**
 * The lines of a traceback compared with CPython's: unindented lines, `File` lines and the
 * "[Previous line repeated N more times]" that stands for a recursion's repeated entries.
 */
export function stderrSignature(text: string, file: string): string[] {
  return normalize(text)
    .split('\n')
    .filter(
      (l) =>
        l !== '' &&
        (!l.startsWith(' ') || l.startsWith('  File ') || l.startsWith('  [Previous line')),
    )
    .map((l) =>
      l
        .replace(file, '<file>')
        .replace(SCRIPT_PATH, '"<file>"')
        .replace(BARE_SCRIPT_PATH, '<file>')
        .replace(WARNING_SCRIPT_PATH, '<file>')
        .replace(STDLIB_PATH, '"<stdlib>/$1"')
        .replace(/\. Did you mean: .*\?$/, ''),
    );
}

export interface Mismatch {
  readonly name: string;
  readonly what: string;
  readonly expected: string;
  readonly actual: string;
}

export function checkScript(pyPath: string): Mismatch[] {
  const name = basename(pyPath, '.py');
  const source = readFileSync(pyPath);
  const expected = (ext: string) => readFileSync(join(dir, 'expected', `${name}.${ext}`), 'utf8');
  const r = runScriptBytes(source, pyPath);
  const out: Mismatch[] = [];
  const wantOut = normalize(expected('stdout'));
  if (normalize(r.stdout) !== wantOut)
    out.push({ name, what: 'stdout', expected: wantOut, actual: normalize(r.stdout) });
  const wantErr = stderrSignature(expected('stderr'), pyPath).join('\n');
  const gotErr = stderrSignature(r.stderr, pyPath).join('\n');
  if (wantErr !== gotErr) out.push({ name, what: 'stderr', expected: wantErr, actual: gotErr });
  const wantStatus = expected('status').trim();
  if (String(r.status) !== wantStatus)
    out.push({ name, what: 'exit status', expected: wantStatus, actual: String(r.status) });
  return out;
}
