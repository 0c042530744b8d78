/**
 * The session as a Python file that `python3` runs and that prints the same transcript.
 *
 * Each statement is run by a small copy of the console written in Python (exportConsole.ts), the
 * way Python's interactive console runs what is typed: compiled in 'single' mode, so that an
 * expression statement echoes through sys.displayhook and sets `_`, and executed at module level
 * in the session's namespace; an error prints its traceback, stays in sys.last_value and the
 * session goes on. Running the statements' own code at module level keeps the refcounts the
 * transcript shows: no function frame, no temporary of this file's own holds a reference to the
 * session's objects (see exportPython.test.ts, which runs exported sessions with python3).
 *
 * Statements Heapscope did not run to their end (Stop, or a statement's time or memory budget)
 * or refused (NotSupported, an internal error) cannot be reproduced by python3: they are not run,
 * a comment says why, and what they printed in Heapscope is printed in their place.
 */
import { CONSOLE_PY } from './exportConsole';
import type { TranscriptEntry } from './transcript';

export interface PythonExport {
  /** The setup statements (the classes the palette uses), run first. */
  readonly setup: readonly TranscriptEntry[];
  /** The applied statements of the session, oldest first. */
  readonly statements: readonly TranscriptEntry[];
  /** Statements that were undone and are left out (said in the header). */
  readonly undone?: number;
  /** When, for the header ("2026-12-06 14:03"). */
  readonly exportedAt?: string;
  /** The file's name, for the header's command line. */
  readonly fileName?: string;
}

/** A statement the exported file does not run: why, and whether it did part of its work. */
export interface NotRun {
  readonly why: string;
  /** It ran partly in Heapscope (stopped on the way): the heap after it differs here. */
  readonly partial: boolean;
}

/** Why a statement is not run by the exported file, or null when it is. */
export function notRun(entry: TranscriptEntry): NotRun | null {
  const error = entry.error ?? '';
  if (entry.stop?.reason === 'interrupt')
    return {
      why: 'Stopped with Stop (KeyboardInterrupt) in Heapscope. Not run here: where it stopped cannot be reproduced.',
      partial: true,
    };
  if (entry.stop)
    return {
      why: "Stopped by Heapscope's time budget for a statement. Not run here, where nothing would stop it there.",
      partial: true,
    };
  if (/^MemoryError\b/.test(error))
    return {
      why: "Raised MemoryError in Heapscope, which gives a statement a memory budget. Not run here, where it could take all of this machine's memory.",
      partial: true,
    };
  if (error.startsWith('NotSupported'))
    return {
      why: 'Refused by Heapscope (NotSupported) before it did anything. Not run here, where it would run and change the heap.',
      partial: false,
    };
  if (error.startsWith('InternalError') || error.startsWith('Heapscope internal error'))
    return { why: 'Heapscope failed on it (an internal error). Not run here.', partial: true };
  return null;
}

export function exportPython(session: PythonExport): string {
  const parts = [header(session), CONSOLE_PY.trimEnd(), ''];
  if (session.setup.length > 0) {
    parts.push(
      '',
      heading("The session's setup: the classes Heapscope's palette makes instances of"),
    );
    for (const entry of session.setup) parts.push(statement(entry, null));
  }
  parts.push('', heading('The session'));
  session.statements.forEach((entry, i) => parts.push(statement(entry, i + 1)));
  if (session.statements.length === 0) parts.push('', '# (no statements)');
  parts.push('', 'end()', '');
  return parts.join('\n');
}

/** Comment lines are kept within this width, as in the console's part of the file. */
const WIDTH = 100;

function heading(title: string): string {
  return `# ---- ${title} `.padEnd(WIDTH - 1, '-');
}

/** Text as comment lines of at most WIDTH characters (a longer word stays whole). */
function comment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length > 1 && line.length + 1 + word.length > WIDTH - 1) {
      lines.push(line);
      line = '#';
    }
    line += ' ' + word;
  }
  return [...lines, line];
}

