import { generateProgram } from './fuzz/generate';
import { runHeapscope } from './fuzz/heapscope';
const progs = Array.from({ length: 300 }, (_, i) => generateProgram(1, i));
for (let r = 0; r < 2; r++) {
  const t = performance.now();
  for (const p of progs) runHeapscope(p.source, '/tmp/x.py');
  console.log('heapscope 300 programs', (performance.now() - t).toFixed(0), 'ms');
}
