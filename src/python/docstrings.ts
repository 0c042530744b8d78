/**
 * A function's docstring: its body's first statement when that is a plain string literal
 * (implicit concatenation included; an f-string is not a docstring), as CPython's compiler
 * takes it. The value is `inspect.cleandoc`-free in 3.11: the literal exactly as written.
 */
import type { SyntaxNode } from '@lezer/common';
import { parseStringLiteral } from './literals';

export function docstringOf(
  bodyNodes: readonly SyntaxNode[],
  text: (n: SyntaxNode) => string,
): string | null {
  const first = bodyNodes.find((n) => n.name !== ':' && n.name !== 'Comment');
  if (!first || first.name !== 'ExpressionStatement') return null;
  const expr = first.firstChild;
  if (!expr || expr.nextSibling) return null;
  const pieces: SyntaxNode[] = [];
  if (expr.name === 'String') pieces.push(expr);
  else if (expr.name === 'ContinuedString') {
    for (let c = expr.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'String') return null;
      pieces.push(c);
    }
  } else return null;
  let value = '';
  for (const p of pieces) {
    const lit = parseStringLiteral(text(p));
    if (lit.bytes) return null;
    value += lit.value;
  }
  return value;
}
