/**
 * One pass over the source as CPython 3.11's tokenizer (Parser/tokenizer.c) makes it: it knows
 * which lines are inside a string or a bracket, so indentation is only read where CPython reads
 * it (a docstring's continuation lines are string content, not code), and it reports the errors
 * the tokenizer reports, with the same words, line and column: unterminated strings, unmatched
 * and unclosed brackets, 200 nested brackets, 100 levels of indentation, an unindent matching no
 * outer level, tabs and spaces mixed inconsistently, bad number literals, characters that cannot
 * form a name, and stray characters after a line continuation.
 *
 * Every later check (block structure, nesting depth, the lezer parse) works on its tokens and
 * logical lines.
 */
import { scanNumber } from './numberToken';
import { invalidCharacterMessage, invalidIdentifierIndex } from './identifiers';

export const enum T {
  Name,
  Number,
  String,
  Op,
  /** The end of a logical line. */
  Newline,
  Indent,
  Dedent,
  End,
}

export interface Token {
  readonly kind: T;
  readonly from: number;
  readonly to: number;
}

export type SourceErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/** An error at a place in the source, as CPython reports it. */
export interface SourceError {
  readonly kind: SourceErrorKind;
  readonly msg: string;
  /** The line CPython names (1-based). */
  readonly line: number;
  /** CPython's column counts the characters before this offset on `line` (0: no caret). */
  readonly cursor: number;
  /** Where the error stands among others (the offset of the token in question). */
  readonly at: number;
  /**
   * Found at the end of the input ("'(' was never closed", "unexpected EOF"): CPython's parser
   * reports these when it gets there, so they do not replace an earlier "invalid syntax".
   */
  readonly atEnd?: boolean;
  /**
   * CPython's tokenizer raised it as an exception (syntaxerror()): when the parser has already
   * failed earlier in the file, a scan of the rest of the file still reports this one instead.
   * Indentation errors, a bad line continuation and the end-of-input errors are not raised so.
   */
  readonly overrides?: boolean;
}

/** A statement's tokens: `tokens[first]` up to (not including) its Newline `tokens[end]`. */
export interface LogicalLine {
  readonly first: number;
  readonly end: number;
  /** An Indent token comes just before it. */
  readonly indented: boolean;
  /** Blocks it is nested in (0 at module level). */
  readonly depth: number;
}

export interface Tokenized {
  readonly tokens: readonly Token[];
  /** Complete logical lines, before the first error. */
  readonly lines: readonly LogicalLine[];
  /** The first error the tokenizer met; tokens stop there. */
  readonly error: SourceError | null;
  /** [from, to) of each comment and each string literal, in order. */
  readonly comments: readonly (readonly [number, number])[];
  readonly strings: readonly (readonly [number, number])[];
  readonly lineStarts: readonly number[];
}

export interface TokenizeOptions {
  /**
   * The source came from a file declared UTF-8 (a BOM or a coding cookie) whose undecodable bytes
   * were kept as U+DC80..U+DCFF (as Python's "surrogateescape" does): such a byte in a name or a
   * string is CPython's "(unicode error) 'utf-8' codec can't decode byte ...".
   */
  readonly undecodable?: boolean;
}

/** CPython's MAXLEVEL (tokenizer.h): brackets open at once. */
export const MAX_BRACKET_DEPTH = 200;
/** CPython's MAXINDENT: indentation levels on the stack. */
export const MAX_INDENT_LEVELS = 100;

const OPERATORS3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPERATORS2 = new Set([
  '**',
  '//',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '->',
  ':=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  '<>',
]);
const OPENERS = '([{';
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

class Stop {
  constructor(readonly error: SourceError) {}
}

export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function tokenize(src: string, options: TokenizeOptions = {}): Tokenized {
  const t = new Tokenizer(src, options);
  let error: SourceError | null = null;
  try {
    t.run();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    error = e.error;
  }
  return {
    tokens: t.tokens,
    lines: t.lines,
    error,
    comments: t.comments,
    strings: t.strings,
    lineStarts: t.lineStarts,
  };
}

