/** `npm run test:conformance [filter]`: runs the conformance suite and lists every mismatch. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkScript, conformanceDir } from './conformanceCheck';

function main(): void {
  const only = process.argv[2];
  const scripts = readdirSync(conformanceDir)
    .filter((f) => f.endsWith('.py') && (!only || f.includes(only)))
    .sort();
  let failed = 0;
  for (const f of scripts) {
    const problems = checkScript(join(conformanceDir, f));
    if (problems.length === 0) continue;
    failed++;
    for (const p of problems) {
      console.log(
        `✘ ${p.name}: ${p.what} differs\n--- python3\n${p.expected}\n--- heapscope\n${p.actual}\n`,
      );
    }
  }
  console.log(`conformance: ${scripts.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main();
