/** A module's code unit: its body's closures, run once. */
import { frameBytesFor, WARMUP_START, type CodeUnit } from '../frame';
import type { ModuleCode } from '../ir/nodes';
import type { ClosureBackend } from './backend';

export function moduleUnit(b: ClosureBackend, code: ModuleCode): CodeUnit {
  const run = b.stmt(code.body);
  const { consts, pool } = code;
  return {
    name: '<module>',
    file: code.file,
    kind: 'module',
    localNames: [],
    paramCount: 0,
    firstLine: 1,
    lines: code.lines,
    warmup: WARMUP_START,
    stackBytes: code.stackBytes,
    frameBytes: frameBytesFor(0),
    // The module's code object owns its constants until it finishes running; then the parse
    // tree goes (pyrun_file frees it after run_mod).
    body: (f) => {
      f.code.warmup++;
      try {
        return run(f);
      } finally {
        consts.release();
        pool.release();
      }
    },
  };
}
