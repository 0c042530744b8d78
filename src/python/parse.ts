/**
 * Source text as CPython 3.11 reads it, then a lezer tree for the compiler.
 *
 * CPython reports the first problem its tokenizer or parser meets, in source order, except that
 * once its parser has failed it tokenizes the rest of the file, and a tokenizer exception found
 * there (an unterminated string, a bad character or number) is reported instead (but not instead
 * of "unexpected indent"). So:
 * 1. the text must be encodable (no lone surrogates) and free of NUL characters;
 * 2. one tokenizer pass (tokenizer.ts) finds the logical lines and the first tokenizer error;
 * 3. block structure and missing colons (blocks.ts), the parser's stack (nesting.ts), decimal
 *    literals past 4300 digits and lezer's own errors are the parser's errors; the first of them
 *    is weighed against the tokenizer's error as CPython weighs them;
 * 4. past parsing, a statement nested beyond the compiler's limit is CPython's RecursionError;
 *    bidirectional control characters in strings and comments are refused (they can make code
 *    read unlike what runs: the "Trojan Source" attack).
 *
 * Lezer's tree is trusted only where lezer can build it: it cuts parses deeper than ~2,800 levels
 * and left-associative chains after 300 reductions of 2,000 characters or more, so a statement of
 * 2,000 characters that lezer fails on is judged alone, and the rest of the file without it.
 */
import { parser } from '@lezer/python';
import type { Tree } from '@lezer/common';
import { CompileFailure, NotSupported, PySyntaxError } from './errors';
import {
  T,
  lineStartsOf,
  tokenize,
  type LogicalLine,
  type SourceError,
  type Token,
  type Tokenized,
} from './tokenizer';
import {
  blockStructureError,
  compoundKeyword,
  isSoftKeyword,
  lineOf,
  missingColon,
  parsesAlone,
  UNEXPECTED_INDENT,
  type BlockContext,
} from './blocks';
import {
  COMPILER_MAX_DEPTH,
  HEAPSCOPE_MAX_DEPTH,
  PARSER_MAX_STACK,
  measureNesting,
} from './nesting';
import { BIDI_PATTERN, describeBidi } from './identifiers';
import { MAX_STR_DIGITS, literalDigitsError } from './intDigits';

export { lineStartsOf };

export interface ParsedSource {
  /** The text lezer parsed and the compiler reads (see `lezerText`). */
  readonly source: string;
  readonly tree: Tree;
  /** Offsets where each line starts, for offset → line/column. */
  readonly lineStarts: number[];
}

/** 1-based line and column of an offset. */
export function position(lineStarts: number[], offset: number): { line: number; column: number } {
  const line = lineOf(lineStarts, offset);
  return { line, column: offset - lineStarts[line - 1]! + 1 };
}

/** Lezer's trees are unreliable for statements at least this long (see the file comment). */
const LEZER_RELIABLE_CHARS = 2000;

