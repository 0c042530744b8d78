/** Statements: a block and its ticks, and the dispatch of each statement to its compiler. */
import type { SyntaxNode } from '@lezer/common';
import { PyInstance, PyNone, PyObject, PyType, STACK } from '../../engine';
import { Signal, type Ex } from '../frame';
import { getIterOnStack, iterNext } from '../iteration';
import { hasAnnotations, setupAnnotations } from '../annotations';
import type { CompileContext, Scope } from './context';
import {
  children,
  isOperand,
  callUnpacks,
  syntaxError,
  describeNode,
  unparenthesized,
} from './syntax';
import { libraryOf } from '../library';
import { readFor, readIf, readWhile } from './statementSyntax';
import { tupleOf } from './displays';
import { assign, augAssign, del, assignTarget } from './assignment';
import { callSetup } from './calls';
import { classDef } from './classes';
import { condition, expr, exprList } from './expressions';
import { decorated, functionDef } from './functions';
import { importStatement } from './imports';
import { tryStatement, withStatement } from './tryAndWith';
import { iterExpr } from './iterables';

/**
 * A sequence of statements, each preceded by its tick (the line, the work count). The tick is
 * made here rather than by a wrapper around each statement: one JavaScript frame less for every
 * block a Python call is nested in, so that more Python frames fit in the JavaScript stack.
 */
export function block(ctx: CompileContext, nodes: SyntaxNode[], scope: Scope): Ex {
  const stmts: Ex[] = [];
  const lines: number[] = [];
  for (const n of nodes) statementsOf(ctx, n, scope, stmts, lines);
  const interp = ctx.interp;
  if (stmts.length === 1) {
    const only = stmts[0]!;
    const line = lines[0]!;
    return (f) => {
      interp.tick(f, line);
      return only(f);
    };
  }
  const n = stmts.length;
  return (f) => {
    for (let i = 0; i < n; i++) {
      interp.tick(f, lines[i]!);
      const s = stmts[i]!(f);
      if (s !== Signal.Normal) return s;
    }
    return Signal.Normal;
  };
}

export function statementsOf(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
  out: Ex[],
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

export function statement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  return ctx.nested(n, () => statementAt(ctx, n, scope));
}

export function statementAt(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
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
      return () => Signal.Normal;
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
      return n.name === 'BreakStatement' ? () => Signal.Break : () => Signal.Continue;
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
      return () => Signal.Normal;
    default:
      return ctx.unsupported(describeNode(n.name), n);
  }
}

export function expressionStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const h = ctx.interp.heap;
  const display = ctx.mode === 'single' && scope.kind === 'module';
  // `f(), g()` is one expression: a tuple of both (the REPL echoes `(1, 2)` for `1, 2`).
  const operands = children(n).filter(isOperand);
  const node = unparenthesized(operands[0]!);
  if (!display && operands.length === 1 && node.name === 'CallExpression' && !callUnpacks(node)) {
    const { setup, kw } = ctx.exprLevel(() => callSetup(ctx, node, scope));
    const interp = ctx.interp;
    return (f) => {
      h.decref(interp.callFromStack(f, setup(f), kw), STACK);
      return Signal.Normal;
    };
  }
  const e = exprList(ctx, operands, scope, n);
  if (display) {
    const display = (v: PyObject) => displayHook(ctx, v);
    return (f) => {
      const v = e(f);
      f.stack.push(v);
      display(v);
      f.stack.pop();
      h.decref(v, STACK);
      return Signal.Normal;
    };
  }
  return (f) => {
    h.decref(e(f), STACK);
    return Signal.Normal;
  };
}

/** sys.displayhook: prints the repr and keeps the value in builtins `_` (as the REPL does). */
export function displayHook(ctx: CompileContext, v: PyObject): void {
  const interp = ctx.interp;
  if (v instanceof PyNone) return;
  const h = interp.heap;
  interp.setName(interp.builtins, '_', h.none());
  interp.write('stdout', interp.reprOf(v) + '\n');
  h.incref(v);
  interp.setName(interp.builtins, '_', v);
}

/** A module or class body that has annotated assignments begins with SETUP_ANNOTATIONS. */
export function withAnnotations(ctx: CompileContext, nodes: SyntaxNode[], body: Ex): Ex {
  if (!hasAnnotations(nodes)) return body;
  const interp = ctx.interp;
  return (f) => {
    setupAnnotations(interp, f);
    return body(f);
  };
}

export function body(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  if (n.name !== 'Body') ctx.unsupported(describeNode(n.name), n);
  const nesting = ctx.nesting;
  nesting.maxBlocks = Math.max(nesting.maxBlocks, ++nesting.blocks);
  try {
    return block(ctx, children(n), scope);
  } finally {
    nesting.blocks--;
  }
}

export function loopBody(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  ctx.loopDepth++;
  try {
    return body(ctx, n, scope);
  } finally {
    ctx.loopDepth--;
  }
}

