/**
 * V8's full garbage collection, which `node --expose-gc` would give, made available at run time:
 * the benchmarks call it before each timed part, so that a run does not pay for collecting the
 * garbage the run before it left (a 10^6-object heap is half a second of marking).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

export function fullGc(): void {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
