/** Statements: a block and its ticks, and the dispatch of each statement to its compiler. */
import type { SyntaxNode } from '@lezer/common';
import { hasAnnotations } from '../annotations';
import type { Block, Stmt } from '../ir/nodes';
import type { CompileContext, Scope } from './context';
import {
  children,
  isOperand,
  callUnpacks,
  syntaxError,
  describeNode,
  unparenthesized,
} from './syntax';
import { readFor, readIf, readWhile } from './statementSyntax';
import { tupleOf } from './displays';
import { assign, augAssign, del, targetOf } from './assignment';
import { callSetup } from './calls';
import { classDef } from './classes';
import { expr, exprList } from './expressions';

const PASS: Stmt = { k: 'pass' };
import { decorated, functionDef } from './functions';
import { importStatement } from './imports';
import { raiseFrom, tryStatement, withStatement } from './tryAndWith';
import { iterExpr } from './iterables';

/** A sequence of statements, each with its line. */
export function block(ctx: CompileContext, nodes: SyntaxNode[], scope: Scope): Block {
  const stmts: Stmt[] = [];
  const lines: number[] = [];
  for (const n of nodes) statementsOf(ctx, n, scope, stmts, lines);
  return { k: 'block', stmts, lines };
}

export function statementsOf(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
  out: Stmt[],
  lines: number[],
): void {
  if (n.name === 'StatementGroup') {
    for (const c of children(n)) if (c.name !== ';') statementsOf(ctx, c, scope, out, lines);
    return;
  }
  if (n.name === 'Comment' || n.name === ':' || n.name === 'newline') return;
  out.push(statement(ctx, n, scope));
  lines.push(ctx.line(n));
}

export function statement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  return ctx.nested(n, () => statementAt(ctx, n, scope));
}

export function statementAt(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  switch (n.name) {
    case 'ExpressionStatement':
      return expressionStatement(ctx, n, scope);
    case 'AssignStatement':
      return assign(ctx, n, scope);
    case 'UpdateStatement':
      return augAssign(ctx, n, scope);
    case 'DeleteStatement':
      return del(ctx, n, scope);
    case 'PassStatement':
      return PASS;
    case 'ImportStatement':
      return importStatement(ctx, n, scope);
    case 'IfStatement':
      return ifStatement(ctx, n, scope);
    case 'WhileStatement':
      return whileStatement(ctx, n, scope);
    case 'ForStatement':
      return forStatement(ctx, n, scope);
    case 'BreakStatement':
    case 'ContinueStatement':
      if (ctx.loopDepth === 0) {
        const what = n.name === 'BreakStatement' ? "'break'" : "'continue'";
        throw syntaxError(`${what} outside loop`, ctx.line(n));
      }
      return n.name === 'BreakStatement' ? { k: 'break' } : { k: 'continue' };
    case 'FunctionDefinition':
      return functionDef(ctx, n, scope);
    case 'DecoratedStatement':
      return decorated(ctx, n, scope);
    case 'ClassDefinition':
      return classDef(ctx, n, scope);
    case 'ReturnStatement':
      return returnStatement(ctx, n, scope);
    case 'TryStatement':
      return tryStatement(ctx, n, scope);
    case 'WithStatement':
      return withStatement(ctx, n, scope);
    case 'RaiseStatement':
      return raiseStatement(ctx, n, scope);
    case 'AssertStatement':
      return assertStatement(ctx, n, scope);
    case 'ScopeStatement':
      if (ctx.text(n).startsWith('nonlocal') && scope.kind === 'module')
        throw syntaxError('nonlocal declaration not allowed at module level', ctx.line(n));
      if (ctx.text(n).startsWith('nonlocal') && scope.kind === 'class')
        ctx.unsupported("'nonlocal' in a class body", n);
      return PASS;
    default:
      return ctx.unsupported(describeNode(n.name), n);
  }
}