export function parse(original: string): ParsedSource {
  checkEncodable(original);
  const source = original.includes('\r') ? original.replace(/\r\n?/g, '\n') : original;
  const tokens = tokenize(source);
  const ctx: BlockContext = { src: source, tokens };
  const nesting = tokens.lines.map((l) => measureNesting(source, tokens.tokens, l));
  const lezer = lezerText(source, tokens);
  // Statements too deep for CPython's parser or compiler, or for Heapscope, are decided by their
  // depth alone (below): lezer does not read them, and the rest of the file is parsed without them.
  const settled = tokens.lines.filter(
    (_, i) =>
      nesting[i]!.parserDepth > PARSER_MAX_STACK || nesting[i]!.treeDepth > HEAPSCOPE_MAX_DEPTH,
  );
  const tree = parser.parse(settled.length ? blankOut(ctx, lezer, settled) : lezer.text);
  const { unread, errorTree } = lezerBlindSpots(ctx, lezer, tree, settled);
  const reject = (e: SourceError): never => {
    throw syntaxError(source, tokens.lineStarts, e);
  };

  // 3. The parser's errors before the tokenizer's.
  let first: Candidate | null = null;
  const consider = (c: Candidate | null) => {
    if (c && (!first || c.error.at < first.error.at)) first = c;
  };
  consider(specific(blockStructureError(ctx)));
  for (const line of tokens.lines) {
    // A soft keyword (`match`) may start an ordinary statement: checked only if lezer fails there.
    const keyword = compoundKeyword(ctx, line);
    if (!keyword || isSoftKeyword(keyword)) continue;
    const e = missingColon(ctx, line);
    if (e) {
      consider(specific(e));
      break;
    }
  }
  const deep = tokens.lines.findIndex((_, i) => nesting[i]!.parserDepth > PARSER_MAX_STACK);
  if (deep >= 0) {
    const at = tokens.tokens[tokens.lines[deep]!.first]!.from;
    consider({ error: { kind: 'SyntaxError', msg: '', line: 0, cursor: 0, at }, memory: true });
  }
  consider(specific(hugeIntLiteral(source, tokens)));
  const lezerAt = firstError(errorTree);
  if (lezerAt !== null) consider(lezerError(ctx, lezer.toSource(lezerAt)));
  const chosen = first as Candidate | null;
  const tokenError = tokens.error;
  if (chosen && (!tokenError || chosen.error.at < tokenError.at)) {
    if (chosen.memory) throw new CompileFailure('MemoryError');
    // CPython then tokenizes the rest of the file: a tokenizer exception there wins, and so does
    // a bracket left open on an earlier line than the parser's error (an "unexpected indent" is
    // reported without that scan).
    if (tokenError && chosen.error.msg !== UNEXPECTED_INDENT) {
      if (tokenError.overrides) reject(tokenError);
      if (tokenError.atEnd && tokenError.msg.endsWith('was never closed')) {
        if (tokenError.line < chosen.error.line) reject(tokenError);
      }
    }
    reject(chosen.error);
  }
  if (tokenError) reject(tokenError);

  // 4. Past parsing: the compiler's depth limit, statements lezer could not read, bidi controls.
  if (nesting.some((n) => n.treeDepth > COMPILER_MAX_DEPTH)) {
    throw new CompileFailure('RecursionError: maximum recursion depth exceeded during compilation');
  }
  const tooDeepLine = settled[0];
  if (tooDeepLine) throw tooDeep(lineOf(tokens.lineStarts, tokens.tokens[tooDeepLine.first]!.from));
  if (unread.length) {
    const line = unread[0]!;
    const n = nesting[tokens.lines.indexOf(line)]!;
    const at = lineOf(tokens.lineStarts, tokens.tokens[line.first]!.from);
    if (n.treeDepth > HEAPSCOPE_MAX_DEPTH) throw tooDeep(at);
    const chars = span(tokens, line).toLocaleString('en-US');
    throw new NotSupported(
      `a statement of ${chars} characters that Heapscope's parser cannot read`,
      at,
    );
  }
  refuseBidiControls(source, tokens);
  return { source: lezer.text, tree, lineStarts: lineStartsOf(lezer.text) };
}

/** The refusal of a statement nested deeper than Heapscope compiles (the compiler's too). */
export function tooDeep(line: number): NotSupported {
  return new NotSupported(
    `nesting deeper than ${HEAPSCOPE_MAX_DEPTH.toLocaleString('en-US')} levels`,
    line,
  );
}

/**
 * Long statements lezer cannot be trusted with (see the file comment) and a tree to look for syntax
 * errors in: where lezer fails on a long statement, the statement is judged alone (lezer's verdict
 * on it does not depend on its neighbours) and the file re-parsed with it blanked out, so errors
 * elsewhere are still found. `tree` was parsed with the `settled` statements blanked.
 */
function lezerBlindSpots(
  ctx: BlockContext,
  lezer: LezerText,
  tree: Tree,
  settled: readonly LogicalLine[],
): { unread: LogicalLine[]; errorTree: Tree } {
  const { tokens } = ctx;
  if (firstError(tree) === null) return { unread: [], errorTree: tree };
  const long = tokens.lines.filter(
    (l) => !settled.includes(l) && span(tokens, l) >= LEZER_RELIABLE_CHARS,
  );
  const lezerCtx: BlockContext = { src: lezer.text, tokens: lezer.tokens };
  const unread = long.filter((l) => !parsesAlone(lezerCtx, l));
  if (unread.length === 0) return { unread, errorTree: tree };
  return { unread, errorTree: parser.parse(blankOut(ctx, lezer, [...settled, ...unread])) };
}

