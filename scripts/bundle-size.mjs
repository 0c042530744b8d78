// The first load's size: what the built index.html makes the browser fetch before the first heap
// is drawn, gzipped. That is the page, its style sheets, its entry script with every module it
// imports statically (transitively), and the interpreter's worker, which the store starts at once
// and which draws the first heap. Chunks loaded with import() (the console editor, the in-page
// interpreter) come later and are listed apart. Run after `vite build`:
//   node scripts/bundle-size.mjs [dist]   prints the figures; exits 1 over the budget
import { init, parse } from 'es-module-lexer';
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first load may be at most this many gzipped bytes (issue 9: 250 KB, counted as 250,000). */
export const FIRST_LOAD_BUDGET = 250_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Gzipped size at zlib's default level, as Vite reports it (hosts that compress harder send less). */
const gzipped = (bytes) => gzipSync(bytes).length;

/**
 * The files of the first load and of the later (lazy) loads, as paths relative to `dist`, each
 * with its raw and gzipped size.
 */
export async function measureFirstLoad(dist = join(root, 'dist')) {
  await init;
  const html = readFileSync(join(dist, 'index.html'));
  const page = html.toString('utf8');
  const first = new Map([['index.html', html]]);
  const lazy = new Map();
  const scripts = [];
  const add = (map, file) => {
    if (first.has(file) || map.has(file)) return false;
    map.set(file, readFileSync(join(dist, file)));
    return true;
  };
  const local = (url) => posix.normalize(url.replace(/^\.?\//, ''));

  for (const [, src] of page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) scripts.push(local(src));
  for (const [tag] of page.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href || /^(data:|[a-z]+:\/\/)/.test(href)) continue;
    if (/rel="modulepreload"/.test(tag)) scripts.push(local(href));
    else if (/rel="stylesheet"/.test(tag)) add(first, local(href));
  }

  // Static imports, transitively; workers the loaded code starts; import() targets are lazy.
  const dynamic = [];
  while (scripts.length > 0) {
    const file = scripts.pop();
    if (!add(first, file)) continue;
    const code = first.get(file).toString('utf8');
    const here = posix.dirname(file);
    const [imports] = parse(code);
    for (const entry of imports) {
      if (!entry.n || !entry.n.startsWith('.')) continue;
      const target = posix.join(here, entry.n);
      if (entry.d === -1) scripts.push(target);
      else if (entry.d >= 0) dynamic.push(target);
    }
    // Vite writes a worker's URL as new URL("worker-….js", import.meta.url) (relative base) or
    // new URL("/assets/worker-….js", "" + import.meta.url) (absolute base).
    const workers =
      /new URL\(\s*[`'"]([^`'"]+\.js)[`'"]\s*,\s*(?:[`'"]{2}\s*\+\s*)?import\.meta\.url/g;
    for (const [, url] of code.matchAll(workers))
      scripts.push(url.startsWith('/') ? local(url) : posix.join(here, url));
  }
  while (dynamic.length > 0) {
    const file = dynamic.pop();
    if (!add(lazy, file)) continue;
    const [imports] = parse(lazy.get(file).toString('utf8'));
    for (const entry of imports)
      if (entry.n?.startsWith('.')) dynamic.push(posix.join(posix.dirname(file), entry.n));
  }

  const sizes = (map) =>
    [...map].map(([file, bytes]) => ({ file, raw: bytes.length, gzip: gzipped(bytes) }));
  const firstFiles = sizes(first);
  return {
    first: firstFiles,
    lazy: sizes(lazy),
    firstGzip: firstFiles.reduce((sum, f) => sum + f.gzip, 0),
  };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function table(title, files) {
  console.log(title);
  for (const f of files)
    console.log(`  ${f.file.padEnd(40)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} gz`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? join(root, 'dist');
  const result = await measureFirstLoad(dist);
  table(
    `First load (${relative(root, dist) || '.'}: before the first heap is drawn)`,
    result.first,
  );
  table('Loaded later (import())', result.lazy);
  const verdict = result.firstGzip <= FIRST_LOAD_BUDGET ? 'within' : 'OVER';
  console.log(
    `First load: ${kb(result.firstGzip)} gzipped, ${verdict} the ${kb(FIRST_LOAD_BUDGET)} budget`,
  );
  if (verdict === 'OVER') process.exit(1);
}
