// Regenerates conformance/expected/ by running every conformance/*.py under python3 3.11.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'conformance');
const version = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], {
  encoding: 'utf8',
});
if (version.stdout?.trim() !== 'True') {
  console.error(
    'conformance:update needs python3 3.11 (the reference); none found, nothing changed.',
  );
  process.exit(1);
}
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort()) {
  const path = join(dir, f);
  // Run by the same path the checker uses, so file names in tracebacks agree.
  const r = spawnSync('python3', [path], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  const name = f.slice(0, -3);
  writeFileSync(join(dir, 'expected', `${name}.stdout`), r.stdout);
  writeFileSync(join(dir, 'expected', `${name}.stderr`), r.stderr);
  writeFileSync(join(dir, 'expected', `${name}.status`), `${r.status}\n`);
}
console.log('conformance/expected/ regenerated from python3');
