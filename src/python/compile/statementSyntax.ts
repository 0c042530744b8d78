/**
 * The syntax of the compound statements, read from lezer's tree into plain descriptions. Both
 * lowerings read them: the plain statements' (tryAndWith.ts, statements.ts) and a generator
 * body's resumable form (generatorBodies.ts). Reading refuses nothing: each lowering refuses what
 * is outside the subset (`except*`, `async with`) at the point where it lowers that part, so the
 * first refusal of a statement is the same whichever lowering reads it.
 */
import type { SyntaxNode } from '@lezer/common';
import { children } from './syntax';

/** One `except [type [as name]]:` clause. */
export interface ExceptClause {
  /** `except*` (PEP 654). */
  readonly star: boolean;
  readonly type: SyntaxNode | null;
  /** The name after `as` (a VariableName). */
  readonly name: SyntaxNode | null;
  readonly body: SyntaxNode;
}

/** `try:` with its clauses, in the order of the source. */
export interface TrySyntax {
  readonly body: SyntaxNode;
  readonly handlers: readonly ExceptClause[];
  readonly orelse: SyntaxNode | null;
  readonly final: SyntaxNode | null;
}

export function readTry(n: SyntaxNode): TrySyntax {
  const parts = children(n);
  const handlers: ExceptClause[] = [];
  let orelse: SyntaxNode | null = null;
  let final: SyntaxNode | null = null;
  for (let i = 2; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.name === 'except') {
      let j = i + 1;
      const star = parts[j]!.name === '*';
      if (star) j++;
      const type = parts[j]!.name !== 'Body' && parts[j]!.name !== 'as' ? parts[j++]! : null;
      let name: SyntaxNode | null = null;
      if (parts[j]!.name === 'as') {
        name = parts[j + 1]!;
        j += 2;
      }
      handlers.push({ star, type, name, body: parts[j]! });
      i = j;
    } else if (p.name === 'else') {
      orelse = parts[++i]!;
    } else if (p.name === 'finally') {
      final = parts[++i]!;
    }
  }
  return { body: parts[1]!, handlers, orelse, final };
}

/** `with m1 as t1, m2:`: each manager and its target, then the body. */
export interface WithSyntax {
  readonly async: boolean;
  readonly items: readonly { readonly manager: SyntaxNode; readonly target: SyntaxNode | null }[];
  readonly body: SyntaxNode;
}

export function readWith(n: SyntaxNode): WithSyntax {
  const parts = children(n);
  const async = parts[0]!.name === 'async';
  const items: { manager: SyntaxNode; target: SyntaxNode | null }[] = [];
  let i = 1;
  while (i < parts.length && parts[i]!.name !== 'Body') {
    const manager = parts[i]!;
    let target: SyntaxNode | null = null;
    if (parts[i + 1]?.name === 'as') {
      target = parts[i + 2]!;
      i += 2;
    }
    items.push({ manager, target });
    i++;
    if (parts[i]?.name === ',') i++;
  }
  return { async, items, body: parts[i]! };
}

/** `for targets in iterable: body [else: orelse]`. */
export interface ForSyntax {
  /** The targets between `for` and `in`, commas included (a comma makes them a bare tuple). */
  readonly targets: SyntaxNode[];
  readonly iterable: SyntaxNode;
  /** The items of a bare tuple after `in` (`for p in a, b:`), commas left out; else null. */
  readonly iterableItems: SyntaxNode[] | null;
  readonly body: SyntaxNode;
  readonly orelse: SyntaxNode | null;
}

export function readFor(n: SyntaxNode): ForSyntax {
  const parts = children(n);
  const inAt = parts.findIndex((c) => c.name === 'in');
  const bodyAt = parts.findIndex((c, i) => i > inAt && c.name === 'Body');
  const elseAt = parts.findIndex((c) => c.name === 'else');
  const header = parts.slice(inAt + 1, bodyAt);
  return {
    targets: parts.slice(1, inAt),
    iterable: header[0]!,
    iterableItems: header.length > 1 ? header.filter((c) => c.name !== ',') : null,
    body: parts[bodyAt]!,
    orelse: elseAt >= 0 ? parts[elseAt + 1]! : null,
  };
}

/** `while test: body [else: orelse]`. */
export interface WhileSyntax {
  readonly test: SyntaxNode;
  readonly body: SyntaxNode;
  readonly orelse: SyntaxNode | null;
}

export function readWhile(n: SyntaxNode): WhileSyntax {
  const parts = children(n);
  return {
    test: parts[1]!,
    body: parts[2]!,
    orelse: parts[3]?.name === 'else' ? parts[4]! : null,
  };
}

/** `if` / `elif` / `else` branches in order; the `else` branch has no test. */
export function readIf(n: SyntaxNode): { test: SyntaxNode | null; body: SyntaxNode }[] {
  const parts = children(n);
  const branches: { test: SyntaxNode | null; body: SyntaxNode }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.name === 'if' || p.name === 'elif') {
      branches.push({ test: parts[i + 1]!, body: parts[i + 2]! });
      i += 2;
    } else if (p.name === 'else') {
      branches.push({ test: null, body: parts[i + 1]! });
      i += 1;
    }
  }
  return branches;
}