/** One statement: run, or (when it cannot be reproduced) what it printed, and why. */
function statement(entry: TranscriptEntry, n: number | null): string {
  const title =
    n === null ? '' : `${n}${entry.origin === 'canvas' ? ' (a gesture on the canvas)' : ''}`;
  const skipped = notRun(entry);
  if (!skipped) return `\n${title ? `# ${title}\n` : ''}run(${pythonSource(entry.source)})`;
  const printed = skipped.partial
    ? 'What it printed there is printed instead. What it did before it stopped is missing from here on, so later statements may print something else.'
    : "Heapscope's message is printed instead.";
  const lines = ['', ...comment(`${title ? title + ': ' : ''}${skipped.why} ${printed}`)];
  for (const line of entry.source.split('\n')) lines.push(`#     ${line}`.trimEnd());
  const chunks = entry.output.map(
    (c) => `    (${pythonString(c.stream)}, ${pythonString(c.text)}),`,
  );
  lines.push(chunks.length > 0 ? ['replay(', ...chunks, ')'].join('\n') : 'replay()');
  return lines.join('\n');
}

function header({ statements, undone = 0, exportedAt, fileName }: PythonExport): string {
  const when = exportedAt ? ` on ${exportedAt}` : '';
  const count = `${statements.length} statement${statements.length === 1 ? '' : 's'}`;
  const left = undone > 0 ? `; the ${undone} undone after them are left out` : '';
  return `#!/usr/bin/env python3
# A Heapscope session, exported${when}: ${count}${left}.
#
# Run it with CPython 3.11, the Python whose numbers Heapscope shows:
#     python3 ${fileName ?? 'this-file.py'}
# It runs the statements one by one as Heapscope's console ran them, which is how Python's own
# interactive console runs what you type: an expression statement prints its repr and keeps it in
# \`_\`, an error prints its traceback (and stays in sys.last_value) and the next statement runs.
# So it prints the same transcript, with the same refcounts, except where noted here:
#
# - Addresses (0x7f...) and id() differ from run to run, and so does the order of a set of
#   instances or of strings (CPython hashes strings with a random key each run).
# - sys.getrefcount of small ints, interned strings, None, True and False: CPython counts every
#   reference in the interpreter (thousands); Heapscope shows these objects as interned.
# - sys.getsizeof, gc.get_count(), and when the collector runs on its own (this file compiles
#   each statement, which allocates a little).
# - python3 adds ". Did you mean: ...?" to some NameError and AttributeError lines, and shows
#   the frames inside its own modules (weakref.py) in a traceback.
# - Statements that Heapscope stopped (Stop, a time or memory budget) or refused (NotSupported)
#   are not run here; their comments say so, and what they printed in Heapscope is printed.
# - At the end the session stays open, as it is in Heapscope: objects still alive are not
#   finalized (a normal exit would run their __del__).
# Anywhere else, python3 is right: Heapscope would like to hear about the difference.
`;
}

/**
 * A statement's source as a Python string literal, verbatim when it can be: a raw triple-quoted
 * string (r"""..."""), else one with escapes.
 */
export function pythonSource(source: string): string {
  const printable = ![...source].some(isControl) && wellFormed(source);
  if (printable && !source.endsWith('\\')) {
    for (const quotes of ['"""', "'''"]) {
      if (!source.includes(quotes) && !source.endsWith(quotes[0]!))
        return `r${quotes}${source}${quotes}`;
    }
  }
  return pythonString(source);
}

/** Any text as a double-quoted Python string literal. */
export function pythonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (ch === '\\' || ch === '"') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair is one character; a lone surrogate can only be written escaped.
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1];
        i++;
      } else out += '\\u' + code.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

/** A character a raw string cannot show as it is (tab and newline can). */
function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 0x20 && ch !== '\t' && ch !== '\n') || code === 0x7f;
}

function wellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}
