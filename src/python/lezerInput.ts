/**
 * What lezer is given to parse, and how far its answer can be trusted.
 *
 * Lezer reads two things differently from CPython, rewritten in place (lines and columns kept):
 * form feeds in a line's indentation (CPython restarts the count at each; lezer stops counting
 * there) are moved after the indentation that counts; numbers like `3.` or `1.e5` (floats to
 * CPython, a member access to lezer) are completed as `3.0` and `1.0e5`.
 *
 * Lezer cuts parses deeper than ~2,800 levels, and left-associative chains after 300 reductions
 * of 2,000 characters or more (to keep its trees shallow), so its verdict on a statement of 2,000
 * characters or more may be wrong. Such statements are judged alone (lezer's verdict on one does
 * not depend on its neighbours), and the rest of the file is parsed with them blanked out.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import { T, type LogicalLine, type Token, type Tokenized } from './tokenizer';
import { compoundKeyword, parsesAlone, type BlockContext } from './blocks';

/** Lezer's trees are unreliable for statements at least this long (see the file comment). */
export const LEZER_RELIABLE_CHARS = 2000;

export interface LezerText {
  readonly text: string;
  /** The tokens, at their offsets in `text`. */
  readonly tokens: Tokenized;
  readonly toSource: (offset: number) => number;
  readonly toText: (offset: number) => number;
}

export function lezerText(source: string, tokens: Tokenized): LezerText {
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
  const toText = (o: number) => o + countWhile(inserted.length, (k) => inserted[k]! <= o);
  const toSource = (o: number) => o - countWhile(inserted.length, (k) => inserted[k]! + k < o);
  const moved = (t: Token): Token => ({ kind: t.kind, from: toText(t.from), to: toText(t.to) });
  return {
    text: out,
    tokens: { ...tokens, tokens: tokens.tokens.map(moved) },
    toSource,
    toText,
  };
}

/** How many of the first n indices satisfy `holds` (which holds for a prefix of them). */
function countWhile(n: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an offset lies inside a string literal (after its opening quote). */
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

export function span(tokens: Tokenized, line: LogicalLine): number {
  return tokens.tokens[line.end]!.from - tokens.tokens[line.first]!.from;
}

/**
 * Long statements lezer fails on (judged alone) and a tree to look for syntax errors in, parsed
 * without them. `tree` was parsed with the `settled` statements blanked.
 */
export function lezerBlindSpots(
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
export function blankOut(
  ctx: BlockContext,
  lezer: LezerText,
  lines: readonly LogicalLine[],
): string {
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

/** The offset (in the lezer text) of the first error node, or null. */
export function firstError(tree: Tree): number | null {
  let found: number | null = null;
  tree.iterate({
    enter(n) {
      if (found !== null) return false;
      if (n.type.isError && !isBareYield(n.node)) found = n.from;
      return found === null ? undefined : false;
    },
  });
  return found;
}

/**
 * Lezer's grammar wants a value after `yield`; Python does not (`yield`, `x = yield`,
 * `(yield)`). The empty error node lezer puts after a bare `yield`, as the last thing of the
 * yield, is not an error.
 */
function isBareYield(n: SyntaxNode): boolean {
  const parent = n.parent?.name;
  if (n.from !== n.to || n.nextSibling) return false;
  if (parent !== 'YieldStatement' && parent !== 'YieldExpression') return false;
  let before = n.prevSibling;
  while (before?.name === 'Comment') before = before.prevSibling;
  return before?.name === 'yield' && !before.prevSibling;
}
