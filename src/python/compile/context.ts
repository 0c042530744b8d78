/**
 * The state one compilation shares (the unit's constants, the nesting counts, the closure layouts
 * scopes.ts found) and the hub through which the parts of the compiler reach each other.
 *
 * The parts are layered: statements.ts may import expressions.ts, expressions.ts the displays,
 * calls, operators and functions it dispatches to, and so on down to folding.ts and names.ts. A
 * call that goes back up (a function body is a block of statements; a display holds expressions)
 * goes through the hub methods declared here, which compiler.ts implements: no part imports
 * another that imports it back.
 */
import type { SyntaxNode } from '@lezer/common';
import type { PyObject } from '../../engine';
import { NotSupported } from '../errors';
import type { Const, Expr, Stmt } from '../ir/nodes';
import type { Interpreter, RunMode } from '../interpreter';
import { HEAPSCOPE_MAX_DEPTH } from '../nesting';
import { normalizeName } from '../identifiers';
import { position, tooDeep, type ParsedSource } from '../parse';
import { CodeConsts, ConstantPool } from '../constants';
import { frameStackBytes, stackHasRoom } from '../stackGuard';
import type { ClosureLayout } from '../scopes';

type ScopeKind = 'module' | 'function' | 'class';

export interface Scope {
  readonly kind: ScopeKind;
  /** Fast locals of a function: parameters first, then assigned names in order of appearance. */
  readonly locals: string[];
  readonly globals: Set<string>;
  readonly qualname: string;
  readonly parent: Scope | null;
  /** Cell and free variables (scopes.ts): their slots in `locals` hold cells. */
  readonly derefs?: ReadonlySet<string>;
  /** The free variables, as the closure tuple of a function made here lists them. */
  readonly frees?: readonly string[];
  /** A class body's reads of enclosing variables: LOAD_CLASSDEREF (scopes.ts). */
  readonly classDerefs?: ReadonlySet<string>;
}

export abstract class CompileContext {
  readonly lines: string[];
  /** The unit's constants (the parse tree's references, the merge cache). */
  readonly pool: ConstantPool;
  /** The module code object's co_consts; `code` is the one being compiled (constants.ts). */
  readonly moduleConsts: CodeConsts;
  code: CodeConsts;
  /** How many loops enclose the statement being compiled in its code unit (`break` needs one). */
  loopDepth = 0;
  /** Nesting of blocks and expressions in the code unit being compiled, and their maxima. */
  nesting = { blocks: 0, exprs: 0, maxBlocks: 0, maxExprs: 0 };
  /**
   * Statements and expressions being compiled, one inside the other (CPython's AST depth).
   * Compiling and evaluating recurse once per level, so past HEAPSCOPE_MAX_DEPTH the statement is
   * refused rather than risk JavaScript's stack (parse.ts has already given CPython's own
   * RecursionError past its limit of 3000).
   */
  depth = 0;
  /** How deep folding.ts's `constantValue` is nested (see its FOLD_DEPTH). */
  foldDepth = 0;
  /** fold_iter's merged frozensets, by their members (the unit's constants): iterables.ts. */
  readonly foldedSets = new Map<string, PyObject>();
  /** The closure layout of each function, lambda and comprehension (scopes.ts). */
  layouts = new Map<string, ClosureLayout>();

  constructor(
    readonly interp: Interpreter,
    readonly src: ParsedSource,
    readonly file: string,
    readonly mode: RunMode,
  ) {
    this.lines = src.source.split('\n');
    this.pool = new ConstantPool(interp.heap);
    this.moduleConsts = new CodeConsts(interp.heap, null);
    this.code = this.moduleConsts;
  }

  // ---- the hub (compiler.ts) ----

