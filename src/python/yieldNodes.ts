/**
 * Where the `yield`s of a function are: a function whose body holds one (outside the functions,
 * lambdas, classes and comprehensions nested in it) is a generator function, and only the
 * statements that hold one need to be resumable (resumable.ts).
 */
import type { SyntaxNode } from '@lezer/common';

/** Scopes of their own: a `yield` inside one is not this function's. */
const OWN_SCOPES: ReadonlySet<string> = new Set([
  'FunctionDefinition',
  'ClassDefinition',
  'LambdaExpression',
  'ArrayComprehensionExpression',
  'SetComprehensionExpression',
  'DictionaryComprehensionExpression',
  'ComprehensionExpression',
]);

/** Does `n` hold a `yield` of the function it stands in? (Walked with an explicit stack.) */
export function holdsYield(n: SyntaxNode): boolean {
  const pending = [n];
  while (pending.length) {
    const c = pending.pop()!;
    if (c.name === 'YieldStatement' || c.name === 'YieldExpression') return true;
    if (OWN_SCOPES.has(c.name)) continue;
    // A generator expression as a call's only argument is an ArgList with a `for` in it.
    if (c.name === 'ArgList' && c.getChild('for')) continue;
    for (let k = c.firstChild; k; k = k.nextSibling) pending.push(k);
  }
  return false;
}

/** The YieldExpression `n` is, inside any parentheses, or null. */
export function yieldOf(n: SyntaxNode): SyntaxNode | null {
  let c: SyntaxNode | null = n;
  while (c?.name === 'ParenthesizedExpression')
    c = c.getChild('YieldExpression') ?? c.firstChild?.nextSibling ?? null;
  return c?.name === 'YieldExpression' || c?.name === 'YieldStatement' ? c : null;
}
