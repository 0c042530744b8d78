/**
 * The block structure of a token stream, checked as CPython 3.11's parser checks it: a line ending
 * in ':' after a compound keyword must be followed by an indented block ("expected an indented
 * block after 'if' statement on line 1"), an indented line must follow such a header ("unexpected
 * indent"), and a compound statement's header needs its colon ("expected ':'").
 */
import { parser } from '@lezer/python';
import { T, type LogicalLine, type SourceError, type Tokenized } from './tokenizer';

const COMPOUND = new Set([
  'if',
  'elif',
  'else',
  'while',
  'for',
  'try',
  'except',
  'finally',
  'with',
  'def',
  'class',
  'async',
]);
/** Soft keywords: compound only when the line is not something else (`match = 1`). */
const SOFT_COMPOUND = new Set(['match', 'case']);

/** How CPython names a header in "expected an indented block after ...". */
function describeHeader(keyword: string, next: string): string {
  const [first, second] = keyword === 'async' ? [next, ''] : [keyword, next];
  switch (first) {
    case 'def':
      return 'function definition';
    case 'class':
      return 'class definition';
    case 'except':
      return second === '*' ? "'except*' statement" : "'except' statement";
    default:
      return `'${first}' statement`;
  }
}

export const UNEXPECTED_INDENT = 'unexpected indent';

export interface BlockContext {
  readonly src: string;
  readonly tokens: Tokenized;
}

function text(c: BlockContext, k: number): string {
  const t = c.tokens.tokens[k];
  return t ? c.src.slice(t.from, t.to) : '';
}

/** The line's first word, if it opens a compound statement (soft keywords included). */
export function compoundKeyword(c: BlockContext, line: LogicalLine): string | null {
  const first = c.tokens.tokens[line.first]!;
  if (first.kind !== T.Name) return null;
  const word = text(c, line.first);
  return COMPOUND.has(word) || SOFT_COMPOUND.has(word) ? word : null;
}

export function isSoftKeyword(word: string): boolean {
  return SOFT_COMPOUND.has(word);
}

/** The line ends with a ':' outside brackets: a block must follow. */
function isHeader(c: BlockContext, line: LogicalLine): boolean {
  return compoundKeyword(c, line) !== null && text(c, line.end - 1) === ':';
}

/** The first misplaced or missing indented block among the complete logical lines. */
export function blockStructureError(c: BlockContext): SourceError | null {
  const { lines, tokens, lineStarts } = c.tokens;
  let header: LogicalLine | null = null;
  // The `try` statements whose except or finally clause is still to come, by block depth.
  const tries: LogicalLine[] = [];
  for (const line of lines) {
    const first = tokens[line.first]!;
    if (header && !line.indented) return expectedBlock(c, header, first.from, first.from + 1);
    if (!header && line.indented) {
      return {
        kind: 'IndentationError',
        msg: UNEXPECTED_INDENT,
        line: lineOf(lineStarts, first.from),
        cursor: first.from,
        at: first.from,
      };
    }
    const open = tries[tries.length - 1];
    if (open && line.depth <= open.depth) {
      const keyword = compoundKeyword(c, line);
      if (line.depth < open.depth || (keyword !== 'except' && keyword !== 'finally'))
        return missingHandler(c, first.from);
      tries.pop();
    }
    if (compoundKeyword(c, line) === 'try') tries.push(line);
    header = isHeader(c, line) ? line : null;
  }
  if (c.tokens.error) return null;
  const src = c.src;
  // At the end of the input: CPython points at the last newline.
  const end = src.endsWith('\n') ? src.length - 1 : src.length;
  if (header) return expectedBlock(c, header, end, end + 1);
  if (tries.length) return missingHandler(c, end);
  return null;
}

/** A `try` block followed by neither `except` nor `finally`. */
function missingHandler(c: BlockContext, at: number): SourceError {
  return {
    kind: 'SyntaxError',
    msg: "expected 'except' or 'finally' block",
    line: lineOf(c.tokens.lineStarts, at),
    cursor: at + 1,
    at,
  };
}

