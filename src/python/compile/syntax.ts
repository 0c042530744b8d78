/**
 * Reading lezer's Python tree: the helpers every part of the compiler shares, and the compile-time
 * SyntaxError for the rules the grammar does not check. Nothing here depends on how compiled code
 * is run.
 */
import type { SyntaxNode } from '@lezer/common';
import { UNSUPPORTED } from '../unsupported';

/** A node's children, comments left out. */
export function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':', ';']);
export function isOperand(n: SyntaxNode): boolean {
  return !PUNCTUATION.has(n.name);
}

/** The first token of a comparison operator (`is not` starts with `is`, `not in` with `not`). */
export function isComparison(op: string): boolean {
  return ['==', '!=', '<', '<=', '>', '>=', 'is', 'in', 'not'].includes(op);
}

/** The node of an expression without its parentheses. */
export function unparenthesized(n: SyntaxNode): SyntaxNode {
  while (n.name === 'ParenthesizedExpression') n = children(n)[1]!;
  return n;
}

/** Does this call unpack arguments with `*` or `**`? */
export function callUnpacks(call: SyntaxNode): boolean {
  const argList = call.lastChild;
  for (let c = argList?.firstChild; c; c = c.nextSibling)
    if (c.name === '*' || c.name === '**') return true;
  return false;
}

/** A compile-time SyntaxError for rules the grammar does not check ('return' outside function). */
export function syntaxError(msg: string, line: number): Error {
  return new NotSupportedSyntax(msg, line);
}

export class NotSupportedSyntax extends Error {
  constructor(
    readonly msg: string,
    readonly line: number,
  ) {
    super(msg);
  }
}

/** How a refusal names a node: the table's words (unsupported.ts), else the node's own name. */
export function describeNode(name: string): string {
  if (UNSUPPORTED[name]) return UNSUPPORTED[name];
  return name
    .replace(/(Statement|Expression)$/, (m) => ` ${m.toLowerCase()}`)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}
