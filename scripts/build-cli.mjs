#!/usr/bin/env node
// `npm run build:cli`: the command line's prebuilt bundles in dist-cli/, which bin/heapscope.mjs
// runs with nothing else on its path (no esbuild, no look at the sources). `npm ci` and
// `npm install` build them (the `prepare` script), and so does `npm test` before its unit tests.
//   dist-cli/heapscope.mjs          the main thread: arguments, the file, Ctrl-C (src/cli/bin.ts)
//   dist-cli/heapscope-worker.mjs   the program's thread: the interpreter (src/cli/workerBin.ts)
// Both start with a hash of every file they were built from (esbuild's metafile lists them) and of
// this script (the options) and tsconfig.json: scripts/build-cli.test.ts recomputes it and fails
// when the bundles are older than the sources. esbuild options as scripts/run-bundled.mjs's.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(root, 'dist-cli');
export const CLI_BUNDLES = ['heapscope.mjs', 'heapscope-worker.mjs'].map((f) => join(CLI_DIR, f));

const HASH_LINE = /^\/\/ heapscope command line, built from sources sha256:([0-9a-f]{64})\b/;

async function bundle() {
  // esbuild is loaded only here: the command line itself never loads it.
  const { build } = await import('esbuild');
  return build({
    absWorkingDir: root,
    entryPoints: {
      heapscope: 'src/cli/bin.ts',
      'heapscope-worker': 'src/cli/workerBin.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    tsconfig: join(root, 'tsconfig.json'),
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'error',
  });
}

/** sha256 of every input file (path and content) of the build, of tsconfig.json and of this file. */
function sourceHash(metafile) {
  const files = [...Object.keys(metafile.inputs), 'tsconfig.json', 'scripts/build-cli.mjs'].sort();
  const sha256 = (data) => createHash('sha256').update(data).digest('hex');
  return sha256(files.map((f) => `${f} ${sha256(readFileSync(join(root, f)))}\n`).join(''));
}

/** The hash the bundles would carry if they were built now (bundles in memory, writes nothing). */
export async function currentSourceHash() {
  return sourceHash((await bundle()).metafile);
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
  const result = await bundle();
  const hash = sourceHash(result.metafile);
  mkdirSync(CLI_DIR, { recursive: true });
  const banner =
    `// heapscope command line, built from sources sha256:${hash}\n` +
    `// by scripts/build-cli.mjs (npm run build:cli): do not edit.\n`;
  // The worker's bundle first: once heapscope.mjs is there, the bundle it starts is too.
  const outputs = [...result.outputFiles].sort(
    (a, b) => CLI_BUNDLES.indexOf(b.path) - CLI_BUNDLES.indexOf(a.path),
  );
  for (const { path, text } of outputs) {
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, banner + text);
    renameSync(partial, path);
  }
  return { hash, files: outputs.map((o) => basename(o.path)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { hash, files } = await buildCli();
  console.log(`dist-cli/: ${files.join(', ')} (sources sha256:${hash.slice(0, 12)})`);
}
