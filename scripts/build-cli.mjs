#!/usr/bin/env node
// `npm run build:cli`: the command line's prebuilt bundles in dist-cli/, which bin/heapscope.mjs
// runs with nothing else on its path (no esbuild, no look at the sources). `npm ci` and
// `npm install` build them (the `prepare` script), and so does `npm test` before its unit tests.
//   heapscope.mjs          the main thread: arguments, the file, Ctrl-C (src/cli/bin.ts)
//   heapscope-worker.cjs   the program's thread (src/cli/workerBin.ts), which runs
//   heapscope-program.cjs  the interpreter (src/cli/programBin.ts, @lezer/python included) with
//                          V8's code cache, heapscope-program.cjs.v8cache (src/cli/codeCache.ts)
// The two are scripts, not ES modules: a worker starts sooner from a script, and Node 20 caches
// no ES module's code. Each bundle starts with a hash of every file it was built from (esbuild's
// metafile lists them), of this script (the options) and of tsconfig.json:
// scripts/build-cli.test.ts recomputes it and fails when the bundles are older than the sources.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(root, 'dist-cli');
export const CLI_BUNDLES = ['heapscope.mjs', 'heapscope-worker.cjs', 'heapscope-program.cjs'].map(
  (f) => join(CLI_DIR, f),
);

const HASH_LINE = /^\/\/ heapscope command line, built from sources sha256:([0-9a-f]{64})\b/;

async function bundle() {
  // esbuild is loaded only here: the command line itself never loads it.
  const { build } = await import('esbuild');
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    outdir: CLI_DIR,
    tsconfig: join(root, 'tsconfig.json'),
    metafile: true,
    write: false,
    logLevel: 'error',
  };
  const main = build({
    ...common,
    entryPoints: { heapscope: 'src/cli/bin.ts' },
    format: 'esm',
    outExtension: { '.js': '.mjs' },
  });
  // The interpreter's bundle holds everything, packages too: all of it is in the code cache.
  const worker = build({
    ...common,
    entryPoints: {
      'heapscope-worker': 'src/cli/workerBin.ts',
      'heapscope-program': 'src/cli/programBin.ts',
    },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  });
  const results = await Promise.all([main, worker]);
  return {
    outputFiles: results.flatMap((r) => r.outputFiles),
    inputs: results.flatMap((r) => Object.keys(r.metafile.inputs)),
  };
}

/** sha256 of every input file (path and content) of the build, of tsconfig.json and of this file. */
function sourceHash(inputs) {
  const files = [...new Set([...inputs, 'tsconfig.json', 'scripts/build-cli.mjs'])];
  const sha256 = (data) => createHash('sha256').update(data).digest('hex');
  // A package's path from its node_modules/ on: checkouts that link one node_modules agree.
  const name = (file) => file.replace(/^.*\bnode_modules\//, 'node_modules/');
  const lines = files.map((f) => `${name(f)} ${sha256(readFileSync(join(root, f)))}\n`);
  return sha256(lines.sort().join(''));
}

/** The hash the bundles would carry if they were built now (bundles in memory, writes nothing). */
export async function currentSourceHash() {
  return sourceHash((await bundle()).inputs);
}

/** The hash a built bundle carries; null when it is missing or has none. */
export function builtSourceHash(file = CLI_BUNDLES[0]) {
  let head;
  try {
    head = readFileSync(file, 'utf8').slice(0, 200);
  } catch {
    return null;
  }
  return HASH_LINE.exec(head)?.[1] ?? null;
}

/** Builds dist-cli/. Each file is written whole then renamed: a run never reads half a bundle. */
export async function buildCli() {
  const { outputFiles, inputs } = await bundle();
  const hash = sourceHash(inputs);
  mkdirSync(CLI_DIR, { recursive: true });
  const banner =
    `// heapscope command line, built from sources sha256:${hash}\n` +
    `// by scripts/build-cli.mjs (npm run build:cli): do not edit.\n`;
  // heapscope.mjs last: once it is there, what it starts is too.
  const outputs = [...outputFiles].sort(
    (a, b) => CLI_BUNDLES.indexOf(b.path) - CLI_BUNDLES.indexOf(a.path),
  );
  for (const { path, text } of outputs) {
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, banner + text);
    renameSync(partial, path);
  }
  // Nothing else stays: not the code cache of the bundle before (its first run makes the new one).
  const files = outputs.map((o) => basename(o.path));
  for (const name of readdirSync(CLI_DIR))
    if (!files.includes(name)) rmSync(join(CLI_DIR, name), { force: true });
  return { hash, files };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { hash, files } = await buildCli();
  console.log(`dist-cli/: ${files.join(', ')} (sources sha256:${hash.slice(0, 12)})`);
}
