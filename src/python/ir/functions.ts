/**
 * `def`, `lambda`, `class`, decorators and imports: the nested code units (described as data, for
 * the backend to make the code object from once), MAKE_FUNCTION, and the statements that bind
 * what they make.
 */
import type { CodeConsts } from '../constants';
import type { Signature } from '../frame';
import type { GeneratorBody } from './generators';
import type { Call, Expr, Stmt, Store } from './nodes';

export type FunctionExpr = MakeFunction | DottedName;

export type FunctionStmt = FunctionDef | ClassDef | Import | ImportFrom;

// ---- code units ----

/**
 * A nested code object (a function's, a lambda's, a comprehension's or a class body's): what the
 * backend makes frame.ts's CodeUnit from, once, whatever number of functions or classes are made
 * from it. Its frame's size is the frame header and one slot per local (frameBytesFor).
 */
export interface NestedCode {
  /** co_name. */
  readonly name: string;
  /** co_qualname: what a function made from it, or the class, is given as `__qualname__`. */
  readonly qualname: string;
  readonly file: string;
  readonly kind: 'function' | 'class';
  /** localsplus: the plain locals (parameters first), then the cell variables, then the frees. */
  readonly localNames: readonly string[];
  /** Every parameter slot (frame.ts's CodeUnit). */
  readonly paramCount: number;
  /** How the parameters take arguments; absent: `paramCount` positional-or-keyword ones. */
  readonly signature?: Signature;
  readonly firstLine: number;
  /** The unit's source lines, for tracebacks. */
  readonly lines: readonly string[];
  /** The JavaScript stack a frame of it is estimated to take (stackGuard.ts). */
  readonly stackBytes: number;
  /** The slots that hold a cell (MAKE_CELL at entry), in slot order; absent: none. */
  readonly cellSlots?: readonly number[];
  /** The first free-variable slot (COPY_FREE_VARS fills it and those after). */
  readonly freeStart: number;
  /** The docstring (co_consts[0]), null when there is none; absent for a comprehension. */
  readonly doc?: string | null;
  /** co_consts: held by the enclosing code object, and by each function made from this one. */
  readonly consts: CodeConsts;
  readonly body: CodeBody;
}

/**
 * What the code runs: its statements (a function's block; a lambda's Return of its expression;
 * a class body), or, for a generator function or expression, a resumable body: calling the
 * function makes a generator and its plain body is never run.
 */
export type CodeBody =
  | { readonly k: 'plainBody'; readonly body: Stmt }
  | { readonly k: 'generatorBody'; readonly body: GeneratorBody };

// ---- expressions ----

/**
 * MAKE_FUNCTION of `code`, with what it has of a defaults tuple, a `__kwdefaults__` dict, an
 * annotations tuple and a closure tuple, evaluated in CPython 3.11's order
 * (compiler_default_arguments, then compiler_make_closure): each stays on the value stack until
 * the function takes it. The function holds its globals and the code object (so its constants).
 */
export interface MakeFunction {
  readonly k: 'makeFunction';
  readonly code: NestedCode;
  /** BUILD_TUPLE of the positional defaults (a constant tuple when they all are). */
  readonly defaults: Expr | null;
  /**
   * BUILD_MAP of the keyword-only defaults: each name (a new str) then its value pushed, the dict
   * made, then the stack's references released.
   */
  readonly kwDefaults: readonly { readonly name: string; readonly value: Expr }[] | null;
  /** BUILD_TUPLE of each annotated parameter's name (interned when run) and its annotation. */
  readonly annotations: readonly { readonly name: string; readonly value: Expr }[] | null;
  /** LOAD_CLOSURE of each of these slots (the frame's cells), BUILD_TUPLE: null for none. */
  readonly closure: readonly number[] | null;
}

/**
 * A decorator's dotted name `a.b.c`: the load of `a` (`first`), then LOAD_ATTR of each of
 * `attrs`, the object on the stack while its attribute is read, then released.
 */
export interface DottedName {
  readonly k: 'dottedName';
  readonly first: Expr;
  readonly attrs: readonly string[];
}

// ---- statements ----

/**
 * One decorator: `value` is a DottedName, or a Call of one (`@repeat(3)`); evaluated on its own
 * line, and called on that line.
 */
export interface Decorator {
  readonly value: DottedName | Call;
  readonly line: number;
}

/**
 * `def f` : MAKE_FUNCTION, then the store of `f`. With decorators, they are evaluated first, top
 * to bottom, and stay on the value stack; then (on the `def` line, `line`) the function is made
 * and each decorator called on it, innermost first (3.11: CALL 0 with the decorator in the method
 * slot, so the function moves into the call as its argument); the last result is stored.
 */
export interface FunctionDef {
  readonly k: 'functionDef';
  readonly decorators: readonly Decorator[];
  readonly make: MakeFunction;
  readonly line: number;
  readonly store: Store;
}

/**
 * `class C(bases):` (__build_class__ and type_new): the decorators pushed as a decorated `def`'s
 * are, then the bases evaluated onto the value stack and checked; the namespace dict pushed; the
 * body run in its own frame (class `code`), which takes the enclosing frame's cells in
 * `outerSlots` (COPY_FREE_VARS) and, with `classCell`, a new `__class__` cell in slot 0
 * (MAKE_CELL); then the class made from the namespace as type_new does, the namespace and the
 * bases released, the decorators called on the class innermost first, and the result stored.
 * `line` is the `class` line (errors about the bases and the namespace are reported there).
 */
export interface ClassDef {
  readonly k: 'classDef';
  readonly decorators: readonly Decorator[];
  readonly bases: readonly Expr[];
  readonly code: NestedCode;
  readonly classCell: boolean;
  readonly outerSlots: readonly number[];
  readonly line: number;
  readonly store: Store;
}

/** `import a, b as c`: IMPORT_NAME of each module, then the store of it (a new reference). */
export interface Import {
  readonly k: 'import';
  readonly modules: readonly { readonly name: string; readonly store: Store }[];
}

/**
 * `from m import a, b as c`: IMPORT_NAME of `m`; every name it lacks that Heapscope refuses is
 * refused before anything is bound; then IMPORT_FROM of each name (a new reference; a name
 * CPython lacks too is an ImportError in turn), stored under its own name or the one after `as`.
 */
export interface ImportFrom {
  readonly k: 'importFrom';
  readonly module: string;
  readonly names: readonly { readonly name: string; readonly store: Store }[];
}
