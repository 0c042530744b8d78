/**
 * `heapscope run FILE.py [--profile 2.7|3.11|3.12]`: runs a script on the simulated heap and
 * prints what `python3 FILE.py` prints; an uncaught exception exits with status 1.
 */
import { readFileSync } from 'node:fs';
import { isProfileName, type ProfileName } from '../engine';
import { Interpreter } from '../python/interpreter';
import { decodeSourceFile } from '../python/sourceFile';

export interface ScriptResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** Runs source as `python3 file` would, collecting its output. */
export function runScript(
  source: string,
  file: string,
  profile: ProfileName = '3.11',
): ScriptResult {
  let stdout = '';
  let stderr = '';
  const interp = new Interpreter({
    profile,
    recordEvents: false,
    trackLive: false,
    sink: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  const result = interp.run(source, 'exec', file);
  interp.finalizeAtExit();
  return { stdout, stderr, status: result.ok ? 0 : 1 };
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

const USAGE = 'usage: heapscope run FILE.py [--profile 2.7|3.11|3.12]\n';

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'run') {
    process.stderr.write(USAGE);
    return 2;
  }
  let profile: ProfileName = '3.11';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--profile') {
      const p = rest[++i] ?? '';
      if (!isProfileName(p)) {
        process.stderr.write(`heapscope: unknown profile '${p}' (use 2.7, 3.11 or 3.12)\n`);
        return 2;
      }
      profile = p;
    } else files.push(a);
  }
  if (files.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  let source: Uint8Array;
  try {
    source = readFileSync(files[0]!);
  } catch {
    process.stderr.write(
      `heapscope: can't open file '${files[0]}': [Errno 2] No such file or directory\n`,
    );
    return 2;
  }
  const r = runScriptBytes(source, files[0]!, profile);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.status;
}
