/** String literals and f-strings (ir/strings.ts). */
import type { SyntaxNode } from '@lezer/common';
import type { Const, Expr } from '../ir/nodes';
import type { FormatPart } from '../ir/strings';
import { parseStringLiteral } from '../literals';
import { NotSupported } from '../errors';
import { isInternable } from '../constants';
import type { CompileContext, Scope } from './context';
import { children, isOperand } from './syntax';

/** parseStringLiteral, a refusal of an escape placed at the literal's line. */
function literalOf(
  ctx: CompileContext,
  text: string,
  n: SyntaxNode,
): { value: string; bytes: boolean } {
  try {
    return parseStringLiteral(text);
  } catch (e) {
    if (e instanceof NotSupported && e.line === 0) ctx.unsupported(e.construct, n);
    throw e;
  }
}

export function stringLiteral(ctx: CompileContext, n: SyntaxNode): Const {
  const pieces = n.name === 'ContinuedString' ? children(n) : [n];
  let value = '';
  for (const p of pieces) {
    const lit = literalOf(ctx, ctx.text(p), p);
    if (lit.bytes) ctx.unsupported('bytes literals', n);
    value += lit.value;
  }
  // CPython interns string constants that look like identifiers.
  return ctx.constant(ctx.interp.heap.newStr(value, isInternable(value)));
}

/** An f-string, or adjacent literals of which one at least is an f-string (`f"{x}" "!"`). */
export function formatString(
  ctx: CompileContext,
  pieces: readonly SyntaxNode[],
  scope: Scope,
): Expr {
  const parts: FormatPart[] = [];
  for (const n of pieces) {
    if (n.name === 'FormatString') formatStringParts(ctx, n, scope, parts);
    else {
      const lit = literalOf(ctx, ctx.text(n), n);
      if (lit.bytes) ctx.unsupported('bytes literals', n);
      // An empty literal adds nothing: `f"{x}" ""` is the lone field it looks like.
      if (lit.value) parts.push({ k: 'text', text: lit.value });
    }
  }
  const only = parts.length === 1 ? parts[0]! : null;
  // A lone field is FORMAT_VALUE alone: a str is its own result, an int's is a new str.
  if (only?.k === 'field' && only.conv === null && only.spec === '')
    return { k: 'formatValue', value: only.value };
  return { k: 'joinedStr', parts };
}

/** What ends a field's expression. */
const FIELD_ENDS = new Set(['FormatSelfDoc', 'FormatConversion', 'FormatSpec', '}']);

/** The literal text and the fields of one f-string, in order, appended to `parts`. */
export function formatStringParts(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
  parts: FormatPart[],
): void {
  const raw = ctx.text(n);
  const prefixLen = /^[a-zA-Z]*/.exec(raw)![0].length;
  const quote =
    raw.slice(prefixLen).startsWith('"""') || raw.slice(prefixLen).startsWith("'''") ? 3 : 1;
  const innerStart = n.from + prefixLen + quote;
  const innerEnd = n.to - quote;
  // `rf"..."`: a raw f-string's text keeps its backslashes.
  const isRaw = /r/i.test(raw.slice(0, prefixLen));
  let cursor = innerStart;
  const literal = (from: number, to: number) => {
    if (to <= from) return;
    const source = ctx.src.source.slice(from, to);
    // The grammar reads a raw f-string's `\{x}` as text, where CPython sees a field after `\`.
    if (isRaw && /\\\{(?!\{)/.test(source))
      ctx.unsupported("a raw f-string's '\\' before a field", n);
    const text = isRaw ? source : literalOf(ctx, "'" + source.replace(/'/g, "\\'") + "'", n).value;
    parts.push({ k: 'text', text: text.replace(/\{\{/g, '{').replace(/\}\}/g, '}') });
  };
  const quoteText = raw.slice(prefixLen, prefixLen + quote);
  for (const r of children(n).filter((c) => c.name === 'FormatReplacement')) {
    // Before 3.12 (PEP 701) the f-string ended at its quote and a field could hold no
    // backslash: CPython 3.11 reads such a field as a SyntaxError Heapscope does not reproduce.
    const field = ctx.text(r);
    if (field.includes(quoteText) || field.includes('\\'))
      ctx.unsupported('an f-string field holding its own quote or a backslash (3.12 syntax)', r);
    literal(cursor, r.from);
    const kids = children(r);
    // The expression: up to `=`, a conversion, a spec or the `}`; `{a, b}` is a tuple.
    const end = kids.findIndex((k, i) => i > 0 && FIELD_ENDS.has(k.name));
    const items = kids.slice(1, end < 0 ? kids.length : end);
    if (!items.some(isOperand)) ctx.unsupported('an empty f-string field', r);
    const conv = kids.find((k) => k.name === 'FormatConversion');
    const spec = kids.find((k) => k.name === 'FormatSpec');
    if (spec && children(spec).some((k) => k.name === 'FormatReplacement'))
      ctx.unsupported('nested f-string fields', r);
    const selfDoc = kids.find((k) => k.name === 'FormatSelfDoc');
    if (selfDoc) {
      // `{n=}` (3.8): the expression's text, through the `=` and the spaces after it, then its
      // value: its repr unless a conversion or a spec says otherwise.
      const after = selfDoc.nextSibling!;
      parts.push({ k: 'text', text: ctx.src.source.slice(r.from + 1, after.from) });
    }
    parts.push({
      k: 'field',
      value: ctx.exprList(items, scope, r),
      conv: conv ? ctx.text(conv).slice(1) : selfDoc && !spec ? 'r' : null,
      spec: spec ? ctx.text(spec).slice(1) : '',
    });
    cursor = r.to;
  }
  literal(cursor, innerEnd);
}