/** The lezer text with each statement replaced by a placeholder of the same shape. */
function blankOut(ctx: BlockContext, lezer: LezerText, lines: readonly LogicalLine[]): string {
  const { tokens } = ctx.tokens;
  let text = lezer.text;
  for (const line of lines) {
    const from = lezer.toText(tokens[line.first]!.from);
    const to = lezer.toText(tokens[line.end]!.from);
    const keyword = compoundKeyword(ctx, line);
    const header = ctx.src.slice(tokens[line.end - 1]!.from, tokens[line.end - 1]!.to) === ':';
    const placeholder = !header
      ? 'pass'
      : keyword === 'else' || keyword === 'try' || keyword === 'finally' || keyword === 'except'
        ? `${keyword}:`
        : keyword === 'elif' || keyword === 'case' || keyword === 'match'
          ? `${keyword} 1:`
          : 'if 1:';
    const rest = text.slice(from + placeholder.length, to).replace(/[^\n]/g, ' ');
    text = text.slice(0, from) + placeholder + rest + text.slice(to);
  }
  return text;
}

interface Candidate {
  readonly error: SourceError;
  /** The parser ran out of stack (MemoryError). */
  readonly memory?: boolean;
}

function specific(e: SourceError | null): Candidate | null {
  return e ? { error: e } : null;
}

function span(tokens: Tokenized, line: LogicalLine): number {
  return tokens.tokens[line.end]!.from - tokens.tokens[line.first]!.from;
}

/**
 * What compile() does with a str before tokenizing: encode it to UTF-8 (a lone surrogate
 * cannot be) and refuse NUL. (A file's bytes are checked by sourceFile.ts, with a file's words.)
 */
function checkEncodable(source: string): void {
  const surrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
    source,
  );
  if (surrogate) {
    const position = [...source.slice(0, surrogate.index)].length;
    const code = surrogate[0].charCodeAt(0).toString(16);
    throw new CompileFailure(
      `UnicodeEncodeError: 'utf-8' codec can't encode character '\\u${code}' in position ${position}: surrogates not allowed`,
    );
  }
  if (source.includes('\0'))
    throw new CompileFailure('SyntaxError: source code string cannot contain null bytes');
}

/**
 * The text lezer parses: the same lines, with two things lezer reads differently from CPython
 * rewritten in place: form feeds in a line's indentation (CPython restarts the count at each;
 * lezer stops counting there), moved after the indentation that counts; and numbers like `3.` or
 * `1.e5` (floats to CPython, a member access to lezer), completed as `3.0` and `1.0e5`.
 */
interface LezerText {
  readonly text: string;
  /** The tokens, at their offsets in `text`. */
  readonly tokens: Tokenized;
  readonly toSource: (offset: number) => number;
  readonly toText: (offset: number) => number;
}

function lezerText(source: string, tokens: Tokenized): LezerText {
  let text = source;
  if (source.includes('\f')) {
    const inString = stringCover(tokens);
    text = source.replace(/^[ \t\f]*\f[ \t\f]*/gm, (ws, offset: number) => {
      if (inString(offset)) return ws;
      const counted = ws.slice(ws.lastIndexOf('\f') + 1);
      const blank = /^(\n|#|$)/.test(source.slice(offset + ws.length, offset + ws.length + 1));
      if (blank) return ' '.repeat(ws.length);
      return counted + '\f'.repeat(ws.length - counted.length);
    });
  }
  const inserted: number[] = [];
  for (const t of tokens.tokens) {
    if (t.kind !== T.Number) continue;
    const dot = source.slice(t.from, t.to).indexOf('.');
    if (dot >= 0 && !/[0-9]/.test(source[t.from + dot + 1] ?? '')) inserted.push(t.from + dot + 1);
  }
  const same = (o: number) => o;
  if (inserted.length === 0) return { text, tokens, toSource: same, toText: same };
  let out = '';
  let from = 0;
  for (const at of inserted) {
    out += text.slice(from, at) + '0';
    from = at;
  }
  out += text.slice(from);
  // Each '0' added shifts what follows it by one.
  const toText = (o: number) => {
    let shift = 0;
    while (shift < inserted.length && inserted[shift]! <= o) shift++;
    return o + shift;
  };
  const toSource = (o: number) => {
    let shift = 0;
    while (shift < inserted.length && inserted[shift]! + shift < o) shift++;
    return o - shift;
  };
  const moved = (t: Token): Token => ({ kind: t.kind, from: toText(t.from), to: toText(t.to) });
  return {
    text: out,
    tokens: { ...tokens, tokens: tokens.tokens.map(moved) },
    toSource,
    toText,
  };
}

/** Whether an offset lies inside a string literal. */
function stringCover(tokens: Tokenized): (offset: number) => boolean {
  const ranges = tokens.strings;
  return (offset) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = ranges[mid]!;
      if (offset < from) hi = mid - 1;
      else if (offset >= to) lo = mid + 1;
      else return offset > from;
    }
    return false;
  };
}

