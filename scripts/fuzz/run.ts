/**
 * One fuzz run: generate programs, run each under python3 (batched) and Heapscope (in-process),
 * compare, shrink every divergence, and group the shrunk programs into kinds.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { divergence, lastLine, normalize, pythonClean, type Category } from './compare';
import { generateProgram, type Program } from './generate';
import { loadHeapscope, runHeapscope, type HeapscopeResult } from './heapscope';
import { kindOf } from './kinds';
import { PythonDriver, pythonProblem, runPythonFiles, scratchDir, type RunResult } from './python';
import { shrink } from './shrink';

export interface FuzzOptions {
  readonly count: number;
  readonly seed: number;
  /** Shrink at most this many divergences (the others are reported unshrunk). */
  readonly maxShrink?: number;
  /** Oracle calls allowed per shrink. */
  readonly shrinkTries?: number;
  /** Programs also run as `python3 file.py` to check the batched driver. */
  readonly verify?: number;
  /** Progress lines (stderr in the CLI). */
  readonly log?: (line: string) => void;
}

export interface Divergence {
  readonly seed: number;
  readonly index: number;
  readonly category: Category;
  readonly original: string;
  /** The shrunk program (the original when it was not shrunk). */
  readonly source: string;
  readonly shrunk: boolean;
  readonly python: RunResult;
  readonly heapscope: HeapscopeResult;
  /** Programs with the same kind show the same problem (see kinds.ts). */
  readonly kind: string;
}

export interface FuzzResult {
  /** Why nothing ran (python3 missing or not 3.11), else null. */
  readonly skipped: string | null;
  readonly programs: number;
  readonly divergences: Divergence[];
  /** Programs python3 itself did not run cleanly: generator bugs, not compared. */
  readonly invalid: { index: number; reason: string }[];
  /** How python3 ran: one driver process for all programs, or `python3 file.py` each. */
  readonly mode: 'batched' | 'per-file';
  /** Programs on which the driver's output was checked against `python3 file.py`. */
  readonly verified: number;
  readonly seconds: number;
}

type Runner = (programs: readonly { path: string; src: string }[]) => Promise<RunResult[]>;

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Checks the batched driver against `python3 file.py` on a few programs. */
async function driverAgrees(
  driver: PythonDriver,
  sample: readonly { path: string; src: string }[],
  log: (line: string) => void,
): Promise<boolean> {
  const [batched, direct] = await Promise.all([
    Promise.all(sample.map((p) => driver.run(p.path, p.src))),
    runPythonFiles(sample, 2),
  ]);
  for (let i = 0; i < sample.length; i++) {
    const b = batched[i]!;
    const d = direct[i]!;
    const same =
      normalize(b.stdout) === normalize(d.stdout) &&
      b.status === d.status &&
      lastLine(b.stderr) === lastLine(d.stderr);
    if (!same) {
      log(
        `fuzz: batched python differs from python3 ${sample[i]!.path}; running one file at a time`,
      );
      return false;
    }
  }
  return true;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const seconds = () => (performance.now() - started) / 1000;
  const problem = pythonProblem();
  if (problem) {
    return {
      skipped: problem,
      programs: 0,
      divergences: [],
      invalid: [],
      mode: 'batched',
      verified: 0,
      seconds: 0,
    };
  }
  await loadHeapscope();
  const dir = scratchDir();
  const driver = new PythonDriver();
  try {
    const programs: Program[] = [];
    for (let i = 0; i < options.count; i++) programs.push(generateProgram(options.seed, i));
    const jobs = programs.map((p) => ({
      path: join(dir, `fuzz_${p.seed}_${p.index}.py`),
      src: p.source,
    }));

    const sample = jobs.slice(0, Math.min(options.verify ?? 8, jobs.length));
    const batched = sample.length === 0 || (await driverAgrees(driver, sample, log));
    const runPython: Runner = batched
      ? (list) => Promise.all(list.map((j) => driver.run(j.path, j.src)))
      : (list) => runPythonFiles(list, 2);

    // python3 works through the queue while Heapscope runs here; yielding lets its replies in.
    const pythonDone = runPython(jobs);
    const hsResults: HeapscopeResult[] = [];
    for (const j of jobs) {
      hsResults.push(runHeapscope(j.src, j.path));
      await yieldToIo();
    }
    const pyResults = await pythonDone;
    const suspects = await Promise.all(jobs.map((j) => driver.uncomparedRefcount(j.path, j.src)));
    log(`fuzz: ran ${jobs.length} programs in ${seconds().toFixed(1)} s`);

    const invalid: FuzzResult['invalid'] = [];
    const found: { index: number; category: Category }[] = [];
    programs.forEach((p, i) => {
      const py = pyResults[i]!;
      const suspect = suspects[i];
      if (!pythonClean(py) || suspect) {
        const reason = suspect
          ? `prints the refcount of a ${suspect}, which is not compared`
          : py.exit
            ? 'prints at interpreter exit'
            : lastLine(py.stderr);
        invalid.push({ index: p.index, reason });
        return;
      }
      const category = divergence(py, hsResults[i]!);
      if (category) found.push({ index: i, category });
    });

    const divergences: Divergence[] = [];
    const maxShrink = options.maxShrink ?? Infinity;
    for (const [n, { index, category }] of found.entries()) {
      const job = jobs[index]!;
      let source = job.src;
      if (n < maxShrink) {
        // A candidate must stay a program whose output the spec compares, and still diverge.
        const oracle = async (candidate: string) => {
          const python = runPython([{ path: job.path, src: candidate }]);
          const heapscope = runHeapscope(candidate, job.path);
          const [py] = await python;
          if (!pythonClean(py!) || divergence(py!, heapscope) !== category) return false;
          return (await driver.uncomparedRefcount(job.path, candidate)) === null;
        };
        const t0 = performance.now();
        const shrunk = await shrink(job.src, oracle, options.shrinkTries);
        source = shrunk.source;
        const took = ((performance.now() - t0) / 1000).toFixed(1);
        const size = source.split('\n').length - 1;
        log(`fuzz: shrank program ${index} to ${size} lines (${shrunk.tries} tries, ${took} s)`);
      }
      const [python] = await runPython([{ path: job.path, src: source }]);
      const heapscope = runHeapscope(source, job.path);
      divergences.push({
        seed: options.seed,
        index,
        category,
        original: job.src,
        source,
        shrunk: n < maxShrink,
        python: python!,
        heapscope,
        kind: kindOf(category, source, python!, heapscope, n < maxShrink),
      });
    }
    return {
      skipped: null,
      programs: programs.length,
      divergences,
      invalid,
      mode: batched ? 'batched' : 'per-file',
      verified: sample.length,
      seconds: seconds(),
    };
  } finally {
    driver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
