/**
 * Running a program on Heapscope in-process, through the CLI's core (`runScript`). The simulator
 * is loaded from the esbuild bundle that scripts/run-bundled.mjs makes (and rebuilds when a source
 * changes), as the conformance and bench scripts do: under tsx it runs several times slower.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScriptResult } from '../../src/cli/main';

export interface HeapscopeResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
  /** The JavaScript exception, when the simulator itself threw. */
  readonly crash: string | null;
}

type RunScript = (source: string, file: string) => ScriptResult;
let runScript: RunScript | null = null;

/** Loads the simulator; call (and await) once before runHeapscope. */
export async function loadHeapscope(): Promise<void> {
  if (runScript) return;
  const main = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts');
  try {
    const runBundled = pathToFileURL(join(import.meta.dirname, '..', 'run-bundled.mjs')).href;
    const { bundle } = (await import(runBundled)) as { bundle(entry: string): Promise<string> };
    const built = await bundle(main);
    runScript = ((await import(pathToFileURL(built).href)) as { runScript: RunScript }).runScript;
  } catch {
    runScript = (await import('../../src/cli/main')).runScript;
  }
}

export function runHeapscope(source: string, path: string): HeapscopeResult {
  if (!runScript) throw new Error('runHeapscope: call loadHeapscope() first');
  try {
    return { ...runScript(source, path), crash: null };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const where = err.stack?.split('\n')[1]?.trim() ?? '';
    return { stdout: '', stderr: '', status: -1, crash: `${err.name}: ${err.message} ${where}` };
  }
}
