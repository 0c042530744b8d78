/**
 * `node scripts/run-bundled.mjs scripts/profile.ts FILE.py [--events [--every] | --live]`: runs a
 * script with the event log off (or on, as the page records it; `--every` without the page's
 * event limit; `--live` off, with the list of live objects the page keeps) and prints the time
 * (for --cpu-prof).
 */
import { readFileSync } from 'node:fs';
import { Interpreter } from '../src/python/interpreter';
import { SESSION_EVENT_LIMIT } from '../src/python/session';
import '../src/python/withStandardLibrary';

const file = process.argv[2]!;
const events = process.argv.includes('--events');
const interp = new Interpreter({
  recordEvents: events,
  trackLive: events || process.argv.includes('--live'),
  sink: () => {},
});
if (events)
  interp.heap.eventLimit = process.argv.includes('--every') ? Infinity : SESSION_EVENT_LIMIT;
const t = performance.now();
const r = interp.run(readFileSync(file, 'utf8'), 'exec', file);
console.log(r.ok ? 'ok' : r.errorLine, (performance.now() - t).toFixed(1), 'ms');