class Tokenizer {
  readonly tokens: Token[] = [];
  readonly lines: LogicalLine[] = [];
  readonly comments: [number, number][] = [];
  readonly strings: [number, number][] = [];
  readonly lineStarts: number[];
  private i = 0;
  private line = 1;
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly brackets: { ch: string; at: number; line: number }[] = [];
  /** Index of the first token of the logical line being read, -1 between lines. */
  private lineFirst = -1;
  private lineIndented = false;

  constructor(
    private readonly src: string,
    private readonly options: TokenizeOptions,
  ) {
    this.lineStarts = lineStartsOf(src);
  }

  run(): void {
    const src = this.src;
    let atLineStart = true;
    for (;;) {
      if (atLineStart) {
        atLineStart = false;
        this.indentation();
      }
      // Whitespace between tokens.
      let c = src[this.i];
      while (c === ' ' || c === '\t' || c === '\f') c = src[++this.i];
      const start = this.i;
      if (c === undefined) return this.endOfInput();
      if (c === '#') {
        const end = src.indexOf('\n', start);
        this.i = end < 0 ? src.length : end;
        this.comments.push([start, this.i]);
        continue;
      }
      if (c === '\n') {
        this.i++;
        this.endPhysicalLine();
        this.line++;
        atLineStart = true;
        continue;
      }
      if (c === '\\') {
        this.lineContinuation();
        continue;
      }
      const code = c.charCodeAt(0);
      if (isNameStart(code)) {
        this.nameOrString();
        continue;
      }
      if ((c >= '0' && c <= '9') || (c === '.' && isDigit(src[this.i + 1]))) {
        this.number();
        continue;
      }
      if (c === '"' || c === "'") {
        this.string(start);
        continue;
      }
      this.operator(c, code);
    }
  }

  // ---- lines and indentation ----

  /** At the start of a physical line outside brackets and strings: CPython's indentation pass. */
  private indentation(): void {
    const src = this.src;
    let col = 0;
    let altcol = 0;
    let i = this.i;
    for (;;) {
      const c = src[i];
      if (c === ' ') {
        col++;
        altcol++;
      } else if (c === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        altcol++;
      } else if (c === '\f') {
        // A form feed resets the count (CPython: "for Emacs users").
        col = altcol = 0;
      } else break;
      i++;
    }
    this.i = i;
    const c = src[i];
    // Blank lines and comment-only lines do not count; neither do lines inside brackets.
    if (c === '#' || c === '\n' || c === undefined || this.brackets.length > 0) return;
    const top = this.indents[this.indents.length - 1]!;
    const altTop = this.altIndents[this.altIndents.length - 1]!;
    if (col === top) {
      if (altcol !== altTop) this.tabError();
    } else if (col > top) {
      if (this.indents.length >= MAX_INDENT_LEVELS) {
        const lineStart = this.lineStarts[this.line - 1]!;
        this.fail('IndentationError', 'too many levels of indentation', lineStart + 1, i);
      }
      if (altcol <= altTop) this.tabError();
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push(T.Indent, i, i);
      this.lineIndented = true;
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
        this.push(T.Dedent, i, i);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const end = this.physicalLineEnd(i);
        this.fail(
          'IndentationError',
          'unindent does not match any outer indentation level',
          end + 1,
          i,
        );
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    }
  }

  private tabError(): never {
    return this.fail(
      'TabError',
      'inconsistent use of tabs and spaces in indentation',
      this.lineStarts[this.line - 1]! + 1,
      this.i,
    );
  }

  private physicalLineEnd(from: number): number {
    const end = this.src.indexOf('\n', from);
    return end < 0 ? this.src.length : end;
  }

  /** A newline outside a string: it ends the logical line unless brackets are open or it is blank. */
  private endPhysicalLine(): void {
    if (this.brackets.length > 0 || this.lineFirst < 0) return;
    this.push(T.Newline, this.i - 1, this.i);
    this.closeLogicalLine();
  }

  private closeLogicalLine(): void {
    this.lines.push({
      first: this.lineFirst,
      end: this.tokens.length - 1,
      indented: this.lineIndented,
      depth: this.indents.length - 1,
    });
    this.lineFirst = -1;
    this.lineIndented = false;
  }

