/**
 * A source file's bytes as `python3 FILE.py` (CPython 3.11.7) reads them, before tokenizing:
 * - a UTF-8 byte order mark is dropped;
 * - a coding declaration (PEP 263) on line 1, or on line 2 after a comment or blank line 1,
 *   decides the encoding: UTF-8, Latin-1 and ASCII are read as Python reads them, a BOM with
 *   another encoding is "encoding problem: X with BOM", others are refused (NotSupported);
 * - NUL is "source code cannot contain null bytes" (a file's wording; a string's differs);
 * - without a declaration, bytes that are not UTF-8 are "Non-UTF-8 code starting with '\xNN' in
 *   file F on line N, but no encoding declared; ..." (the first bad byte or NUL in the file wins);
 * - with a UTF-8 declaration, bad bytes are only an error where a token is decoded: in a name or a
 *   string ("(unicode error) 'utf-8' codec can't decode byte ..."), not in a comment.
 *
 * The text it returns holds no NUL and no lone surrogate: `Interpreter.run` takes it as it takes
 * console input.
 */
import { NotSupported, PySyntaxError } from './errors';
import { formatSyntaxError } from './traceback';
import { tokenize } from './tokenizer';

export type DecodedSource =
  | { readonly ok: true; readonly text: string }
  /** What python3 prints on stderr before exiting with status 1. */
  | { readonly ok: false; readonly report: string };

const PEP_263 = 'see https://peps.python.org/pep-0263/ for details';

export function decodeSourceFile(bytes: Uint8Array, file: string): DecodedSource {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const cookie = codingCookie(body);
  let codec: Codec | null = bom ? 'utf-8' : null;
  if (cookie) {
    const named = codecNamed(cookie.name);
    if (bom && named !== 'utf-8') {
      return failed(`SyntaxError: encoding problem: ${normalName(cookie.name)} with BOM\n`);
    }
    if (named === null) {
      return failed(
        new NotSupported(`source encoding '${cookie.name}'`, cookie.line).message + '\n',
      );
    }
    codec = named;
  }
  const bad = firstBadByte(body, codec === null);
  if (bad?.nul) return failed(nulReport(body, bad.at, file));
  if (bad) {
    const line = lineNumberAt(body, bad.at);
    const hex = body[bad.at]!.toString(16).padStart(2, '0');
    return failed(
      `SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${file} on line ${line}, but no encoding declared; ${PEP_263}\n`,
    );
  }
  if (codec === 'iso-8859-1') return { ok: true, text: latin1(body) };
  if (codec === 'ascii' || codec === 'utf-8 strict') {
    const strict = codec === 'ascii' ? body.every((b) => b < 0x80) : isUtf8(body);
    if (!strict) return failed(`SyntaxError: encoding problem: ${cookie!.name}\n`);
    return { ok: true, text: utf8Decoder().decode(body) };
  }
  if (codec === 'utf-8') return declaredUtf8(body, file);
  return { ok: true, text: utf8Decoder().decode(body) };
}

/** A decoder that keeps a U+FEFF at the start (only the first BOM is dropped, by us). */
function utf8Decoder(): TextDecoder {
  return new TextDecoder('utf-8', { ignoreBOM: true });
}

function failed(report: string): DecodedSource {
  return { ok: false, report };
}

/**
 * 'utf-8': CPython reads the bytes as they are and decodes each token; the others decode the
 * whole file first (a failure is "encoding problem: NAME").
 */
type Codec = 'utf-8' | 'utf-8 strict' | 'iso-8859-1' | 'ascii';

/** Python's codec aliases for the encodings Heapscope reads (encodings/aliases.py). */
const ALIASES: Record<string, Codec> = {
  utf8: 'utf-8 strict',
  u8: 'utf-8 strict',
  utf: 'utf-8 strict',
  utf8_ucs2: 'utf-8 strict',
  utf8_ucs4: 'utf-8 strict',
  cp65001: 'utf-8 strict',
  latin1: 'iso-8859-1',
  latin: 'iso-8859-1',
  l1: 'iso-8859-1',
  iso8859_1: 'iso-8859-1',
  iso_8859_1: 'iso-8859-1',
  '8859': 'iso-8859-1',
  cp819: 'iso-8859-1',
  ibm819: 'iso-8859-1',
  iso_ir_100: 'iso-8859-1',
  csisolatin1: 'iso-8859-1',
  ascii: 'ascii',
  us_ascii: 'ascii',
  us: 'ascii',
  '646': 'ascii',
  iso646_us: 'ascii',
};

