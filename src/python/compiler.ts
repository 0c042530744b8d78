/**
 * Compiles Python source in two steps. Lowering (compile/) reads the lezer tree, with scopes
 * resolved first (scopes.ts), into the lowered program of ir/nodes.ts: plain data, with constants
 * folded and everything outside the subset refused, so an unsupported construct (NotSupported)
 * stops a statement before any of its effects. A backend then makes it runnable: closures/ builds
 * closures that follow the bytecode CPython 3.11 runs for each node (the same evaluation order,
 * the same temporaries on the value stack, the same order of releases). Another backend (one
 * emitting JavaScript source, one adding line and frame events) reads the same nodes.
 *
 * The lowering's parts live in compile/, one concept each: context.ts (the shared state and the
 * hub), syntax.ts (reading the tree), statementSyntax.ts (the syntax of the compound statements),
 * statements.ts, assignment.ts, names.ts, imports.ts, functions.ts, classes.ts, tryAndWith.ts,
 * generatorBodies.ts (the resumable statements of a generator), expressions.ts, operatorExprs.ts,
 * calls.ts, members.ts, displays.ts, strings.ts, comprehensionExpr.ts and folding.ts. This file
 * lowers a module and implements the hub methods through which the parts call back up.
 */
import type { SyntaxNode } from '@lezer/common';
import type { CodeUnit } from './frame';
import type { Expr, ModuleCode, Stmt } from './ir/nodes';
import type { Interpreter, RunMode } from './interpreter';
import { readSource } from './readSource';
import { frameStackBytes } from './stackGuard';
import { analyzeScopes } from './scopes';
import { ClosureBackend } from './closures/backend';
import { moduleUnit } from './closures/module';
import { CompileContext, type Scope } from './compile/context';
import { children, syntaxError } from './compile/syntax';
import { block, body, statement, withAnnotations } from './compile/statements';
import { expr, exprList } from './compile/expressions';
import { comprehension } from './compile/comprehensionExpr';

export { NotSupportedSyntax } from './compile/syntax';

/** A module's source compiled to closures (the closure backend over the lowered program). */
export function compileModule(
  interp: Interpreter,
  source: string,
  file: string,
  mode: RunMode,
): CodeUnit {
  const lowered = lowerModule(interp, source, file, mode);
  return moduleUnit(new ClosureBackend(interp), lowered);
}

/**
 * A module's source lowered (ir/nodes.ts), or a SyntaxError / NotSupported before anything was
 * made: a refused compilation gives back the constants it made. The lowered code owns its
 * constants until it has run (the backend's module unit releases them).
 */
export function lowerModule(
  interp: Interpreter,
  source: string,
  file: string,
  mode: RunMode,
): ModuleCode {
  const parsed = readSource(source, interp.library?.sourceChecks ?? null);
  const c = new Compiler(interp, parsed, file, mode);
  try {
    const code = c.module();
    interp.library?.syntaxWarnings(interp, parsed, source, file);
    return code;
  } catch (e) {
    c.releaseConstants();
    throw e;
  }
}

class Compiler extends CompileContext {
  module(): ModuleCode {
    this.layouts = analyzeScopes(
      this.src.tree.topNode,
      (x) => this.text(x),
      (x) => this.line(x),
      syntaxError,
    );
    const scope: Scope = {
      kind: 'module',
      locals: [],
      globals: new Set(),
      qualname: '',
      parent: null,
    };
    const nodes = children(this.src.tree.topNode);
    const body = this.withAnnotations(nodes, block(this, nodes, scope));
    this.pool.compiled();
    return {
      body,
      stackBytes: frameStackBytes(this.nesting.maxBlocks, this.nesting.maxExprs),
      lines: this.lines,
      file: this.file,
      consts: this.moduleConsts,
      pool: this.pool,
    };
  }

  // ---- the hub: the parts' calls back up (compile/context.ts) ----

  body(n: SyntaxNode, scope: Scope): Stmt {
    return body(this, n, scope);
  }

  statement(n: SyntaxNode, scope: Scope): Stmt {
    return statement(this, n, scope);
  }

  withAnnotations(nodes: SyntaxNode[], b: Stmt): Stmt {
    return withAnnotations(this, nodes, b);
  }

  expr(n: SyntaxNode, scope: Scope): Expr {
    return expr(this, n, scope);
  }

  exprList(nodes: SyntaxNode[], scope: Scope, at: SyntaxNode): Expr {
    return exprList(this, nodes, scope, at);
  }

  comprehension(n: SyntaxNode, scope: Scope): Expr {
    return comprehension(this, n, scope);
  }
}