  private endOfInput(): never | void {
    const open = this.brackets[this.brackets.length - 1];
    if (open) {
      // Reported where the parser meets the end of the input, pointing at the bracket.
      const end = this.src.length;
      this.fail('SyntaxError', `'${open.ch}' was never closed`, open.at + 1, end, open.line, true);
    }
    if (this.lineFirst >= 0) {
      this.push(T.Newline, this.src.length, this.src.length);
      this.closeLogicalLine();
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push(T.Dedent, this.src.length, this.src.length);
    }
    this.push(T.End, this.src.length, this.src.length);
  }

  private lineContinuation(): void {
    const src = this.src;
    const at = this.i;
    // A file always ends with a newline to CPython, so a final backslash ends the input.
    if (src[at + 1] !== '\n' && at + 1 < src.length) {
      this.fail(
        'SyntaxError',
        'unexpected character after line continuation character',
        Math.min(at + 2, src.length),
        at,
      );
    }
    if (at + 2 >= src.length) {
      this.fail('SyntaxError', 'unexpected EOF while parsing', src.length, at, undefined, true);
    }
    // The logical line goes on; the next physical line's indentation is not read.
    this.i = at + 2;
    this.line++;
  }

  // ---- tokens ----

  private push(kind: T, from: number, to: number): void {
    if (this.lineFirst < 0 && kind !== T.Indent && kind !== T.Dedent && kind !== T.End)
      this.lineFirst = this.tokens.length;
    this.tokens.push({ kind, from, to });
  }

  private nameOrString(): void {
    const src = this.src;
    const start = this.i;
    // A string prefix: b, r, u, f and their combinations CPython accepts, then a quote.
    let b = false;
    let r = false;
    let u = false;
    let f = false;
    let i = start;
    for (;;) {
      const c = src[i];
      if (!(b || u || f) && (c === 'b' || c === 'B')) b = true;
      else if (!(b || u || r || f) && (c === 'u' || c === 'U')) u = true;
      else if (!(r || u) && (c === 'r' || c === 'R')) r = true;
      else if (!(f || b || u) && (c === 'f' || c === 'F')) f = true;
      else break;
      i++;
      if (src[i] === '"' || src[i] === "'") {
        this.i = i;
        this.string(start);
        return;
      }
    }
    i = start;
    let ascii = true;
    while (i < src.length) {
      const code = src.charCodeAt(i);
      if (isNameChar(code)) {
        if (code >= 128) ascii = false;
        i++;
      } else break;
    }
    this.i = i;
    if (!ascii) this.verifyName(start, i);
    this.push(T.Name, start, i);
  }

  /** A name with non-ASCII characters: each must be XID (checked before NFKC, as CPython does). */
  private verifyName(start: number, end: number): void {
    const name = this.src.slice(start, end);
    if (this.options.undecodable && /[\udc80-\udcff]/.test(name)) {
      this.undecodableIn(name, start, start);
    }
    const bad = invalidIdentifierIndex(name);
    if (bad < 0) return;
    const chars = [...name];
    const ch = chars[bad]!;
    const offset = start + chars.slice(0, bad + 1).join('').length;
    this.fail('SyntaxError', invalidCharacterMessage(ch), offset, offset - ch.length);
  }

  private number(): void {
    const start = this.i;
    const r = scanNumber(this.src, start);
    if ('error' in r) this.fail('SyntaxError', r.error, r.cursor, start);
    this.i = r.end;
    this.push(T.Number, start, r.end);
  }

  /** `start` is where the literal begins (its prefix); `this.i` is at the opening quote. */
  private string(start: number): void {
    const src = this.src;
    const firstLine = this.line;
    const quote = src[this.i]!;
    const triple = src[this.i + 1] === quote && src[this.i + 2] === quote;
    let i = this.i + (triple ? 3 : 1);
    const bodyStart = i;
    for (;;) {
      const c = src[i];
      if (c === undefined || (!triple && c === '\n')) {
        const detected = c === undefined ? this.lineOfEnd() : this.line;
        const what = triple
          ? 'unterminated triple-quoted string literal'
          : 'unterminated string literal';
        this.fail(
          'SyntaxError',
          `${what} (detected at line ${detected})`,
          start + 1,
          start,
          firstLine,
        );
      }
      if (c === quote && (!triple || (src[i + 1] === quote && src[i + 2] === quote))) break;
      if (c === '\\') {
        if (src[i + 1] === '\n') this.line++;
        i += 2;
        continue;
      }
      if (c === '\n') this.line++;
      i++;
    }
    const end = i + (triple ? 3 : 1);
    if (this.options.undecodable) {
      const body = src.slice(bodyStart, i);
      if (/[\udc80-\udcff]/.test(body)) this.undecodableIn(body, bodyStart, start, firstLine);
    }
    this.i = end;
    this.strings.push([start, end]);
    this.push(T.String, start, end);
  }

