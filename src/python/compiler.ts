/**
 * Compiles a lezer Python tree into closures. The whole source is compiled before anything runs,
 * so an unsupported construct (NotSupported) stops a statement before any of its effects. Each
 * closure follows the bytecode CPython 3.11 runs for the construct: the same evaluation order, the
 * same temporaries on the value stack, the same order of releases.
 *
 * The compiler's parts live in compile/, one concept each: context.ts (the shared state and the
 * hub), syntax.ts (reading the tree), statementSyntax.ts (the syntax of the compound statements,
 * read once for both backends), statements.ts, assignment.ts, names.ts, imports.ts, functions.ts,
 * classes.ts, tryAndWith.ts, generatorBodies.ts (the resumable form, see resumable.ts),
 * expressions.ts, operatorExprs.ts, calls.ts, members.ts, displays.ts, strings.ts,
 * comprehensionExpr.ts and folding.ts. Scope analysis is scopes.ts. This file makes a module's
 * code unit and implements the hub methods through which the parts call back up (context.ts).
 */
import type { SyntaxNode } from '@lezer/common';
import { frameBytesFor, WARMUP_START, type CodeUnit } from './frame';
import type { Expr, Stmt } from './ir/nodes';
import type { Interpreter, RunMode } from './interpreter';
import { readSource } from './readSource';
import { frameStackBytes } from './stackGuard';
import { analyzeScopes } from './scopes';
import { CompileContext, type Scope } from './compile/context';
import { children, syntaxError } from './compile/syntax';
import { block, body, statement, withAnnotations } from './compile/statements';
import { expr, exprList } from './compile/expressions';
import { comprehension } from './compile/comprehensionExpr';
import { native } from './ir/native';

export { NotSupportedSyntax } from './compile/syntax';

export function compileModule(
  interp: Interpreter,
  source: string,
  file: string,
  mode: RunMode,
): CodeUnit {
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
  module(): CodeUnit {
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
    const run = this.backend.stmt(
      this.withAnnotations(
        children(this.src.tree.topNode),
        block(this, children(this.src.tree.topNode), scope),
      ),
    );
    const stackBytes = frameStackBytes(this.nesting.maxBlocks, this.nesting.maxExprs);
    const consts = this.moduleConsts;
    const pool = this.pool;
    pool.compiled();
    return {
      name: '<module>',
      file: this.file,
      kind: 'module',
      localNames: [],
      paramCount: 0,
      firstLine: 1,
      lines: this.lines,
      warmup: WARMUP_START,
      stackBytes,
      frameBytes: frameBytesFor(0),
      // The module's code object owns its constants until it finishes running; then the
      // parse tree goes (pyrun_file frees it after run_mod).
      body: (f) => {
        f.code.warmup++;
        try {
          return run(f);
        } finally {
          consts.release();
          pool.release();
        }
      },
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
    return native(comprehension(this, n, scope));
  }
}