/** The tokenizer's get_normal_name: UTF-8 and Latin-1 spellings made canonical. */
function normalName(name: string): string {
  const normal = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (normal === 'utf-8' || normal.startsWith('utf-8-')) return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(normal)) return 'iso-8859-1';
  return name;
}

function codecNamed(name: string): Codec | null {
  const normal = normalName(name);
  if (normal === 'utf-8' || normal === 'iso-8859-1') return normal;
  // Python's codec lookup for the rest.
  return ALIASES[name.toLowerCase().replace(/[- ]/g, '_')] ?? null;
}

/** PEP 263's `coding[:=] NAME` in a comment line (tokenizer.c's get_coding_spec). */
function codingCookie(body: Uint8Array): { name: string; line: number } | null {
  const lines = latin1(body.subarray(0, 2000)).split('\n', 2);
  for (let i = 0; i < Math.min(2, lines.length); i++) {
    const text = lines[i]!;
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(text);
    if (m) return { name: m[1]!, line: i + 1 };
    // Line 2 counts only after a comment or blank line 1.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(text)) return null;
  }
  return null;
}

/** The first NUL, or (when `checkUtf8`) the first byte starting no valid UTF-8 sequence. */
function firstBadByte(body: Uint8Array, checkUtf8: boolean): { at: number; nul: boolean } | null {
  for (let i = 0; i < body.length;) {
    const b = body[i]!;
    if (b === 0) return { at: i, nul: true };
    if (b < 0x80 || !checkUtf8) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(body, i);
    if (n === 0) return { at: i, nul: false };
    i += n;
  }
  return null;
}

/** The length of the valid UTF-8 sequence at `i`, or 0 (tokenizer.c's strict valid_utf8). */
function utf8SequenceLength(s: Uint8Array, i: number): number {
  const b = s[i]!;
  const next = s[i + 1] ?? 0;
  let expected: number;
  if (b < 0x80) return 1;
  if (b < 0xc2) return 0;
  if (b < 0xe0) expected = 1;
  else if (b < 0xf0) {
    if ((b === 0xe0 && next < 0xa0) || (b === 0xed && next >= 0xa0)) return 0;
    expected = 2;
  } else if (b < 0xf5) {
    if (next < 0x90 ? b === 0xf0 : b === 0xf4) return 0;
    expected = 3;
  } else return 0;
  for (let k = 1; k <= expected; k++) {
    const c = s[i + k];
    if (c === undefined || c < 0x80 || c >= 0xc0) return 0;
  }
  return expected + 1;
}

function isUtf8(body: Uint8Array): boolean {
  for (let i = 0; i < body.length;) {
    const n = utf8SequenceLength(body, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function lineNumberAt(body: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (body[i] === 0x0a) line++;
  return line;
}

/** CPython shows the line up to the NUL (it reads lines as C strings). */
function nulReport(body: Uint8Array, at: number, file: string): string {
  const line = lineNumberAt(body, at);
  const start = body.lastIndexOf(0x0a, at - 1) + 1;
  const text = utf8Decoder().decode(body.subarray(start, at));
  return formatSyntaxError(
    new PySyntaxError('source code cannot contain null bytes', line, 0, text),
    file,
  );
}

/**
 * A UTF-8 file as CPython reads a declared one: undecodable bytes are kept (as U+DC80..U+DCFF,
 * Python's surrogateescape) until the tokenizer finds them in a name or string; in comments they
 * are harmless.
 */
function declaredUtf8(body: Uint8Array, file: string): DecodedSource {
  if (isUtf8(body)) return { ok: true, text: utf8Decoder().decode(body) };
  let text = '';
  const decoder = utf8Decoder();
  let run = 0;
  for (let i = 0; i < body.length;) {
    const n = utf8SequenceLength(body, i);
    if (n > 0) {
      i += n;
      continue;
    }
    text += decoder.decode(body.subarray(run, i)) + String.fromCharCode(0xdc00 + body[i]!);
    i++;
    run = i;
  }
  text += decoder.decode(body.subarray(run));
  text = text.replace(/\r\n?/g, '\n');
  const t = tokenize(text, { undecodable: true });
  if (t.error && t.error.msg.startsWith('(unicode error)')) {
    const e = t.error;
    const lineStart = t.lineStarts[e.line - 1] ?? 0;
    const lineEnd = text.indexOf('\n', lineStart);
    const lineText = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const shown = lineText.replace(/[\udc80-\udcff]/g, '\ufffd');
    const column = [...text.slice(lineStart, e.cursor)].length;
    return failed(formatSyntaxError(new PySyntaxError(e.msg, e.line, column, shown), file));
  }
  // Only in comments (or after an earlier error that will be reported): harmless.
  return { ok: true, text: text.replace(/[\udc80-\udcff]/g, '\ufffd') };
}
