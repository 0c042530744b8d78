/** Running a program on Heapscope in-process, through the CLI's core (`runScript`). */
import { runScript } from '../../src/cli/main';

export interface HeapscopeResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
  /** The JavaScript exception, when the simulator itself threw. */
  readonly crash: string | null;
}

export function runHeapscope(source: string, path: string): HeapscopeResult {
  try {
    return { ...runScript(source, path), crash: null };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const where = err.stack?.split('\n')[1]?.trim() ?? '';
    return { stdout: '', stderr: '', status: -1, crash: `${err.name}: ${err.message} ${where}` };
  }
}
