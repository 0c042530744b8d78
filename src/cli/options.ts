/**
 * The command line's arguments: `heapscope run FILE.py [--profile 2.7|3.11|3.12]
 * [--timeout SECONDS] [--max-memory SIZE]`. A long program runs as long as it needs unless a
 * timeout is given; memory is bounded by default (see `defaultMemoryLimit`).
 */
import { isProfileName, type ProfileName } from '../engine/profiles';

export interface CliOptions {
  readonly file: string;
  readonly profile: ProfileName;
  /** Wall-clock budget of the whole run, exit included; Infinity: none. */
  readonly timeMs: number;
  /** Simulated bytes (sys.getsizeof's measure); null: the default for this machine. */
  readonly memoryBytes: number | null;
}

export type Parsed = { readonly options: CliOptions } | { readonly error: string };

export const USAGE =
  'usage: heapscope run FILE.py [--profile 2.7|3.11|3.12] [--timeout SECONDS] [--max-memory SIZE]\n' +
  '  --timeout SECONDS   stop the program after this long (exit status 124); default: no limit\n' +
  '  --max-memory SIZE   MemoryError past this many bytes of Python objects (e.g. 512M, 2G);\n' +
  '                      default: what this machine can hold\n';

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command !== 'run') return { error: USAGE };
  let profile: ProfileName = '3.11';
  let timeMs = Infinity;
  let memoryBytes: number | null = null;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? a.split(/=(.*)/s) : [a, null];
    const value = (): string => inline ?? rest[++i] ?? '';
    if (flag === '--profile') {
      const p = value();
      if (!isProfileName(p))
        return { error: `heapscope: unknown profile '${p}' (use 2.7, 3.11 or 3.12)\n` };
      profile = p;
    } else if (flag === '--timeout') {
      const text = value();
      const seconds = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
      if (!(seconds > 0))
        return { error: `heapscope: --timeout wants a number of seconds, not '${text}'\n` };
      timeMs = seconds * 1000;
    } else if (flag === '--max-memory') {
      const text = value();
      const bytes = parseSize(text);
      if (bytes === null)
        return {
          error: `heapscope: --max-memory wants a size such as 512M or 2G, not '${text}'\n`,
        };
      memoryBytes = bytes;
    } else if (a.startsWith('--')) {
      return { error: `heapscope: unknown option '${a}'\n${USAGE}` };
    } else files.push(a);
  }
  if (files.length !== 1) return { error: USAGE };
  return { options: { file: files[0]!, profile, timeMs, memoryBytes } };
}

const UNITS: Record<string, number> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };

/** "512M", "2G", "1.5g", "1000000" (bytes), "64KB", "2GiB": a positive number of bytes, or null. */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) return null;
  const bytes = Math.floor(Number(m[1]) * UNITS[m[2]!.toUpperCase()]!);
  return bytes > 0 ? bytes : null;
}
