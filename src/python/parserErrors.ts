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
import { KEYWORDS, SOFT_KEYWORDS } from './keywords';

import type { ParserError } from './readSource';

export type { ParserError };

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

/**
 * CPython's choice between the parser's first error and the tokenizer's (see the file comment).
 * A bracket still open at the end wins when the parser's error is on a later line, or when the
 * parser had to read on to the end of the input to decide (its error is at the last token).
 */
export function reportedError(
  parserError: ParserError | null,
  tokenError: SourceError | null,
  lastTokenAt: number,
): ParserError | null {
  if (!parserError || (tokenError && tokenError.at <= parserError.at)) return tokenError;
  if (!tokenError || parserError.memory || parserError.msg === UNEXPECTED_INDENT)
    return parserError;
  if (tokenError.overrides) return tokenError;
  const unclosed = tokenError.atEnd && tokenError.msg.endsWith('was never closed');
  const readToEnd = parserError.readsOn && parserError.at >= lastTokenAt;
  if (unclosed && (tokenError.line < parserError.line || readToEnd)) return tokenError;
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

/** A lezer error in CPython's words, found where lezer stopped (`at`, in the source). */
function lezerError(ctx: BlockContext, lezerAt: number): ParserError {
  const { tokens, src } = ctx;
  // Lezer marks the token it could not use, or the gap before it: the parser failed at that token.
  const k = tokenAt(tokens, lezerAt);
  const token = tokens.tokens[k];
  const at = token ? token.from : src.length;
  const error = (msg: string, from: number): SourceError => ({
    kind: 'SyntaxError',
    msg,
    line: lineOf(tokens.lineStarts, from),
    cursor: from + 1,
    at,
  });
  const line = tokens.lines.find((l) => inLine(tokens, l, at));
  if (line) {
    const keyword = compoundKeyword(ctx, line);
    if (keyword && isSoftKeyword(keyword)) {
      const e = missingColon(ctx, line);
      if (e) return e;
    }
    const specific = specificMessage(ctx, line, k);
    if (specific) return error(specific.msg, specific.from);
  }
  return { ...error('invalid syntax', at), readsOn: token !== undefined && startsOperand(ctx, k) };
}

function isName(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens.tokens[i];
  if (t?.kind !== T.Name) return false;
  const word = ctx.src.slice(t.from, t.to);
  return !KEYWORDS.has(word) || word === 'True' || word === 'False' || word === 'None';
}

/** Token i can start an expression's operand. */
function startsOperand(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens.tokens[i];
  if (!t) return false;
  const word = ctx.src.slice(t.from, t.to);
  return (
    isName(ctx, i) ||
    t.kind === T.Number ||
    t.kind === T.String ||
    word === '{' ||
    word === 'lambda'
  );
}

/** Token i can end an expression's operand. */
function endsOperand(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens.tokens[i];
  if (!t) return false;
  const word = ctx.src.slice(t.from, t.to);
  return (
    isName(ctx, i) ||
    t.kind === T.Number ||
    t.kind === T.String ||
    word === ')' ||
    word === ']' ||
    word === '}'
  );
}

/** The index of the first token at or after `offset` (tokens.length past the last). */
function tokenAt(tokens: Tokenized, offset: number): number {
  let lo = 0;
  let hi = tokens.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.tokens[mid]!.from < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * CPython's more precise messages for a parse failing at token `k` of `line` (its grammar's
 * invalid_* rules), for the common mistakes: `print x`, `def f x()`, a missing comma between two
 * expressions in brackets, a conditional expression without `else`.
 */
function specificMessage(
  ctx: BlockContext,
  line: LogicalLine,
  k: number,
): { msg: string; from: number } | null {
  const { tokens, src } = ctx;
  const toks = tokens.tokens;
  const text = (i: number) =>
    i >= 0 && i < toks.length ? src.slice(toks[i]!.from, toks[i]!.to) : '';
  const kind = (i: number) => toks[i]?.kind;
  let first = line.first;
  if (text(first) === 'async') first++;
  // def NAME must be followed by '('.
  if (text(first) === 'def' && kind(first + 1) === T.Name && k === first + 2 && text(k) !== '(')
    return { msg: "expected '('", from: toks[k]!.from };
  if (k > line.first && k <= line.end && endsOperand(ctx, k - 1)) {
    const { start: a, depth, ternary } = expressionBefore(ctx, line, k);
    if (ternary !== null && text(k) !== 'else' && text(k) !== ':')
      return { msg: "expected 'else' after 'if' expression", from: toks[a]!.from };
    if (depth > 0 && k < line.end && startsOperand(ctx, k)) {
      if (text(a) === 'print' && a === k - 1) {
        const msg = "Missing parentheses in call to 'print'. Did you mean print(...)?";
        return { msg, from: toks[a]!.from };
      }
      const excluded =
        (kind(a) === T.Name && kind(a + 1) === T.String) ||
        SOFT_KEYWORDS.has(text(a)) ||
        text(a) === 'exec';
      if (!excluded)
        return { msg: 'invalid syntax. Perhaps you forgot a comma?', from: toks[a]!.from };
    }
  }
  // A statement-level `print x`.
  if (text(line.first) === 'print' && k === line.first + 1 && startsOperand(ctx, k))
    return {
      msg: "Missing parentheses in call to 'print'. Did you mean print(...)?",
      from: toks[line.first]!.from,
    };
  return null;
}

/**
 * The expression that ends just before token `k`: the index of its first token (CPython's
 * `disjunction`: operators, `not`, `and`, `or` and comparisons included, stopping at a comma, an
 * opening bracket, `=`, `:` or a keyword that starts something else), the bracket depth around it,
 * and the `if` of a conditional expression it belongs to whose `else` is missing.
 */
function expressionBefore(
  ctx: BlockContext,
  line: LogicalLine,
  k: number,
): { start: number; depth: number; ternary: number | null } {
  const { tokens, src } = ctx;
  const toks = tokens.tokens;
  const text = (i: number) => src.slice(toks[i]!.from, toks[i]!.to);
  const STOPS = new Set([
    ',',
    '=',
    ':',
    ';',
    ':=',
    '->',
    '+=',
    '-=',
    '*=',
    '/=',
    '//=',
    '%=',
    '**=',
    '@=',
    '&=',
    '|=',
    '^=',
    '>>=',
    '<<=',
    'else',
    'lambda',
    'for',
    'return',
    'yield',
    'del',
    'assert',
    'await',
    'from',
    'import',
    'as',
    'global',
    'raise',
    'while',
    'elif',
    'with',
    'print',
  ]);
  let nested = 0;
  let start = k;
  let ternary: number | null = null;
  let i = k - 1;
  for (; i >= line.first; i--) {
    const t = text(i);
    if (')]}'.includes(t)) nested++;
    else if ('([{'.includes(t)) {
      if (nested === 0) break;
      nested--;
    } else if (nested === 0) {
      if (t === 'if') {
        // `a if b` then something: a conditional expression missing its 'else' (not a
        // comprehension's `if`, nor a statement's).
        if (ternary === null && i > line.first && !isComprehensionIf(i)) {
          ternary = i;
          continue;
        }
        break;
      }
      if (t === 'in' && isComprehensionIn(i)) break;
      if (STOPS.has(t) && !(t === 'print' && i !== line.first)) break;
    }
    start = i;
  }
  let depth = 0;
  for (let j = line.first; j < k; j++) {
    const t = text(j);
    if ('([{'.includes(t)) depth++;
    else if (')]}'.includes(t)) depth--;
  }
  return { start, depth, ternary };

  function scanBackAtLevel(from: number, want: string): boolean {
    let n = 0;
    for (let j = from - 1; j >= line.first; j--) {
      const t = text(j);
      if (')]}'.includes(t)) n++;
      else if ('([{'.includes(t)) {
        if (n === 0) return false;
        n--;
      } else if (n === 0 && t === want) return true;
    }
    return false;
  }
  function isComprehensionIf(j: number): boolean {
    return scanBackAtLevel(j, 'for');
  }
  function isComprehensionIn(j: number): boolean {
    return scanBackAtLevel(j, 'for');
  }
}
