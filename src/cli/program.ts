/**
 * A script run as `python3 FILE.py` runs it: the module, then what CPython does at exit (atexit
 * finalizers, the last collections, `__del__` of what is left), with the exit status python3
 * gives. Nothing escapes as a JavaScript error: a bug of Heapscope's is reported once, plainly.
 *
 * Exit status: 0, or 1 after an uncaught exception (MemoryError and RecursionError included) or
 * an internal error; what an uncaught SystemExit asks for (sys.exit(2): 2); 130 after an uncaught KeyboardInterrupt (as CPython, which ends by SIGINT);
 * 124 when the time budget (--timeout) stopped the program, as timeout(1) reports it.
 */
import type { ProfileName } from '../engine';
import { formatSeconds, type Limits } from '../python/budget';
import { Interpreter } from '../python/interpreter';
import '../python/withStandardLibrary';
import { EXIT_INTERRUPTED, EXIT_TIMEOUT, INTERNAL, internalError } from './status';

export interface ProgramOptions {
  readonly profile: ProfileName;
  readonly limits: Limits;
  /** Where the program's output goes, as it is printed. */
  readonly write: (stream: 'stdout' | 'stderr', text: string) => void;
  /** Called about every 100 ms while the program runs (the streamed output is flushed there). */
  readonly onProgress?: () => void;
  /** Ctrl-C: true asks for a KeyboardInterrupt. */
  readonly interruptRequested?: () => boolean;
}

/** "Heapscope stopped this program after 5 s (--timeout)." */
function timeLimitMessage(limits: Limits): string {
  return `Heapscope stopped this program after ${formatSeconds(limits.timeMs)} (--timeout).`;
}

/** Runs the program to its end and returns the exit status. */
export function runProgram(source: string, file: string, options: ProgramOptions): number {
  const { write } = options;
  let interp: Interpreter;
  try {
    interp = new Interpreter({
      profile: options.profile,
      recordEvents: false,
      trackLive: false,
      limits: options.limits,
      onProgress: options.onProgress,
      interruptRequested: options.interruptRequested,
      timeLimitMessage,
      sink: write,
    });
  } catch (e) {
    write('stderr', internalError(e));
    return 1;
  }
  const result = interp.run(source, 'exec', file);
  if (result.errorLine?.startsWith(INTERNAL)) return 1;
  const stoppedInRun = result.stopped?.reason === 'time';
  try {
    interp.finalizeAtExit();
  } catch (e) {
    write('stderr', internalError(e));
    return 1;
  }
  if (interp.budget.halted) {
    // The time budget ran out at exit (a __del__ that never ends): said once, after the output.
    if (!stoppedInRun) write('stderr', timeLimitMessage(interp.limits) + '\n');
    return EXIT_TIMEOUT;
  }
  if (result.exitStatus !== undefined) return result.exitStatus;
  if (result.ok) return 0;
  return result.errorLine === 'KeyboardInterrupt' ? EXIT_INTERRUPTED : 1;
}