  /** An indented block (`Body`), counted as one level of block nesting (statements.ts). */
  abstract body(n: SyntaxNode, scope: Scope): Stmt;
  /** One statement (statements.ts). */
  abstract statement(n: SyntaxNode, scope: Scope): Stmt;
  /** A module or class body's SETUP_ANNOTATIONS, when it has annotations (statements.ts). */
  abstract withAnnotations(nodes: SyntaxNode[], body: Stmt): Stmt;
  /** One expression: a new reference when run (expressions.ts). */
  abstract expr(n: SyntaxNode, scope: Scope): Expr;
  /** Comma-separated expressions, a tuple when there are several (expressions.ts). */
  abstract exprList(nodes: SyntaxNode[], scope: Scope, at: SyntaxNode): Expr;
  /** A comprehension or generator expression (comprehensionExpr.ts). */
  abstract comprehension(n: SyntaxNode, scope: Scope): Expr;

  // ---- helpers ----

  /** A refused compilation gives back the constants it made. */
  releaseConstants(): void {
    this.moduleConsts.release();
    this.pool.release();
  }

  /** A node's source text; a name is NFKC-normalised as CPython does (`Ａ` is `A`). */
  text(n: SyntaxNode): string {
    const t = this.src.source.slice(n.from, n.to);
    return n.name === 'VariableName' || n.name === 'PropertyName' ? normalizeName(t) : t;
  }

  /** Counts one level of nesting around `compile` (see `depth`). */
  nested<R>(n: SyntaxNode, compile: () => R): R {
    if (++this.depth > HEAPSCOPE_MAX_DEPTH || !this.roomFor(this.depth)) {
      this.depth = 0;
      throw tooDeep(this.line(n));
    }
    try {
      return compile();
    } finally {
      this.depth--;
    }
  }

  /**
   * Every 50 levels, is there still room on JavaScript's stack (a browser worker has half of
   * Node's)? Refusing here, before anything ran, beats running out in the middle of a statement.
   */
  roomFor(depth: number): boolean {
    return depth % 50 !== 0 || stackHasRoom();
  }

  line(n: SyntaxNode): number {
    return position(this.src.lineStarts, n.from).line;
  }

  unsupported(what: string, n: SyntaxNode): never {
    throw new NotSupported(what, this.line(n));
  }

  /**
   * A literal: `made` is the parser's new reference to its object; the unit's constant of that
   * value is loaded (LOAD_CONST), each evaluation returning a new reference to it.
   */
  constant(made: PyObject): Const {
    return this.loadConst(this.pool.literal(made));
  }

  /** LOAD_CONST of one of the unit's constants (borrowed): the code object holds it. */
  loadConst(o: PyObject): Const {
    this.code.add(o);
    return { k: 'const', value: o };
  }

  /** Compiles a nested code unit's body with its own nesting counts; gives its stack estimate. */
  nestedUnit<T>(compile: () => T): [T, number, CodeConsts] {
    const saved = this.nesting;
    const savedCode = this.code;
    this.nesting = { blocks: 0, exprs: 0, maxBlocks: 0, maxExprs: 0 };
    // A nested code object: a constant of the enclosing one, with constants of its own.
    const consts = new CodeConsts(this.interp.heap, savedCode);
    this.code = consts;
    try {
      const result = compile();
      return [result, frameStackBytes(this.nesting.maxBlocks, this.nesting.maxExprs), consts];
    } finally {
      this.nesting = saved;
      this.code = savedCode;
    }
  }

  /** Compiles one level of expression nesting (counted for the frame's stack estimate). */
  exprLevel<T>(compile: () => T): T {
    const nesting = this.nesting;
    nesting.maxExprs = Math.max(nesting.maxExprs, ++nesting.exprs);
    try {
      return compile();
    } finally {
      nesting.exprs--;
    }
  }

  /** Generators run in the 3.11 and 3.12 profiles (2.7's generator finalization differs). */
  refuseGeneratorsInProfile(n: SyntaxNode): void {
    const profile = this.interp.heap.profile.name;
    if (profile === '2.7') this.unsupported('generators in the 2.7 profile', n);
  }

  /** Whether `name` is a free variable of `scope` (else a cell variable of its own). */
  isFree(name: string, scope: Scope): boolean {
    return scope.frees?.includes(name) ?? false;
  }
}
