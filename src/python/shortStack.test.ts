/**
 * A host whose JavaScript stack is smaller than Python's recursion limit needs (a browser's Web
 * Worker holds about 750 simple calls): the RecursionError comes early, is still catchable, and a
 * note on stderr says why. Run in a Node worker thread given a 512 KB stack.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { Session } from './session';

const PROGRAM = [
  'import sys',
  'def f(k):',
  '    return f(k + 1)',
  'try:',
  '    f(0)',
  'except RecursionError as e:',
  '    print("caught:", e)',
  'print(sys.getrecursionlimit())',
].join('\n');

async function runWithStack(stackSizeMb: number): Promise<{ stdout: string; stderr: string }> {
  const bundled = await build({
    stdin: {
      contents: `
        import { parentPort, workerData } from 'node:worker_threads';
        import './withStandardLibrary';
        import { Session } from './session';
        const r = new Session().run(workerData, 'exec');
        const text = (s) => r.output.filter((c) => c.stream === s).map((c) => c.text).join('');
        parentPort.postMessage({ stdout: text('stdout'), stderr: text('stderr') });`,
      resolveDir: join(import.meta.dirname),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const worker = new Worker(bundled.outputFiles[0]!.text, {
    eval: true,
    workerData: PROGRAM,
    resourceLimits: { stackSizeMb },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('recursion on a short JavaScript stack', () => {
  it(
    'raises a catchable RecursionError early and says that CPython would go deeper',
    { timeout: 60_000 },
    async () => {
      const { stdout, stderr } = await runWithStack(0.5);
      expect(stdout).toBe('caught: maximum recursion depth exceeded\n1000\n');
      expect(stderr).toMatch(
        /JavaScript stack ran out at a recursion depth of \d+, before Python's limit of 1000/,
      );
      const depth = Number(/depth of (\d+)/.exec(stderr)![1]);
      expect(depth).toBeLessThan(1000);
    },
  );

  it('says nothing where the stack holds Python’s whole limit', () => {
    const r = new Session().run(PROGRAM, 'exec');
    expect(r.output).toEqual([
      { stream: 'stdout', text: 'caught: maximum recursion depth exceeded\n1000\n' },
    ]);
  });
});
