/**
 * Running programs under CPython. `PythonDriver` keeps one python3 process (driver.py) that runs
 * program after program in fresh globals, which costs about a millisecond each instead of the
 * ~20 ms a python3 start costs; `runPythonFiles` is the plain way (`python3 file.py`, two at a
 * time), used to check that the driver prints exactly what python3 prints and as the fallback.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
  /** What the program printed after its last line (driver only; '' for `python3 file.py`). */
  readonly exit: string;
}

const PYTHON_COMMAND = process.env.FUZZ_PYTHON ?? 'python3';
const DRIVER = join(import.meta.dirname, 'driver.py');

/**
 * The interpreter python3 runs, by its real path: `python3` is often a launcher script (pyenv's
 * shim takes ~150 ms a start), and `python3 file.py` is what it execs.
 */
let executable: string | null = null;

interface Probe {
  readonly version: string;
  readonly executable: string;
}

function probe(): Probe | null {
  const r = spawnSync(
    PYTHON_COMMAND,
    ['-c', 'import platform, sys; print(platform.python_version()); print(sys.executable)'],
    { encoding: 'utf8' },
  );
  if (r.error || r.status !== 0) return null;
  const [version, exe] = r.stdout.trim().split('\n');
  return version && exe ? { version, executable: exe } : null;
}

/** Why the fuzz cannot run here, or null when python3 is CPython 3.11 (then it is resolved). */
export function pythonProblem(): string | null {
  const p = probe();
  if (p === null) return `${PYTHON_COMMAND} not found`;
  if (!p.version.startsWith('3.11.')) return `${PYTHON_COMMAND} is Python ${p.version}, not 3.11`;
  executable = p.executable;
  return null;
}

function python(): string {
  return executable ?? PYTHON_COMMAND;
}

/** A scratch directory for program files (tracebacks name them; python3 runs them). */
export function scratchDir(): string {
  const dir = join(tmpdir(), `heapscope-fuzz-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

interface Reply extends RunResult {
  readonly id: number;
  readonly suspect: string | null;
}

/** One python3 process running many programs, each in fresh globals. */
export class PythonDriver {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<
    number,
    { resolve: (r: Reply) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;
  private buffered = '';
  private failure: Error | null = null;

  constructor() {
    this.child = spawn(python(), [DRIVER], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.onData(chunk));
    let stderr = '';
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (stderr += chunk));
    this.child.on('error', (e) => this.fail(e));
    this.child.on('exit', (code) => {
      if (this.pending.size) this.fail(new Error(`python driver exited (${code}): ${stderr}`));
    });
  }

  private onData(chunk: string): void {
    this.buffered += chunk;
    let nl: number;
    while ((nl = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, nl);
      this.buffered = this.buffered.slice(nl + 1);
      const reply = JSON.parse(line) as Reply;
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiter?.resolve(reply);
    }
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const w of this.pending.values()) w.reject(e);
    this.pending.clear();
  }

  private request(path: string, src: string, probe: boolean): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(JSON.stringify({ id, path, src, probe }) + '\n');
    });
  }

  /** Queues a program; the promise settles when python3 has run it. */
  async run(path: string, src: string): Promise<RunResult> {
    const r = await this.request(path, src, false);
    return { stdout: r.stdout, stderr: r.stderr, status: r.status, exit: r.exit };
  }

  /**
   * Runs the program with sys.getrefcount recording its arguments: the type of the first one
   * whose count the spec does not compare (int, str, None, a class...), or null.
   */
  async uncomparedRefcount(path: string, src: string): Promise<string | null> {
    return (await this.request(path, src, true)).suspect;
  }

  close(): void {
    this.child.stdin.end();
  }
}

function runFile(path: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(python(), [path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, status: code ?? 1, exit: '' }));
  });
}

/** `python3 file.py` for each program, `parallel` at a time, results in input order. */
export async function runPythonFiles(
  programs: readonly { path: string; src: string }[],
  parallel = 2,
): Promise<RunResult[]> {
  const results: RunResult[] = new Array(programs.length);
  let next = 0;
  const worker = async () => {
    while (next < programs.length) {
      const i = next++;
      writeFileSync(programs[i]!.path, programs[i]!.src);
      results[i] = await runFile(programs[i]!.path);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, programs.length) }, worker));
  return results;
}