/** A decimal int literal past CPython's digit limit (an error of the parser, with no column). */
function hugeIntLiteral(source: string, tokens: Tokenized): SourceError | null {
  for (const t of tokens.tokens) {
    if (t.kind !== T.Number || t.to - t.from <= MAX_STR_DIGITS) continue;
    const msg = literalDigitsError(source.slice(t.from, t.to));
    if (msg) {
      const line = lineOf(tokens.lineStarts, t.from);
      return { kind: 'SyntaxError', msg, line, cursor: 0, at: t.from };
    }
  }
  return null;
}

/** The offset (in the lezer text) of the first error node, or null. */
function firstError(tree: Tree): number | null {
  let found: number | null = null;
  tree.iterate({
    enter(n) {
      if (found !== null) return false;
      if (n.type.isError) found = n.from;
      return found === null ? undefined : false;
    },
  });
  return found;
}

function inLine(tokens: Tokenized, line: LogicalLine, at: number): boolean {
  return at >= tokens.tokens[line.first]!.from && at <= tokens.tokens[line.end]!.to;
}

/** A lezer error in CPython's words: mostly "invalid syntax", where the parser failed. */
function lezerError(ctx: BlockContext, at: number): Candidate {
  const { tokens, src } = ctx;
  const line = tokens.lines.find((l) => inLine(tokens, l, at));
  if (line) {
    const keyword = compoundKeyword(ctx, line);
    if (keyword && isSoftKeyword(keyword)) {
      const e = missingColon(ctx, line);
      if (e) return { error: e };
    }
    const first = tokens.tokens[line.first]!;
    const rest = src.slice(first.from, tokens.tokens[line.end]!.from);
    if (
      /^print[ \t]+[^\s(=.[,;)]/.test(rest) &&
      !/^print[ \t]+(if|and|or|is|in|not)\b/.test(rest)
    ) {
      return {
        error: {
          kind: 'SyntaxError',
          msg: "Missing parentheses in call to 'print'. Did you mean print(...)?",
          line: lineOf(tokens.lineStarts, first.from),
          cursor: first.from + 1,
          at: first.from,
        },
      };
    }
  }
  // Lezer marks the token it could not use (or the gap before it): CPython points there.
  let pos = at;
  while (pos < src.length && /[ \t\f]/.test(src[pos]!)) pos++;
  return {
    error: {
      kind: 'SyntaxError',
      msg: 'invalid syntax',
      line: lineOf(tokens.lineStarts, pos),
      cursor: pos + 1,
      at,
    },
  };
}

function refuseBidiControls(source: string, tokens: Tokenized): void {
  const hits: { at: number; where: string }[] = [];
  for (const [kind, ranges] of [
    ['string', tokens.strings],
    ['comment', tokens.comments],
  ] as const) {
    for (const [from, to] of ranges) {
      const m = BIDI_PATTERN.exec(source.slice(from, to));
      if (m) {
        hits.push({ at: from + m.index, where: kind });
        break;
      }
    }
  }
  if (hits.length === 0) return;
  hits.sort((a, b) => a.at - b.at);
  const { at, where } = hits[0]!;
  throw new NotSupported(
    `the bidirectional control character ${describeBidi(source[at]!)} in a ${where}`,
    lineOf(tokens.lineStarts, at),
  );
}

/** A SourceError as the exception the interpreter reports. */
function syntaxError(source: string, lineStarts: readonly number[], e: SourceError): PySyntaxError {
  const start = lineStarts[e.line - 1] ?? 0;
  const end = source.indexOf('\n', start);
  const lineText = source.slice(start, end < 0 ? source.length : end);
  const column = e.cursor > start ? [...source.slice(start, e.cursor)].length : 0;
  return new PySyntaxError(e.msg, e.line, column, lineText, e.kind);
}
