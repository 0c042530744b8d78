/**
 * The errors CPython's parser reports (as opposed to its tokenizer's), found on the token stream
 * and in lezer's tree, and how CPython chooses between the first of them and the tokenizer's
 * first error: whichever the parser meets first, except that once the parser has failed, CPython
 * tokenizes the rest of the file and a tokenizer exception found there (an unterminated string,
 * a bad character or number) is reported instead, as is a bracket left open on an earlier line
 * than the parser's error; an "unexpected indent" is reported without that scan.
 */
import {
  blockStructureError,
  compoundKeyword,
  isSoftKeyword,
  lineOf,
  missingColon,
  UNEXPECTED_INDENT,
  type BlockContext,
} from './blocks';
import { MAX_STR_DIGITS, literalDigitsError } from './intDigits';
import { PARSER_MAX_STACK, type Nesting } from './nesting';
import { T, type LogicalLine, type SourceError, type Tokenized } from './tokenizer';

/** A parser error; `memory` marks the parser's stack giving out (a bare MemoryError). */
export type ParserError = SourceError & { readonly memory?: boolean };

/** The first error the parser meets, or null. `lezerAt`: lezer's first error (a source offset). */
export function firstParserError(
  ctx: BlockContext,
  nesting: readonly Nesting[],
  lezerAt: number | null,
): ParserError | null {
  const { tokens } = ctx;
  let first: ParserError | null = null;
  const consider = (e: ParserError | null) => {
    if (e && (!first || e.at < first.at)) first = e;
  };
  consider(blockStructureError(ctx));
  for (const line of tokens.lines) {
    // A soft keyword (`match`) may start an ordinary statement: checked only if lezer fails there.
    const keyword = compoundKeyword(ctx, line);
    if (!keyword || isSoftKeyword(keyword)) continue;
    const e = missingColon(ctx, line);
    if (e) {
      consider(e);
      break;
    }
  }
  // The parser's stack gives out inside a statement: MemoryError.
  const deep = tokens.lines.findIndex((_, i) => nesting[i]!.parserDepth > PARSER_MAX_STACK);
  if (deep >= 0) {
    const at = tokens.tokens[tokens.lines[deep]!.first]!.from;
    consider({ kind: 'SyntaxError', msg: 'MemoryError', line: 0, cursor: 0, at, memory: true });
  }
  consider(hugeIntLiteral(ctx.src, tokens));
  if (lezerAt !== null) consider(lezerError(ctx, lezerAt));
  return first;
}

/** CPython's choice between the parser's first error and the tokenizer's (see the file comment). */
export function reportedError(
  parserError: ParserError | null,
  tokenError: SourceError | null,
): ParserError | null {
  if (!parserError || (tokenError && tokenError.at <= parserError.at)) return tokenError;
  if (!tokenError || parserError.memory || parserError.msg === UNEXPECTED_INDENT)
    return parserError;
  if (tokenError.overrides) return tokenError;
  const unclosed = tokenError.atEnd && tokenError.msg.endsWith('was never closed');
  if (unclosed && tokenError.line < parserError.line) return tokenError;
  return parserError;
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

function inLine(tokens: Tokenized, line: LogicalLine, at: number): boolean {
  return at >= tokens.tokens[line.first]!.from && at <= tokens.tokens[line.end]!.to;
}

/** A lezer error in CPython's words: mostly "invalid syntax", where the parser failed. */
function lezerError(ctx: BlockContext, at: number): SourceError {
  const { tokens, src } = ctx;
  const line = tokens.lines.find((l) => inLine(tokens, l, at));
  if (line) {
    const keyword = compoundKeyword(ctx, line);
    if (keyword && isSoftKeyword(keyword)) {
      const e = missingColon(ctx, line);
      if (e) return e;
    }
    const first = tokens.tokens[line.first]!;
    const rest = src.slice(first.from, tokens.tokens[line.end]!.from);
    if (
      /^print[ \t]+[^\s(=.[,;)]/.test(rest) &&
      !/^print[ \t]+(if|and|or|is|in|not)\b/.test(rest)
    ) {
      return {
        kind: 'SyntaxError',
        msg: "Missing parentheses in call to 'print'. Did you mean print(...)?",
        line: lineOf(tokens.lineStarts, first.from),
        cursor: first.from + 1,
        at: first.from,
      };
    }
  }
  // Lezer marks the token it could not use (or the gap before it): CPython points there.
  let pos = at;
  while (pos < src.length && /[ \t\f]/.test(src[pos]!)) pos++;
  return {
    kind: 'SyntaxError',
    msg: 'invalid syntax',
    line: lineOf(tokens.lineStarts, pos),
    cursor: pos + 1,
    at,
  };
}
