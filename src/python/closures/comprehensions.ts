/**
 * Closures of comprehensions and generator expressions (ir/comprehensions.ts): the nested code
 * unit's body (comprehensions.ts, or resumable.ts for a generator expression), the function made
 * from it, and the call that runs it with the first iterator.
 */
import { frameBytesFor, WARMUP_START, type CodeUnit, type Ev, type Ex, type GenEx } from '../frame';
import { callComprehension, comprehensionBody, type Clause } from '../comprehensions';
import { lateCore } from '../lateCore';
import type { ComprehensionCode, ComprehensionExpr } from '../ir/comprehensions';
import type { Builders, ClosureBackend } from './backend';
import { notRunDirectly } from './codeUnits';
import { closureTuple, functionMaker } from './functions';

export const COMPREHENSION_EXPRS: Builders<ComprehensionExpr, Ev> = {
  comprehension: (n, b) => {
    const firstIterable = b.expr(n.firstIterable);
    const code = codeUnit(b, n.code);
    // Its warm-up count outlives the functions made from it: the interpreter keeps it in view.
    b.interp.functionCode.push(code);
    // MAKE_FUNCTION without defaults or annotations; its closure tuple when it has free variables.
    const closure = n.closure ? closureTuple(b, n.closure) : null;
    const make = functionMaker(b, code, n.code.qualname, null, null, closure, null);
    return callComprehension(b.interp, make, firstIterable);
  },
};

/** The comprehension's code unit, its body built from the clauses and the element. */
function codeUnit(b: ClosureBackend, c: ComprehensionCode): CodeUnit {
  const interp = b.interp;
  const clauses = c.clauses.map((clause): Clause =>
    clause.k === 'ifClause'
      ? { kind: 'if', test: b.cond(clause.test), line: clause.line }
      : {
          kind: 'for',
          target: b.store(clause.target),
          iter: clause.iter ? b.expr(clause.iter) : null,
          line: clause.line,
        },
  );
  const element = c.element.map((e) => b.expr(e));
  const lines = c.elementLines;
  let resumable: GenEx | undefined;
  let body: Ex;
  if (c.kind === 'generator') {
    resumable = lateCore(interp).genexpBody(interp, clauses, element[0]!, lines[0]!);
    body = notRunDirectly;
  } else body = comprehensionBody(interp, c.kind, clauses, element, lines);
  return {
    name: c.name,
    file: c.file,
    kind: 'function',
    localNames: c.localNames,
    paramCount: 1,
    firstLine: c.firstLine,
    lines: c.lines,
    warmup: WARMUP_START,
    stackBytes: c.stackBytes,
    frameBytes: frameBytesFor(c.localNames.length),
    cellSlots: c.cellSlots,
    freeStart: c.freeStart,
    consts: c.consts,
    body,
    ...(resumable ? { resumable } : {}),
  };
}