export function ifStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const branches = readIf(n).map((branch) => ({
    test: branch.test ? condition(ctx, branch.test, scope) : null,
    body: body(ctx, branch.body, scope),
  }));
  return (f) => {
    for (const b of branches) if (!b.test || b.test(f)) return b.body(f);
    return Signal.Normal;
  };
}

export function whileStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const syntax = readWhile(n);
  const test = condition(ctx, syntax.test, scope);
  const loop = loopBody(ctx, syntax.body, scope);
  const orelse = syntax.orelse ? body(ctx, syntax.orelse, scope) : null;
  return (f) => {
    for (;;) {
      if (!test(f)) return orelse ? orelse(f) : Signal.Normal;
      const s = loop(f);
      if (s === Signal.Break) return Signal.Normal;
      if (s === Signal.Return) return s;
      f.code.warmup++;
    }
  };
}

export function forStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const syntax = readFor(n);
  const targets = syntax.targets;
  const target = assignTarget(ctx, targets.length === 1 ? targets[0]! : null, targets, scope, n);
  const iterable = syntax.iterableItems
    ? tupleOf(ctx, syntax.iterableItems, scope)
    : iterExpr(ctx, syntax.iterable, scope);
  const loop = loopBody(ctx, syntax.body, scope);
  const orelse = syntax.orelse ? body(ctx, syntax.orelse, scope) : null;
  const interp = ctx.interp;
  const h = interp.heap;
  const line = ctx.line(n);
  return (f) => {
    const it = getIterOnStack(interp, f, iterable(f));
    let signal = Signal.Normal;
    for (;;) {
      // FOR_ITER is on the `for` line: an error in next() (a generator's) is reported there.
      f.lineno = line;
      const v = iterNext(interp, it);
      if (!v) break;
      target(f, v);
      const s = loop(f);
      if (s === Signal.Break || s === Signal.Return) {
        signal = s;
        break;
      }
      f.code.warmup++;
    }
    f.stack.pop();
    h.decref(it, STACK);
    if (signal === Signal.Normal && orelse) return orelse(f);
    return signal === Signal.Return ? Signal.Return : Signal.Normal;
  };
}

export function returnStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  if (scope.kind !== 'function') throw syntaxError("'return' outside function", ctx.line(n));
  const parts = children(n).filter((c) => c.name !== 'return');
  const h = ctx.interp.heap;
  const only = parts.length === 1 ? unparenthesized(parts[0]!) : null;
  if (only?.name === 'CallExpression' && !callUnpacks(only)) {
    const { setup, kw } = ctx.exprLevel(() => callSetup(ctx, only, scope));
    const interp = ctx.interp;
    return (f) => {
      const v = interp.callFromStack(f, setup(f), kw);
      if (f.retval) h.decref(f.retval, STACK);
      f.retval = v;
      return Signal.Return;
    };
  }
  const value = parts.length
    ? exprList(
        ctx,
        parts.filter((c) => c.name !== ','),
        scope,
        n,
      )
    : null;
  return (f) => {
    const v = value ? value(f) : h.none();
    if (f.retval) h.decref(f.retval, STACK);
    f.retval = v;
    return Signal.Return;
  };
}

export function raiseStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const parts = children(n).filter((c) => c.name !== 'raise');
  const interp = ctx.interp;
  // `raise X from Y` is compiled by the library (chainedExceptions.ts).
  if (parts[1]?.name === 'from')
    return libraryOf(interp).raiseFrom(ctx, parts[0]!, parts[2]!, scope);
  const h = interp.heap;
  if (parts.length === 0) {
    return () => {
      const current =
        interp.handling[interp.handling.length - 1] ??
        interp.raise('RuntimeError', 'No active exception to reraise');
      h.incref(current.exc, STACK);
      return interp.raiseObject(current.exc, current);
    };
  }
  const e = expr(ctx, parts[0]!, scope);
  const base = interp.exceptions.get('BaseException')!;
  return (f) => {
    let v = e(f);
    // Only an exception class is called for its instance (`raise int` calls nothing).
    if (v instanceof PyType && v.isSubtypeOf(base)) {
      f.stack.push(v);
      const inst = interp.callWith(v, [], null, f);
      f.stack.pop();
      h.decref(v, STACK);
      v = inst;
    }
    if (!(v instanceof PyInstance) || !v.type.isSubtypeOf(base)) {
      h.decref(v, STACK);
      return interp.raise('TypeError', 'exceptions must derive from BaseException');
    }
    return interp.raiseObject(v);
  };
}

export function assertStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const parts = children(n).filter((c) => c.name !== 'assert' && c.name !== ',');
  const test = condition(ctx, parts[0]!, scope);
  const msg = parts[1] ? expr(ctx, parts[1], scope) : null;
  const interp = ctx.interp;
  return (f) => {
    if (test(f)) return Signal.Normal;
    const t = interp.exceptions.get('AssertionError')!;
    if (!msg) return interp.raiseObject(interp.callWith(t, [], null, f));
    const m = msg(f);
    f.stack.push(m);
    const exc = interp.callWith(t, [m], null, f);
    f.stack.pop();
    interp.heap.decref(m, STACK);
    return interp.raiseObject(exc);
  };
}
