/**
 * `npm run fuzz -- --count N --seed S [--max-report K] [--max-shrink M] [--verify V]
 *  [--program I]`: differential fuzzing of Heapscope against python3 (CPython 3.11). Random
 * programs that stress reference semantics run under both; every divergence is shrunk, the
 * divergences are grouped into kinds, and the first program of each kind (at most K kinds, most
 * frequent first) is reported with both outputs, then every divergent program by kind and the
 * summary line. Exits 1 if any program diverged; skips (exit 0) without python3 3.11.
 *
 *   --count N       programs to run (200)        --seed S        run seed (1)
 *   --max-report K  kinds shown in full (10)     --max-shrink M  shrink only the first M
 *   --verify V      programs also run as `python3 file.py` to check the batched driver (8)
 *   --program I     print program I of seed S and exit
 */
import { generateProgram } from './fuzz/generate';
import { formatReport } from './fuzz/report';
import { runFuzz } from './fuzz/run';

interface Args {
  count: number;
  seed: number;
  maxReport: number;
  maxShrink: number;
  verify: number;
  program: number | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    count: 200,
    seed: 1,
    maxReport: 10,
    maxShrink: Infinity,
    verify: 8,
    program: null,
  };
  const flags: Record<string, keyof Args> = {
    '--count': 'count',
    '--seed': 'seed',
    '--max-report': 'maxReport',
    '--max-shrink': 'maxShrink',
    '--verify': 'verify',
    '--program': 'program',
  };
  for (let i = 0; i < argv.length; i++) {
    const key = flags[argv[i]!];
    const value = Number(argv[i + 1]);
    if (!key || !Number.isInteger(value) || value < 0) {
      throw new Error(
        `usage: fuzz [--count N] [--seed S] [--max-report K] [--max-shrink M] ` +
          `[--verify V] [--program I]  (bad argument '${argv[i]}')`,
      );
    }
    args[key] = value as never;
    i++;
  }
  return args;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (args.program !== null) {
    process.stdout.write(generateProgram(args.seed, args.program).source);
    return 0;
  }
  const result = await runFuzz({
    count: args.count,
    seed: args.seed,
    maxShrink: args.maxShrink,
    verify: args.verify,
    log: (line) => console.error(line),
  });
  if (result.skipped) {
    console.log(`fuzz: skipped (${result.skipped})`);
    return 0;
  }
  console.log(formatReport(result, args.seed, args.maxReport));
  return result.divergences.length ? 1 : 0;
}

process.exitCode = await main();
