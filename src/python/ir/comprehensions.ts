/**
 * List, set and dict comprehensions and generator expressions as CPython 3.11 compiles them
 * (compiler_comprehension): a nested code unit, a function of its own, made where the
 * comprehension stands and called at once with the iterator of its first `for` as its only
 * argument (`.0`).
 */
import type { NestedCode } from './functions';
import type { Expr, Store } from './nodes';

/**
 * MAKE_FUNCTION of `code` (with a closure tuple when `closure` lists slots: LOAD_CLOSURE of each
 * of the enclosing frame's cells, BUILD_TUPLE), then the first iterable evaluated and GET_ITER
 * (the iterable released), then CALL 0 with the function in the method slot, so that the iterator
 * moves into the call as its argument. The result is the call's: the list, set or dict built, or
 * the generator.
 */
export interface ComprehensionExpr {
  readonly k: 'comprehension';
  readonly code: ComprehensionCode;
  /** The enclosing frame's slots holding the cells of the code's free variables, in order. */
  readonly closure: readonly number[] | null;
  readonly firstIterable: Expr;
}

/**
 * The comprehension's code object, described as a function's is (ir/functions.ts NestedCode):
 * a function of one parameter (`.0`, the first iterator) whose frame holds the targets as locals,
 * then its cell and free variables, and no docstring. Its body is the clauses and the element.
 */
export interface ComprehensionCode extends Omit<
  NestedCode,
  'kind' | 'paramCount' | 'signature' | 'doc' | 'body'
> {
  /** What the body builds: a list, set or dict returned at the end; a generator yields each. */
  readonly kind: 'list' | 'set' | 'dict' | 'generator';
  /** The `for` and `if` clauses, outermost first. */
  readonly clauses: readonly ComprehensionClause[];
  /**
   * The element: one expression, or a dict's key and value (the key evaluated first). Each
   * element is added by LIST_APPEND / SET_ADD / MAP_ADD (or yielded) and released.
   */
  readonly element: readonly Expr[];
  /** The line of each element expression (a comprehension may span lines). */
  readonly elementLines: readonly number[];
}

/**
 * A `for` clause: its iterator on the stack while it loops (FOR_ITER on `line`, the line of its
 * iterable), each item stored into `target`; `iter` null for the first clause, whose iterator is
 * the argument `.0` (LOAD_FAST). Each pass that reaches the element is a back-edge (warm-up).
 * An `if` clause: its test on `line`; a false one skips the element.
 */
export type ComprehensionClause =
  | {
      readonly k: 'forClause';
      readonly target: Store;
      readonly iter: Expr | null;
      readonly line: number;
    }
  | { readonly k: 'ifClause'; readonly test: Expr; readonly line: number };
