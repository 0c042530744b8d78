/**
 * A script run in this thread as `heapscope run` runs it (commandLine.ts, in a worker thread):
 * the conformance suite, the fuzzer and tests call it.
 */
import type { ProfileName } from '../engine';
import { defaultMemoryLimit } from './memory';
import { runProgram } from './program';
import { decodeSourceFile } from '../python/sourceFile';

export interface ScriptResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/**
 * Runs source as `python3 file` would, in this thread, collecting its output (the conformance
 * suite and tests use it). No time budget; the command line's default memory budget.
 */
export function runScript(
  source: string,
  file: string,
  profile: ProfileName = '3.11',
): ScriptResult {
  let stdout = '';
  let stderr = '';
  const status = runProgram(source, file, {
    profile,
    limits: { timeMs: Infinity, memoryBytes: defaultMemoryLimit() },
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  return { stdout, stderr, status };
}

/** Runs a file's bytes as `python3 FILE.py` reads them (BOM, coding declaration, NUL, UTF-8). */
export function runScriptBytes(
  bytes: Uint8Array,
  file: string,
  profile: ProfileName = '3.11',
): ScriptResult {
  const decoded = decodeSourceFile(bytes, file);
  if (!decoded.ok) return { stdout: '', stderr: decoded.report, status: 1 };
  return runScript(decoded.text, file, profile);
}
