#!/usr/bin/env node
// Runs a TypeScript entry point as one esbuild bundle: the same optimised code the browser gets.
// (tsx keeps function names by wrapping every closure it creates, which slows the interpreter's
// hot paths several times over.) Bundles are cached under node_modules/.cache/heapscope and
// rebuilt when any source file is newer. A bundle's name carries the checkout's path: checkouts that
// share one node_modules (git worktrees linking it) never run each other's bundles.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Bundles `entry` (a .ts file) if needed and returns the bundle's path. */
export async function bundle(entry) {
  const source = resolve(entry);
  const cacheDir = join(root, 'node_modules', '.cache', 'heapscope');
  mkdirSync(cacheDir, { recursive: true });
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const out = join(
    cacheDir,
    `${checkout}-${relative(root, source).replace(/[\\/]/g, '_').replace(/\.ts$/, '.mjs')}`,
  );
  let built;
  try {
    built = statSync(out).mtimeMs;
  } catch {
    built = 0;
  }
  const newest = Math.max(
    newestSource(join(root, 'src')),
    newestSource(join(root, 'scripts')),
    statSync(join(root, 'tsconfig.json')).mtimeMs,
  );
  if (built < newest) {
    // esbuild is loaded only to build: a run of an up-to-date bundle does not pay its start-up.
    const { build } = await import('esbuild');
    await build({
      entryPoints: [source],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      tsconfig: join(root, 'tsconfig.json'),
      packages: 'external',
      // Bundled code lives in the cache: keep import.meta.dirname pointing at the source folder.
      define: { 'import.meta.dirname': JSON.stringify(dirname(source)) },
      logLevel: 'error',
    });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [entry, ...args] = process.argv.slice(2);
  const out = await bundle(entry);
  process.argv = [process.argv[0], out, ...args];
  await import(pathToFileURL(out).href);
}
