/** `try`, `with`, `raise ... from`: the statements that handle exceptions or raise them chained. */
import type { Del, Expr, Stmt, Store } from './nodes';

export type ControlStmt = Try | With | RaiseFrom;

/**
 * One `except [type [as name]]:` clause. CPython: the exception is pushed (PUSH_EXC_INFO, so it is
 * the one being handled), `type` is evaluated and tested (CHECK_EXC_MATCH: an instance of the
 * class or of one of a tuple of classes; anything else is a TypeError), then `store` takes a new
 * reference to the exception. However the body ends, `name = None; del name` (`store` of None,
 * then `del`), POP_EXCEPT, and the exception is released. `B` is the body: a statement, or a
 * resumable block in a generator (generators.ts).
 */
export interface ExceptHandler<B = Stmt> {
  /** null for a bare `except:`. */
  readonly type: Expr | null;
  readonly store: Store | null;
  /** Present exactly when `store` is. */
  readonly del: Del | null;
  readonly body: B;
}

/**
 * `try:` with its handlers, `else` and `finally` (SETUP_FINALLY around the body). An exception
 * out of the body unwinds the value stack to its depth at the `try`, gains this frame's
 * traceback entry, and goes to the first handler that matches (none: it propagates); `orelse`
 * runs only when the body ended normally. `final` runs however the rest ended: while it runs, an
 * exception on its way out is the one being handled (one raised in `final` takes it as context);
 * a `break`/`continue`/`return` out of `final` discards it, else it is raised again.
 */
export interface Try {
  readonly k: 'try';
  readonly body: Stmt;
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: Stmt | null;
  readonly final: Stmt | null;
}

/**
 * One manager of a `with`: `manager` is evaluated, BEFORE_WITH looks up `__enter__` and
 * `__exit__` on its type (the bound `__exit__` stays on the value stack for the whole block, the
 * manager's own reference is released), calls `__enter__` and stores its result in `target` (or
 * POP_TOP). `line` is the `with` statement's: where `__exit__` is called from.
 */
export interface WithItem {
  readonly manager: Expr;
  readonly target: Store | null;
  readonly line: number;
}

/**
 * `with m1 as t1, m2:` is `with m1 as t1:` around `with m2:` around `body`. Leaving a manager's
 * block normally (or by break/continue/return) calls `__exit__(None, None, None)`, then releases
 * the bound `__exit__`, then its result; by an exception, the exception becomes the one being
 * handled and `__exit__(type, value, traceback)` is called: a true result suppresses it.
 */
export interface With {
  readonly k: 'with';
  readonly items: readonly WithItem[];
  readonly body: Stmt;
}

/**
 * `raise exc from cause` (RAISE_VARARGS 2, do_raise): `exc` (held on the stack) then `cause` are
 * evaluated and popped; a class `exc` is called for its instance, then a class `cause` for its
 * own; a `cause` of None leaves no cause. The cause is set (`__suppress_context__` too), then the
 * exception is raised, taking the one being handled as its context. The runtime is the library's
 * (chainedExceptions.ts).
 */
export interface RaiseFrom {
  readonly k: 'raiseFrom';
  readonly exc: Expr;
  readonly cause: Expr;
}
