/**
 * `node scripts/run-bundled.mjs scripts/lesson-scripts.ts [--expected]`: writes every lesson's
 * conformance script, conformance/lesson_<name>.py (the python of its 3.11 steps, in order; see
 * src/lessons/script.ts), and removes the scripts of lessons that are gone. With --expected it also
 * runs python3 3.11 on each, from the repository's root, to write conformance/expected/:
 *
 *   PYTHONHASHSEED=0 python3 conformance/<n>.py > conformance/expected/<n>.stdout \
 *     2> conformance/expected/<n>.stderr; echo $? > conformance/expected/<n>.status
 *
 * The weak-cache checker's scripts (conformance/weak_cache_check_*.py: its hidden checks on the
 * reference solution and on three wrong caches, src/lessons/wrongCaches.ts) are written the same way.
 *
 * src/lessons/lessons.test.ts checks that the scripts are still what the lessons say.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LESSONS } from '../src/lessons';
import { conformanceName, conformanceScript } from '../src/lessons/script';
import { checkerConformanceScripts } from '../src/lessons/wrongCaches';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'conformance');

function main(): void {
  const expected = process.argv.includes('--expected');
  if (expected) {
    const version = spawnSync(
      'python3',
      ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'],
      { encoding: 'utf8' },
    );
    if (version.stdout?.trim() !== 'True') {
      console.error('--expected needs python3 3.11 (the reference); none found, nothing changed.');
      process.exit(1);
    }
  }
  const names = new Set(LESSONS.map(conformanceName));
  for (const f of readdirSync(dir)) {
    const stale = /^(lesson_\w+)\.py$/.exec(f)?.[1];
    if (!stale || names.has(stale)) continue;
    for (const path of [f, ...['stdout', 'stderr', 'status'].map((e) => `expected/${stale}.${e}`)])
      rmSync(join(dir, path), { force: true });
    console.log(`removed conformance/${f} (no such lesson)`);
  }
  const scripts = [
    ...LESSONS.map((lesson) => ({
      name: conformanceName(lesson),
      text: conformanceScript(lesson),
    })),
    ...checkerConformanceScripts(),
  ];
  for (const { name: n, text } of scripts) {
    writeFileSync(join(dir, `${n}.py`), text);
    if (expected) {
      const command =
        `PYTHONHASHSEED=0 python3 conformance/${n}.py > conformance/expected/${n}.stdout ` +
        `2> conformance/expected/${n}.stderr; echo $? > conformance/expected/${n}.status`;
      const r = spawnSync('sh', ['-c', command], { cwd: root, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`could not run: ${command}`);
    }
    console.log(`conformance/${n}.py${expected ? ' (and its expected output)' : ''}`);
  }
}

main();
