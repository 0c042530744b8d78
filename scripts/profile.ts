/** `node scripts/run-bundled.mjs scripts/profile.ts FILE.py`: runs a script with events off and prints the time (for --cpu-prof). */
import { readFileSync } from 'node:fs';
import { Interpreter } from '../src/python/interpreter';
import '../src/python/withStandardLibrary';

const file = process.argv[2]!;
const interp = new Interpreter({ recordEvents: false, trackLive: false, sink: () => {} });
const t = performance.now();
const r = interp.run(readFileSync(file, 'utf8'), 'exec', file);
console.log(r.ok ? 'ok' : r.errorLine, (performance.now() - t).toFixed(1), 'ms');
