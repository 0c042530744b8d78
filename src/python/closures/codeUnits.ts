/** The code object of a nested code unit (ir/functions.ts's NestedCode), made once. */
import { frameBytesFor, WARMUP_START, type CodeUnit, type Ex } from '../frame';
import type { NestedCode } from '../ir/functions';
import type { ClosureBackend } from './backend';
import { lateCore } from '../lateCore';

/** The ordinary body of a generator function is never run: calling it makes a generator. */
export const notRunDirectly: Ex = () => {
  throw new Error('a generator body was run as a plain function body');
};

/**
 * frame.ts's CodeUnit of `code`: its body's closures built, its warm-up count at the start. The
 * functions (or the class) made from it share it.
 */
export function codeUnitOf(b: ClosureBackend, code: NestedCode): CodeUnit {
  const run = code.body;
  const body = run.k === 'plainBody' ? b.stmt(run.body) : notRunDirectly;
  const resumable =
    run.k === 'generatorBody' ? lateCore(b.interp).resumableOf(b, run.body) : undefined;
  return {
    name: code.name,
    file: code.file,
    kind: code.kind,
    localNames: code.localNames,
    paramCount: code.paramCount,
    signature: code.signature,
    firstLine: code.firstLine,
    lines: code.lines,
    warmup: WARMUP_START,
    stackBytes: code.stackBytes,
    frameBytes: frameBytesFor(code.localNames.length),
    cellSlots: code.cellSlots,
    freeStart: code.freeStart,
    doc: code.doc,
    consts: code.consts,
    body,
    ...(resumable ? { resumable } : {}),
  };
}
