/** String literals and f-strings. */
import type { SyntaxNode } from '@lezer/common';
import { PyInt, PyStr, STACK } from '../../engine';
import type { Ev } from '../frame';
import { formatField } from '../formatField';
import { parseStringLiteral } from '../literals';
import { isInternable } from '../constants';
import type { CompileContext, Scope } from './context';
import { children, isOperand } from './syntax';

export function stringLiteral(ctx: CompileContext, n: SyntaxNode): Ev {
  const pieces = n.name === 'ContinuedString' ? children(n) : [n];
  let value = '';
  for (const p of pieces) {
    const lit = parseStringLiteral(ctx.text(p));
    if (lit.bytes) ctx.unsupported('bytes literals', n);
    value += lit.value;
  }
  // CPython interns string constants that look like identifiers.
  return ctx.evConstant(ctx.interp.heap.newStr(value, isInternable(value)));
}

/** An f-string, or adjacent literals of which one at least is an f-string (`f"{x}" "!"`). */
export function formatString(ctx: CompileContext, pieces: readonly SyntaxNode[], scope: Scope): Ev {
  const parts: (string | { value: Ev; conv: string | null; spec: string })[] = [];
  for (const n of pieces) {
    if (n.name === 'FormatString') formatStringParts(ctx, n, scope, parts);
    else {
      const lit = parseStringLiteral(ctx.text(n));
      if (lit.bytes) ctx.unsupported('bytes literals', n);
      // An empty literal adds nothing: `f"{x}" ""` is the lone field it looks like.
      if (lit.value) parts.push(lit.value);
    }
  }
  const interp = ctx.interp;
  const h = interp.heap;
  const only = parts.length === 1 ? parts[0]! : null;
  if (only && typeof only !== 'string' && only.conv === null && only.spec === '') {
    // A lone field is FORMAT_VALUE alone: a str is its own result, an int's is a new str.
    const field = only.value;
    return (f) => {
      const v = field(f);
      if (v instanceof PyStr) return v;
      f.stack.push(v);
      const text = formatField(interp, v, null, '');
      f.stack.pop();
      h.decref(v, STACK);
      return v instanceof PyInt ? h.freshStr(text) : h.newStr(text);
    };
  }
  return (f) => {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const v = p.value(f);
      f.stack.push(v);
      out += formatField(interp, v, p.conv, p.spec);
      f.stack.pop();
      h.decref(v, STACK);
    }
    return h.newStr(out);
  };
}

/** The literal text and the fields of one f-string, in order, appended to `parts`. */
export function formatStringParts(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
  parts: (string | { value: Ev; conv: string | null; spec: string })[],
): void {
  const raw = ctx.text(n);
  const prefixLen = /^[a-zA-Z]*/.exec(raw)![0].length;
  const quote =
    raw.slice(prefixLen).startsWith('"""') || raw.slice(prefixLen).startsWith("'''") ? 3 : 1;
  const innerStart = n.from + prefixLen + quote;
  const innerEnd = n.to - quote;
  let cursor = innerStart;
  const literal = (from: number, to: number) => {
    if (to > from)
      parts.push(
        parseStringLiteral("'" + ctx.src.source.slice(from, to).replace(/'/g, "\\'") + "'")
          .value.replace(/\{\{/g, '{')
          .replace(/\}\}/g, '}'),
      );
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
    const exprNode = kids.find(isOperand);
    if (!exprNode) ctx.unsupported('an empty f-string field', r);
    const conv = kids.find((k) => k.name === 'FormatConversion');
    const spec = kids.find((k) => k.name === 'FormatSpec');
    if (spec && children(spec).some((k) => k.name === 'FormatReplacement'))
      ctx.unsupported('nested f-string fields', r);
    parts.push({
      value: ctx.evExpr(exprNode, scope),
      conv: conv ? ctx.text(conv).slice(1) : null,
      spec: spec ? ctx.text(spec).slice(1) : '',
    });
    cursor = r.to;
  }
  literal(cursor, innerEnd);
}
