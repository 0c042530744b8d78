import { readFileSync } from 'node:fs';
import { runScript } from '../src/cli/main';
import { spawnSync } from 'node:child_process';
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  const py = spawnSync('python3', [f], { encoding: 'utf8' });
  const hs = runScript(src, f);
  const norm = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');
  const same = norm(py.stdout) === norm(hs.stdout);
  console.log(`== ${f}: ${same ? 'same' : 'DIFFERENT'}`);
  if (!same) {
    const a = norm(py.stdout).split('\n'), b = norm(hs.stdout).split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) console.log(`${a[i] === b[i] ? ' ' : '!'} py: ${a[i] ?? ''}   | hs: ${b[i] ?? ''}`);
  }
  if (hs.stderr) console.log('hs stderr:', hs.stderr.slice(-300));
}
