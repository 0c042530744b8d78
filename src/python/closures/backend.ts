/**
 * The closure backend: builds the JavaScript closures that run a lowered program (ir/nodes.ts).
 * Each closure does what CPython 3.11's bytecode for its node does: the same evaluation order,
 * the same temporaries on the value stack, the same order of releases. The closures are built
 * once, before anything runs, so the lowering has already refused whatever is outside the subset.
 *
 * The builders live by concept (expressions.ts, names.ts, statements.ts, ...), each a table keyed
 * by node kind that TypeScript checks for completeness against the node unions.
 */
import type { PyObject } from '../../engine';
import type { Ev, Ex, Frame } from '../frame';
import type { Interpreter } from '../interpreter';
import type { Call, Del, Expr, Stmt, Store } from '../ir/nodes';
import { EXPRS, STMTS, STORES, DELS, callSetup, condition } from './tables';

/** A store: takes the value's reference. */
export type StoreFn = (f: Frame, v: PyObject) => void;
/** A `del` of one target. */
export type DelFn = (f: Frame) => void;
/** A call in two steps: `setup` pushes the callable and the arguments and gives the stack base. */
export interface CallSetup {
  readonly setup: (f: Frame) => number;
  readonly kw: readonly string[] | null;
}

/** A table of builders, one per kind of the node union `U`. */
export type Builders<U extends { readonly k: string }, R> = {
  readonly [K in U['k']]: (n: Extract<U, { readonly k: K }>, b: ClosureBackend) => R;
};

export class ClosureBackend {
  readonly heap;

  constructor(readonly interp: Interpreter) {
    this.heap = interp.heap;
  }

  expr(e: Expr): Ev {
    return (EXPRS[e.k] as (n: Expr, b: ClosureBackend) => Ev)(e, this);
  }

  stmt(s: Stmt): Ex {
    return (STMTS[s.k] as (n: Stmt, b: ClosureBackend) => Ex)(s, this);
  }

  store(t: Store): StoreFn {
    return (STORES[t.k] as (n: Store, b: ClosureBackend) => StoreFn)(t, this);
  }

  del(t: Del): DelFn {
    return (DELS[t.k] as (n: Del, b: ClosureBackend) => DelFn)(t, this);
  }

  /** An expression's truth, the value released once tested. */
  cond(e: Expr): (f: Frame) => boolean {
    return condition(this, e);
  }

  call(c: Call): CallSetup {
    return callSetup(this, c);
  }
}