function expectedBlock(
  c: BlockContext,
  header: LogicalLine,
  at: number,
  cursor: number,
): SourceError {
  const { tokens, lineStarts } = c.tokens;
  const what = describeHeader(text(c, header.first), text(c, header.first + 1));
  const headerLine = lineOf(lineStarts, tokens[header.first]!.from);
  return {
    kind: 'IndentationError',
    msg: `expected an indented block after ${what} on line ${headerLine}`,
    line: lineOf(lineStarts, at),
    cursor,
    at,
  };
}

/**
 * "expected ':'" for a compound statement's header without its colon: `else`, `try` and
 * `finally` must be followed by ':' at once; the others need one at the end of a header that is
 * otherwise whole (checked by parsing the header with the colon added).
 */
export function missingColon(c: BlockContext, line: LogicalLine): SourceError | null {
  const keyword = compoundKeyword(c, line);
  if (!keyword) return null;
  const { tokens, lineStarts } = c.tokens;
  if (hasColon(c, line)) {
    if (keyword === 'else' || keyword === 'try' || keyword === 'finally') {
      const next = line.first + 1;
      if (text(c, next) !== ':') return colonError(lineStarts, tokens[next]!.from);
    }
    return null;
  }
  if (keyword === 'else' || keyword === 'try' || keyword === 'finally') {
    return colonError(lineStarts, tokens[line.first + 1]!.from);
  }
  const header = c.src.slice(tokens[line.first]!.from, tokens[line.end - 1]!.to);
  if (!parsesWithColon(keyword, header)) return null;
  return colonError(lineStarts, tokens[line.end]!.from);
}

function colonError(lineStarts: readonly number[], at: number): SourceError {
  return {
    kind: 'SyntaxError',
    msg: "expected ':'",
    line: lineOf(lineStarts, at),
    cursor: at + 1,
    at,
  };
}

/** A ':' outside brackets that is not a lambda's. */
function hasColon(c: BlockContext, line: LogicalLine): boolean {
  let depth = 0;
  let lambdas = 0;
  for (let k = line.first; k < line.end; k++) {
    const t = text(c, k);
    if (t === '(' || t === '[' || t === '{') depth++;
    else if (t === ')' || t === ']' || t === '}') depth--;
    else if (depth === 0 && t === 'lambda') lambdas++;
    else if (depth === 0 && t === ':') {
      if (lambdas === 0) return true;
      lambdas--;
    }
  }
  return false;
}

/** Whether `header` + ':' is a well-formed header (in the context its keyword needs). */
function parsesWithColon(keyword: string, header: string): boolean {
  return parsesInContext(keyword, `${header}:`);
}

/**
 * Whether one logical line parses on its own with lezer (a header given the context its keyword
 * needs and a body): lezer's verdict on a statement does not depend on what surrounds it.
 */
export function parsesAlone(c: BlockContext, line: LogicalLine): boolean {
  const { tokens } = c.tokens;
  const statement = c.src.slice(tokens[line.first]!.from, tokens[line.end - 1]!.to);
  return parsesInContext(isHeader(c, line) ? compoundKeyword(c, line) : null, statement);
}

function parsesInContext(keyword: string | null, statement: string): boolean {
  let probe: string;
  switch (keyword) {
    case null:
      probe = `${statement}\n`;
      break;
    case 'elif':
    case 'else':
      probe = `if 1:\n pass\n${statement}\n pass\n`;
      break;
    case 'except':
    case 'finally':
      probe = `try:\n pass\n${statement}\n pass\n`;
      break;
    case 'match':
      probe = `${statement}\n case _:\n  pass\n`;
      break;
    case 'case':
      probe = `match _:\n ${statement}\n  pass\n`;
      break;
    default:
      probe = `${statement}\n pass\n`;
  }
  let ok = true;
  parser.parse(probe).iterate({
    enter(n) {
      if (n.type.isError) ok = false;
      return ok ? undefined : false;
    },
  });
  return ok;
}

export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