export function expressionStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  const display = ctx.mode === 'single' && scope.kind === 'module';
  // `f(), g()` is one expression: a tuple of both (the REPL echoes `(1, 2)` for `1, 2`).
  const items = children(n).filter((c) => isOperand(c) || c.name === ',');
  const node = unparenthesized(items[0]!);
  if (!display && items.length === 1 && node.name === 'CallExpression' && !callUnpacks(node)) {
    return { k: 'callStmt', call: ctx.exprLevel(() => callSetup(ctx, node, scope)) };
  }
  const value = exprList(ctx, items, scope, n);
  return display ? { k: 'displayStmt', value } : { k: 'exprStmt', value };
}

/** A module or class body that has annotated assignments begins with SETUP_ANNOTATIONS. */
export function withAnnotations(_ctx: CompileContext, nodes: SyntaxNode[], body: Stmt): Stmt {
  return hasAnnotations(nodes) ? { k: 'setupAnnotations', body } : body;
}

export function body(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  if (n.name !== 'Body') ctx.unsupported(describeNode(n.name), n);
  const nesting = ctx.nesting;
  nesting.maxBlocks = Math.max(nesting.maxBlocks, ++nesting.blocks);
  try {
    return block(ctx, children(n), scope);
  } finally {
    nesting.blocks--;
  }
}

export function loopBody(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  ctx.loopDepth++;
  try {
    return body(ctx, n, scope);
  } finally {
    ctx.loopDepth--;
  }
}

export function ifStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  const branches = readIf(n).map((branch) => ({
    test: branch.test ? expr(ctx, branch.test, scope) : null,
    body: body(ctx, branch.body, scope),
  }));
  return { k: 'if', branches };
}

export function whileStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  const syntax = readWhile(n);
  const test = expr(ctx, syntax.test, scope);
  const loop = loopBody(ctx, syntax.body, scope);
  const orelse = syntax.orelse ? body(ctx, syntax.orelse, scope) : null;
  return { k: 'while', test, body: loop, orelse, line: ctx.line(n) };
}

export function forStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  const syntax = readFor(n);
  const target = targetOf(ctx, syntax.targets, scope, n);
  const iterable = syntax.iterableItems
    ? tupleOf(ctx, syntax.iterableItems, scope)
    : iterExpr(ctx, syntax.iterable, scope);
  const loop = loopBody(ctx, syntax.body, scope);
  const orelse = syntax.orelse ? body(ctx, syntax.orelse, scope) : null;
  return { k: 'for', target, iterable, body: loop, orelse, line: ctx.line(n) };
}

export function returnStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  if (scope.kind !== 'function') throw syntaxError("'return' outside function", ctx.line(n));
  const parts = children(n).filter((c) => c.name !== 'return');
  const only = parts.length === 1 ? unparenthesized(parts[0]!) : null;
  if (only?.name === 'CallExpression' && !callUnpacks(only)) {
    return { k: 'returnCall', call: ctx.exprLevel(() => callSetup(ctx, only, scope)) };
  }
  const value = parts.length ? exprList(ctx, parts, scope, n) : null;
  return { k: 'return', value };
}

export function raiseStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  const parts = children(n).filter((c) => c.name !== 'raise');
  // `raise X from Y`: its runtime is the library's (chainedExceptions.ts).
  if (parts[1]?.name === 'from') return raiseFrom(ctx, parts[0]!, parts[2]!, scope);
  if (parts.length === 0) return { k: 'reraise' };
  return { k: 'raise', exc: expr(ctx, parts[0]!, scope) };
}

export function assertStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  const all = children(n).filter((c) => c.name !== 'assert');
  const parts = all.filter((c) => c.name !== ',');
  // `assert test, msg` alone: the grammar here also takes a trailing comma or a third part.
  if (parts.length > 2 || all[all.length - 1]?.name === ',')
    throw syntaxError('invalid syntax', ctx.line(n));
  const test = expr(ctx, parts[0]!, scope);
  const msg = parts[1] ? expr(ctx, parts[1], scope) : null;
  return { k: 'assert', test, msg };
}
