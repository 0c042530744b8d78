/**
 * A generator function's body, resumable at each `yield`. Its statements that hold no `yield` are
 * plain statements (nodes.ts); those that hold one are resumable: the same statement, run so that
 * a `yield` anywhere inside suspends the whole of it (the frame, its value stack and its blocks
 * kept as they are) until the generator is resumed. The lowering refuses a `yield` anywhere else
 * (a statement's header, inside a larger expression).
 */
import type { ExceptHandler, WithItem } from './control';
import type { Expr, Stmt, Store } from './nodes';

/** A block of a generator's body: each statement after its tick (the line, the budget). */
export interface GeneratorBody {
  readonly k: 'genBody';
  readonly steps: readonly GenStep[];
}

/** One statement of a resumable block: a plain one, or one that may suspend. */
export type GenStep =
  | { readonly k: 'plain'; readonly line: number; readonly stmt: Stmt }
  | { readonly k: 'resumable'; readonly line: number; readonly stmt: ResumableStmt };

/** A statement that holds a `yield`. */
export type ResumableStmt = YieldStmt | StoreYield | GenIf | GenWhile | GenFor | GenTry | GenWith;

/** An expression that may suspend: evaluating it gives a new reference, as an Expr's does. */
export type YieldExpr = Yield | YieldFrom | YieldOfYield;

/** `yield ...` as a statement: the value sent in is dropped (POP_TOP). */
export interface YieldStmt {
  readonly k: 'yieldStmt';
  readonly value: YieldExpr;
}

/**
 * `t1 = t2 = yield ...`: the value sent in is stored into each target from left to right, each
 * but the last taking a new reference of it (DUP_TOP), the last taking the value's own.
 */
export interface StoreYield {
  readonly k: 'storeYield';
  readonly value: YieldExpr;
  readonly targets: readonly Store[];
}

/** `if`/`elif`/`else` with resumable bodies: as If (nodes.ts). */
export interface GenIf {
  readonly k: 'genIf';
  readonly branches: readonly { readonly test: Expr | null; readonly body: GeneratorBody }[];
}

/** `while` with resumable bodies: as While (nodes.ts), each pass back a back-edge (warm-up). */
export interface GenWhile {
  readonly k: 'genWhile';
  readonly test: Expr;
  readonly body: GeneratorBody;
  readonly orelse: GeneratorBody | null;
}

/**
 * `for` with resumable bodies: as For (nodes.ts). The iterator stays on the frame's value stack
 * while the body runs, so a suspended generator holds it.
 */
export interface GenFor {
  readonly k: 'genFor';
  readonly target: Store;
  readonly iterable: Expr;
  readonly body: GeneratorBody;
  readonly orelse: GeneratorBody | null;
  readonly line: number;
}

/**
 * `try` with resumable parts: as Try (control.ts). An exception thrown into the generator at a
 * `yield` inside is handled as any other; the handled exception may have moved in the chain of
 * those being handled while suspended, so it leaves the chain from where it is.
 */
export interface GenTry {
  readonly k: 'genTry';
  readonly body: GeneratorBody;
  readonly handlers: readonly ExceptHandler<GeneratorBody>[];
  readonly orelse: GeneratorBody | null;
  readonly final: GeneratorBody | null;
}

/** `with` with a resumable body: as With (control.ts), one manager inside the other. */
export interface GenWith {
  readonly k: 'genWith';
  readonly items: readonly WithItem[];
  readonly body: GeneratorBody;
}

/**
 * `yield value` (None when `value` is null): YIELD_VALUE gives the value out as a new reference
 * (moved off the stack), then RESUME: the expression's value is the one sent in (a new reference;
 * None from next()), or the exception thrown in is raised here.
 */
export interface Yield {
  readonly k: 'yield';
  readonly value: Expr | null;
}

/**
 * `yield from iterable`: GET_YIELD_FROM_ITER (a generator is used as it is, anything else
 * iterated), then the SEND loop with the iterator on the value stack: values sent in go on to a
 * generator (a plain iterator only takes None), an exception thrown in goes on to a generator,
 * close() closes it first. The expression's value is the iterator's return value.
 */
export interface YieldFrom {
  readonly k: 'yieldFrom';
  readonly iterable: Expr;
}

/** `yield (yield x)`: the value sent to the inner `yield` is yielded again. */
export interface YieldOfYield {
  readonly k: 'yieldOfYield';
  readonly inner: YieldExpr;
}
