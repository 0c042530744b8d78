/**
 * Source text as CPython 3.11 reads it, then a lezer tree for the compiler:
 * 1. the text must be encodable (no lone surrogates) and free of NUL characters;
 * 2. one tokenizer pass (tokenizer.ts) finds the logical lines and the tokenizer's first error;
 *    each statement's depth is measured on its tokens (nesting.ts);
 * 3. lezer parses what it can be trusted with (lezerInput.ts); the parser's first error (block
 *    structure, missing colons, its stack, lezer's errors) is weighed against the tokenizer's
 *    as CPython weighs them (parserErrors.ts);
 * 4. past parsing, a statement nested beyond the compiler's limit is CPython's RecursionError,
 *    one Heapscope cannot compile is refused, and so are bidirectional control characters in
 *    strings and comments (they can make code read unlike what runs: "Trojan Source").
 */
import { parser } from '@lezer/python';
import type { Tree } from '@lezer/common';
import { CompileFailure, NotSupported, PySyntaxError } from './errors';
import { T, lineStartsOf, tokenize, type SourceError, type Tokenized } from './tokenizer';
import { lineOf, type BlockContext } from './blocks';
import {
  COMPILER_MAX_DEPTH,
  HEAPSCOPE_MAX_DEPTH,
  PARSER_MAX_STACK,
  measureNesting,
} from './nesting';
import { BIDI_PATTERN, describeBidi } from './identifiers';
import { blankOut, firstError, lezerBlindSpots, lezerText, span } from './lezerInput';
import type { SourceChecks } from './readSource';

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

/** `checks` (the library's) is null only for the setup's own source, which has no errors. */
export function parse(original: string, checks: SourceChecks | null): ParsedSource {
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

  // 3. The first error of the parser and of the tokenizer, weighed as CPython weighs them.
  const lezerAt = firstError(errorTree);
  if (!checks && (lezerAt !== null || tokens.error))
    throw new Error("Heapscope's setup source does not parse.");
  const parserError =
    checks?.firstParserError(ctx, nesting, lezerAt === null ? null : lezer.toSource(lezerAt)) ??
    null;
  const reported = checks?.reportedError(parserError, tokens.error, lastTokenAt(tokens)) ?? null;
  if (reported?.memory) throw new CompileFailure('MemoryError');
  if (reported && lezerAt !== null) refuseLezerGaps(source, lezer.toSource(lezerAt), tokens);
  if (reported) throw syntaxError(source, tokens.lineStarts, reported);

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

/**
 * Targets lezer cannot read where CPython reads them: after `with ... as` lezer takes only a
 * name (CPython also a tuple, a list, an attribute or a subscript), in a comprehension's `for`
 * it takes no starred name (`[r for a, *r in xs]`), and after a `for` statement's `in` no
 * starred item (`for x in a, *rest:`). An error lezer meets there is refused,
 * not reported as CPython's SyntaxError.
 */
function refuseLezerGaps(source: string, at: number, tokens: Tokenized): void {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const before = source.slice(lineStart, at);
  const line = lineOf(tokens.lineStarts, at);
  if (/^\s*with\b.*\bas\b[^:]*$/.test(before))
    throw new NotSupported("a 'with ... as' target that is not a plain name", line);
  if (source[at] === '*' && /[[({].*\bfor\b[^:]*$/.test(before))
    throw new NotSupported("a starred target in a comprehension's 'for' without parentheses", line);
  if (source[at] === '*' && /^\s*(async\s+)?for\b.*\bin\b[^:]*$/.test(before))
    throw new NotSupported("a starred item after a 'for' statement's 'in'", line);
}

/** Where the last token of the input starts (not counting line ends and dedents). */
function lastTokenAt(tokens: Tokenized): number {
  for (let i = tokens.tokens.length - 1; i >= 0; i--) {
    const t = tokens.tokens[i]!;
    if (t.kind !== T.End && t.kind !== T.Dedent && t.kind !== T.Newline) return t.from;
  }
  return 0;
}

/** The refusal of a statement nested deeper than Heapscope compiles (the compiler's too). */
export function tooDeep(line: number): NotSupported {
  return new NotSupported(
    `nesting deeper than ${HEAPSCOPE_MAX_DEPTH.toLocaleString('en-US')} levels`,
    line,
  );
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

/** The first bidirectional control character in a string or comment, refused. */
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
