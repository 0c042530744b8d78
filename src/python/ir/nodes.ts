/**
 * The lowered program: what the compiler (compile/) makes of a parse tree once scopes are
 * resolved, constants folded and every construct outside the subset refused, and before anything
 * decides how it runs. A backend turns it into something that runs: closures/ builds JavaScript
 * closures from it; a backend that emits JavaScript source, or one that adds line and frame
 * events, reads the same nodes.
 *
 * The nodes are plain data: numbers, strings, other nodes, and heap objects only where CPython's
 * code object holds them too (constants, interned names, nested code units). They never hold a
 * JavaScript function (ir.test.ts walks the lowering of every conformance script to check it).
 *
 * Each node follows the bytecode CPython 3.11 runs for its construct; its comment names what the
 * backend must do with the value stack and the references, in CPython's order.
 */
import type { PyObject } from '../../engine';
import type { CodeConsts, ConstantPool } from '../constants';
import type { BinaryOp, CompareOp } from '../operators';
import type { AssignmentStmt, DelNode, MemberExpr, StoreNode } from './assignment';
import type { DisplayExpr } from './displays';
import type { FunctionExpr, FunctionStmt } from './functions';
import type { ControlStmt } from './control';
import type { GeneratorBody } from './generators';

/** An expression: evaluating it gives a new reference, owned by whoever evaluated it. */
export type Expr =
  | Const
  | LoadFast
  | LoadNs
  | LoadDeref
  | LoadClassDeref
  | Binary
  | Compare
  | CompareChain
  | AndOr
  | Not
  | Unary
  | IfExp
  | Call
  | MemberExpr
  | DisplayExpr
  | FunctionExpr;

/** A statement: running it gives how it finished (frame.ts's Signal). */
export type Stmt =
  | Block
  | ExprStmt
  | DisplayStmt
  | CallStmt
  | Pass
  | Break
  | Continue
  | If
  | While
  | For
  | Return
  | ReturnCall
  | Reraise
  | Raise
  | Assert
  | SetupAnnotations
  | AssignmentStmt
  | FunctionStmt
  | ControlStmt;

/** An assignment target: storing consumes the value's reference. */
export type Store = StoreFast | StoreNs | StoreDeref | StoreNode;

/** A `del` target. */
export type Del = DelFast | DelNs | DelDeref | DelNode;

// ---- code units ----

/** Statements one after another, each with its line (the tick before it: the line, the budget). */
export interface Block {
  readonly k: 'block';
  readonly stmts: readonly Stmt[];
  readonly lines: readonly number[];
}

/**
 * A module's code: its body, what its frame is estimated to take (stackGuard.ts), and its
 * constants: its code object's (`consts`) and the parse tree's (`pool`), both released once the
 * module has run (pyrun_file frees the tree after run_mod).
 */
export interface ModuleCode {
  readonly body: Stmt;
  readonly stackBytes: number;
  readonly lines: readonly string[];
  readonly file: string;
  readonly consts: CodeConsts;
  readonly pool: ConstantPool;
}

/** What a generator function's body is, when it has one (see generators.ts). */
export type { GeneratorBody };

// ---- names (scopes.ts placed each one) ----

/** LOAD_CONST of one of the code unit's constants (the code object holds it: borrowed here). */
export interface Const {
  readonly k: 'const';
  readonly value: PyObject;
}

/** LOAD_FAST: UnboundLocalError when the slot is empty. */
export interface LoadFast {
  readonly k: 'fast';
  readonly slot: number;
  readonly name: string;
}

/**
 * LOAD_GLOBAL (`global`: the globals, then the builtins) or LOAD_NAME (the frame's names first:
 * a class body's namespace, a module's globals). `key` is the interned name.
 */
export interface LoadNs {
  readonly k: 'loadNs';
  readonly name: string;
  readonly key: PyObject;
  readonly global: boolean;
}

/** LOAD_DEREF of a cell (`free`: one of the closure's cells, not the frame's own). */
export interface LoadDeref {
  readonly k: 'deref';
  readonly slot: number;
  readonly name: string;
  readonly free: boolean;
}

/** LOAD_CLASSDEREF: a class body's read of an enclosing function's variable. */
export interface LoadClassDeref {
  readonly k: 'classDeref';
  readonly slot: number;
  readonly name: string;
}

/** STORE_FAST: the frame takes the value; the old one is released after. */
export interface StoreFast {
  readonly k: 'storeFast';
  readonly slot: number;
  readonly name: string;
}

/** STORE_GLOBAL (`global`) or STORE_NAME (the frame's names). */
export interface StoreNs {
  readonly k: 'storeNs';
  readonly name: string;
  readonly key: PyObject;
  readonly global: boolean;
}

/** STORE_DEREF: into the cell in `slot`. */
export interface StoreDeref {
  readonly k: 'storeDeref';
  readonly slot: number;
}

/** DELETE_FAST. */
export interface DelFast {
  readonly k: 'delFast';
  readonly slot: number;
  readonly name: string;
}

