/**
 * The resumable form of a generator function's body (ir/generators.ts): JavaScript generator
 * functions made by resumable.ts's builders from the closures of the plain parts. A statement
 * without a `yield` is the ordinary closure (the backend's `stmt`), called directly.
 */
import type { GenEx } from '../frame';
import {
  genBlock,
  genDiscard,
  genFor,
  genIf,
  genStore,
  genTry,
  genWhile,
  genWith,
  genYield,
  genYieldFrom,
  genYieldOfYield,
  type GenEv,
} from '../resumable';
import type { GeneratorBody, ResumableStmt, YieldExpr } from '../ir/generators';
import type { Builders, ClosureBackend } from './backend';
import { exceptClause, withClosures } from './control';

/** A generator function's body as it runs: the CodeUnit's `resumable`. */
export function resumableOf(b: ClosureBackend, body: GeneratorBody): GenEx {
  const steps = body.steps.map((step) =>
    step.k === 'plain'
      ? { line: step.line, plain: b.stmt(step.stmt), resumable: null }
      : { line: step.line, plain: null, resumable: resumableStmt(b, step.stmt) },
  );
  return genBlock(b.interp, steps);
}

function resumableStmt(b: ClosureBackend, s: ResumableStmt): GenEx {
  return (RESUMABLE_STMTS[s.k] as (n: ResumableStmt, b: ClosureBackend) => GenEx)(s, b);
}

function yieldOf(b: ClosureBackend, e: YieldExpr): GenEv {
  return (YIELD_EXPRS[e.k] as (n: YieldExpr, b: ClosureBackend) => GenEv)(e, b);
}

const RESUMABLE_STMTS: Builders<ResumableStmt, GenEx> = {
  yieldStmt: (n, b) => genDiscard(b.interp, yieldOf(b, n.value)),
  storeYield: (n, b) =>
    genStore(
      b.interp,
      yieldOf(b, n.value),
      n.targets.map((t) => b.store(t)),
    ),
  genIf: (n, b) =>
    genIf(
      n.branches.map((branch) => ({
        test: branch.test ? b.cond(branch.test) : null,
        body: resumableOf(b, branch.body),
      })),
    ),
  genWhile: (n, b) =>
    genWhile(b.cond(n.test), resumableOf(b, n.body), n.orelse ? resumableOf(b, n.orelse) : null),
  genFor: (n, b) =>
    genFor(
      b.interp,
      b.store(n.target),
      b.expr(n.iterable),
      resumableOf(b, n.body),
      n.orelse ? resumableOf(b, n.orelse) : null,
      n.line,
    ),
  genTry: (n, b) =>
    genTry(
      b.interp,
      resumableOf(b, n.body),
      n.handlers.map((h) => ({ ...exceptClause(b, h), body: resumableOf(b, h.body) })),
      n.orelse ? resumableOf(b, n.orelse) : null,
      n.final ? resumableOf(b, n.final) : null,
    ),
  genWith: (n, b) => {
    // One manager inside the other: the first item's is the outermost.
    const items = n.items.map((item) => withClosures(b, item));
    let body = resumableOf(b, n.body);
    for (let k = items.length - 1; k >= 0; k--) body = genWith(b.interp, items[k]!, body);
    return body;
  },
};

const YIELD_EXPRS: Builders<YieldExpr, GenEv> = {
  yield: (n, b) => genYield(b.interp, n.value ? b.expr(n.value) : null),
  yieldFrom: (n, b) => genYieldFrom(b.interp, b.expr(n.iterable)),
  yieldOfYield: (n, b) => genYieldOfYield(yieldOf(b, n.inner)),
};