  /** The line the end of the input is on. */
  private lineOfEnd(): number {
    return this.src.endsWith('\n') ? this.lineStarts.length - 1 : this.lineStarts.length;
  }

  private operator(c: string, code: number): void {
    const src = this.src;
    const start = this.i;
    if (OPENERS.includes(c)) {
      if (this.brackets.length >= MAX_BRACKET_DEPTH) {
        this.fail('SyntaxError', 'too many nested parentheses', start + 1, start);
      }
      this.brackets.push({ ch: c, at: start, line: this.line });
      this.i++;
      this.push(T.Op, start, this.i);
      return;
    }
    if (c in CLOSERS) {
      const open = this.brackets.pop();
      if (!open) this.fail('SyntaxError', `unmatched '${c}'`, start + 1, start);
      if (open.ch !== CLOSERS[c]) {
        const where = open.line === this.line ? '' : ` on line ${open.line}`;
        this.fail(
          'SyntaxError',
          `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'${where}`,
          start + 1,
          start,
        );
      }
      this.i++;
      this.push(T.Op, start, this.i);
      return;
    }
    if (code < 128 && (code < 32 || code === 127)) {
      // Control characters (vertical tab, DEL, ...) are never tokens.
      this.fail('SyntaxError', invalidCharacterMessage(c), start + 1, start);
    }
    const three = src.slice(start, start + 3);
    const two = src.slice(start, start + 2);
    const len = OPERATORS3.has(three) ? 3 : OPERATORS2.has(two) ? 2 : 1;
    this.i = start + len;
    // Unknown printable characters ($, ?, `) are single-character operators the parser rejects.
    this.push(T.Op, start, this.i);
  }

  /**
   * An undecodable byte inside a name or string: CPython decodes the token's bytes and reports
   * the first failure, counting bytes from the start of `text`.
   */
  private undecodableIn(
    text: string,
    textStart: number,
    tokenStart: number,
    line = this.line,
  ): never {
    const bytes = surrogateEscapedBytes(text);
    const { position, reason } = firstUtf8Failure(bytes);
    this.fail(
      'SyntaxError',
      `(unicode error) 'utf-8' codec can't decode byte 0x${bytes[position]!.toString(16).padStart(2, '0')} in position ${position}: ${reason}`,
      tokenStart + 1,
      textStart,
      line,
    );
  }

  private fail(
    kind: SourceErrorKind,
    msg: string,
    cursor: number,
    at: number,
    line?: number,
    atEnd = false,
  ): never {
    const reported = line ?? this.lineOfOffset(Math.min(at, this.src.length));
    const overrides =
      kind === 'SyntaxError' && !atEnd && !msg.startsWith('unexpected character after line');
    throw new Stop({ kind, msg, line: reported, cursor, at, atEnd, overrides });
  }

  private lineOfOffset(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** CPython's is_potential_identifier_start: ASCII letters, '_' and any non-ASCII character. */
function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 128;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/** The bytes a text stands for, each U+DC80..U+DCFF being the undecodable byte it escapes. */
export function surrogateEscapedBytes(text: string): number[] {
  const out: number[] = [];
  const enc = new TextEncoder();
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xdc80 && code <= 0xdcff) out.push(code - 0xdc00);
    else out.push(...enc.encode(ch));
  }
  return out;
}

/** Where and why Python's UTF-8 decoder first fails on `bytes` (which must hold a failure). */
export function firstUtf8Failure(bytes: readonly number[]): { position: number; reason: string } {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { position: i, reason: 'invalid start byte' };
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined) return { position: i, reason: 'unexpected end of data' };
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (next < min || next > max) return { position: i, reason: 'invalid continuation byte' };
    }
    i += need + 1;
  }
  return { position: 0, reason: 'invalid start byte' };
}
