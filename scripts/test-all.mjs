// `npm test`: every check in order, stopping at the first failure.
// The last line printed is always `N passed, M failed` (counting steps).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const node = process.execPath;

const steps = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: bin('eslint'), args: ['.'] },
  { name: 'format', command: bin('prettier'), args: ['--check', '.'] },
  // The command line's tests run dist-cli/: built from the sources being tested.
  { name: 'cli bundle', command: node, args: ['scripts/build-cli.mjs'] },
  { name: 'unit tests', command: bin('vitest'), args: ['run'] },
  {
    name: 'conformance',
    command: node,
    args: ['scripts/run-bundled.mjs', 'scripts/conformance.ts'],
  },
  { name: 'e2e', command: node, args: ['scripts/e2e.mjs'] },
];

const rule = '='.repeat(72);
const banner = (text) => console.log(`\n${rule}\n${text}\n${rule}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

let passed = 0;
let failed = 0;
const timings = [];

for (const step of steps) {
  if (step.skipUnless && !existsSync(join(root, step.skipUnless))) {
    banner(`SKIP ${step.name}: ${step.skipUnless} does not exist`);
    timings.push(`  ${step.name.padEnd(12)} skipped`);
    continue;
  }
  const program = step.command === node ? 'node' : step.command.split('/').pop();
  const shown = [program, ...step.args].join(' ');
  banner(`STEP ${step.name}: ${shown}`);
  const start = Date.now();
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit' });
  const took = seconds(Date.now() - start);
  const code = result.error ? 1 : (result.status ?? 1);
  if (result.error) console.error(result.error.message);
  if (code === 0) {
    passed += 1;
    console.log(`\n✔ ${step.name} passed in ${took}`);
    timings.push(`  ${step.name.padEnd(12)} passed  ${took}`);
  } else {
    failed += 1;
    timings.push(`  ${step.name.padEnd(12)} FAILED  ${took}`);
    banner(`✘ FAILED: ${step.name} (${shown}) exited with code ${code} after ${took}`);
    break;
  }
}

console.log(`\n${timings.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
