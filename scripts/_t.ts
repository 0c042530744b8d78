import { runScript } from '../src/cli/main';
import { readFileSync } from 'node:fs';
const r = runScript(readFileSync(process.argv[2]!, 'utf8'), process.argv[2]!);
process.stdout.write(r.stdout + r.stderr);
