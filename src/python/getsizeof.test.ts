import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../cli/main';
import { Interpreter } from './interpreter';

const fixture = join(import.meta.dirname, 'fixtures', 'getsizeof.py');
const python = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], {
  encoding: 'utf8',
});
const hasPython311 = python.stdout?.trim() === 'True';

describe('sys.getsizeof', { timeout: 60_000 }, () => {
  it.skipIf(!hasPython311)(
    'gives python3 3.11 sizes for ints, strs, lists as they grow, tuples, dicts, sets and others',
    () => {
      const expected = spawnSync('python3', [fixture], { encoding: 'utf8' });
      expect(expected.status).toBe(0);
      const r = runScript(readFileSync(fixture, 'utf8'), fixture);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(expected.stdout);
    },
  );
});

describe('the memory total', { timeout: 60_000 }, () => {
  it('is the sum of the sizes of the live objects and the code, whatever ran', () => {
    const interp = new Interpreter({ recordEvents: false, trackLive: true, sink: () => {} });
    const total = () => {
      let sum = 0;
      for (const o of interp.heap.live!) sum += o.footprint;
      return sum;
    };
    const programs = [
      'l = []\nfor i in range(300):\n    l.append([i, str(i)])\n',
      'd = {}\nfor i in range(300):\n    d[i] = {"k": i}\nfor i in range(0, 300, 2):\n    del d[i]\n',
      's = set(range(100))\ns.clear()\nt = tuple(range(50)) * 3\n',
      'class C:\n    pass\nc = C()\nc.me = c\nc.x = [c] * 10\ndel c\nimport gc\ngc.collect()\n',
      'del l, d, s, t\nx = "a" * 1000 + "é"\ny = x[::2]\nz = ",".join([x, y])\n',
    ];
    for (const source of programs) {
      interp.run(source, 'exec', 'x.py');
      // Besides the objects, the compiled code (no frame is running between runs).
      expect(interp.heap.bytes - interp.heap.ownBytes).toBe(total());
    }
  });
});