/** DELETE_GLOBAL / DELETE_NAME. */
export interface DelNs {
  readonly k: 'delNs';
  readonly name: string;
  readonly key: PyObject;
  readonly global: boolean;
}

/** DELETE_DEREF. */
export interface DelDeref {
  readonly k: 'delDeref';
  readonly slot: number;
  readonly name: string;
  readonly free: boolean;
}

// ---- operators ----

/** BINARY_OP: both operands on the stack, then released left to right. */
export interface Binary {
  readonly k: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

/** The comparison operators, `is`/`is not` and `in`/`not in`. */
export type TestOp = CompareOp | 'is' | 'is not' | 'in' | 'not in';

/** COMPARE_OP / IS_OP / CONTAINS_OP: a bool. */
export interface Compare {
  readonly k: 'compare';
  readonly op: TestOp;
  readonly left: Expr;
  readonly right: Expr;
}

/**
 * `a < b < c ...`: each link compares the previous right operand with its own, stopping at the
 * first false one (the result is False then); `op` and `last` are the final test.
 */
export interface CompareChain {
  readonly k: 'chain';
  readonly first: Expr;
  readonly links: readonly { readonly op: CompareOp; readonly right: Expr }[];
  readonly op: TestOp;
  readonly last: Expr;
}

/** `a and b` / `a or b`: the deciding operand itself is the result. */
export interface AndOr {
  readonly k: 'andOr';
  readonly and: boolean;
  readonly left: Expr;
  readonly right: Expr;
}

/** UNARY_NOT: a bool. */
export interface Not {
  readonly k: 'not';
  readonly operand: Expr;
}

/** UNARY_NEGATIVE / UNARY_POSITIVE / UNARY_INVERT. */
export interface Unary {
  readonly k: 'unary';
  readonly op: '-' | '+' | '~';
  readonly operand: Expr;
}

/** `then if test else other`. */
export interface IfExp {
  readonly k: 'ifExp';
  readonly test: Expr;
  readonly then: Expr;
  readonly other: Expr;
}

// ---- calls ----

/**
 * A call without `*`/`**` arguments: the callable (LOAD_METHOD's [method, self] or [callable,
 * NULL]) and the arguments pushed, then CALL with the keyword names.
 */
export interface Call {
  readonly k: 'call';
  readonly target: CallTarget;
  readonly args: readonly Expr[];
  readonly kw: readonly string[] | null;
}

export type CallTarget =
  | { readonly k: 'value'; readonly callee: Expr }
  | { readonly k: 'method'; readonly obj: Expr; readonly name: string };

// ---- statements ----

/** POP_TOP of an expression's value. */
export interface ExprStmt {
  readonly k: 'exprStmt';
  readonly value: Expr;
}

/** The REPL's PRINT_EXPR: sys.displayhook of the value (its repr, and builtins `_`). */
export interface DisplayStmt {
  readonly k: 'displayStmt';
  readonly value: Expr;
}

/** A call whose result is dropped (one JavaScript frame less than ExprStmt of a Call). */
export interface CallStmt {
  readonly k: 'callStmt';
  readonly call: Call;
}

export interface Pass {
  readonly k: 'pass';
}

export interface Break {
  readonly k: 'break';
}

export interface Continue {
  readonly k: 'continue';
}

/** `if`/`elif`/`else`: the first branch whose test is true (or has none) runs. */
export interface If {
  readonly k: 'if';
  readonly branches: readonly { readonly test: Expr | null; readonly body: Stmt }[];
}

/** `while`; each pass back to the test is a back-edge (warm-up) and a line event. */
export interface While {
  readonly k: 'while';
  readonly test: Expr;
  readonly body: Stmt;
  readonly orelse: Stmt | null;
  /** The `while` line, reported again at each pass back to the test. */
  readonly line: number;
}

/**
 * GET_ITER, then FOR_ITER (on the `for` line) into `target` until the iterator is done; each pass
 * back to FOR_ITER is a back-edge (warm-up) and a line event of the `for` line.
 */
export interface For {
  readonly k: 'for';
  readonly target: Store;
  readonly iterable: Expr;
  readonly body: Stmt;
  readonly orelse: Stmt | null;
  readonly line: number;
}

/** RETURN_VALUE (None when `value` is null). */
export interface Return {
  readonly k: 'return';
  readonly value: Expr | null;
}

/** `return f(...)`: the call made by the return itself. */
export interface ReturnCall {
  readonly k: 'returnCall';
  readonly call: Call;
}

/** A bare `raise`: the exception being handled, again. */
export interface Reraise {
  readonly k: 'reraise';
}

/** `raise X`: an exception class is called for its instance. */
export interface Raise {
  readonly k: 'raise';
  readonly exc: Expr;
}

/** `assert test, msg`. */
export interface Assert {
  readonly k: 'assert';
  readonly test: Expr;
  readonly msg: Expr | null;
}

/** SETUP_ANNOTATIONS before a module or class body that has annotated assignments. */
export interface SetupAnnotations {
  readonly k: 'setupAnnotations';
  readonly body: Stmt;
}
