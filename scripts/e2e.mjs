// Build the app (served and single-file), print the first load's size (failing over its budget),
// and run the Playwright specs in e2e/ against `vite preview`.
// Extra CLI arguments are forwarded to `playwright test`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, env) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) {
    console.error(result.error.message);
    return 1;
  }
  return result.status ?? (result.signal ? 1 : 0);
}

let chromiumPath;
try {
  chromiumPath = await findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`Using Chromium at ${chromiumPath}`);
const env = { ...process.env, CHROMIUM_PATH: chromiumPath };

for (const args of [['build'], ['build', '--mode', 'single']]) {
  const buildCode = run(bin('vite'), args, env);
  if (buildCode !== 0) process.exit(buildCode);
}
const sizeCode = run(process.execPath, ['scripts/bundle-size.mjs'], env);
if (sizeCode !== 0) process.exit(sizeCode);

process.exit(run(bin('playwright'), ['test', ...process.argv.slice(2)], env));
