/**
 * The command line against the runtime inputs of issue 8's hostile-input report: runaway
 * allocation, endless loops and output, a __del__ that never ends at exit, deep recursion,
 * Ctrl-C. Each must end with CPython's last stderr line (python3 runs beside it; the memory cases
 * under an address-space limit, where CPython too raises MemoryError), the right exit status, the
 * output printed before it kept, and never a JavaScript stack trace.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'heapscope.mjs');
const dir = mkdtempSync(join(tmpdir(), 'heapscope-hostile-'));
const hasPython311 =
  spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], {
    encoding: 'utf8',
  }).stdout?.trim() === 'True';

let scripts = 0;
function script(source: string): string {
  const file = join(dir, `script${scripts++}.py`);
  writeFileSync(file, source);
  return file;
}

function heapscope(file: string, ...options: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, 'run', file, ...options], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** python3 FILE, optionally with its address space limited (KB) or killed after `killMs`. */
function python(file: string, limitKb = 0, killMs = 0): SpawnSyncReturns<string> {
  const run = `${limitKb ? `ulimit -v ${limitKb}; ` : ''}exec python3 ${JSON.stringify(file)}`;
  return spawnSync('bash', ['-c', run], {
    encoding: 'utf8',
    timeout: killMs || 120_000,
  });
}

const lastLine = (s: string) => s.trimEnd().split('\n').pop();
/** What a JavaScript error report looks like; none may reach the user. */
const JS_TRACE =
  /^\s+at .+\(.*:\d+:\d+\)$|\bnode:internal\b|Node\.js v\d|RangeError|TypeError: Cannot/m;

function expectNoJavaScript(r: SpawnSyncReturns<string>): void {
  expect(r.stderr).not.toMatch(JS_TRACE);
  expect(r.stdout).not.toMatch(JS_TRACE);
}

describe.skipIf(!hasPython311)(
  'the command line meets the hostile runtime inputs as CPython does',
  { timeout: 60_000 },
  () => {
    const memoryCases = [
      'x = list(range(10**8))',
      "x = format(1, '>1000000000')",
      'x = [0] * 10**10',
      "x = 'ab' * 10**9",
      "x = ''.join(['spam'] * 10**8)",
    ];
    for (const statement of memoryCases) {
      it(`a runaway allocation is a MemoryError with its traceback: ${statement}`, () => {
        const file = script(`print("before")\n${statement}\nprint("unreachable")\n`);
        const cpython = python(file, 600_000);
        const r = heapscope(file, '--max-memory', '256M');
        expect(r.status).toBe(cpython.status);
        expect(r.stdout).toBe(cpython.stdout);
        expect(lastLine(r.stderr)).toBe(lastLine(cpython.stderr));
        expect(lastLine(r.stderr)).toBe('MemoryError');
        expect(r.stderr.startsWith('Traceback (most recent call last):\n')).toBe(true);
        expectNoJavaScript(r);
      });
    }

    it('gives list(range(10**8)) a MemoryError quickly under the default memory budget', () => {
      const file = script('x = list(range(10**8))\n');
      const started = Date.now();
      const r = heapscope(file);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(r.status).toBe(1);
      expect(lastLine(r.stderr)).toBe('MemoryError');
      expectNoJavaScript(r);
    }, 60_000);

    it('runs a genuine 10^7-iteration loop to its end, with no step budget', () => {
      const file = script('n = 0\nfor i in range(10**7):\n    n += i % 3\nprint(n)\n');
      const r = heapscope(file);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(python(file).stdout);
      expect(r.stderr).toBe('');
    }, 120_000);

    it('catches RecursionError and prints an uncaught one with the repeated-line traceback', () => {
      const file = script(
        'def f(n):\n    return f(n + 1)\n\ntry:\n    f(0)\nexcept RecursionError:\n    print("caught")\n\nclass A:\n    def __str__(self):\n        return str(self)\n\nclass B:\n    def __init__(self):\n        B()\n\nfor make in (lambda: str(A()), B):\n    try:\n        make()\n    except RecursionError as e:\n        print(type(e).__name__, e)\nprint("end")\nf(0)\n',
      );
      const cpython = python(file);
      const r = heapscope(file);
      expect(r.status).toBe(cpython.status);
      expect(r.stdout).toBe(cpython.stdout);
      const shape = (s: string) => s.split('\n').filter((l) => !l.startsWith('    '));
      expect(shape(r.stderr)).toEqual(shape(cpython.stderr));
      expectNoJavaScript(r);
    });

    it('recurses as deep as sys.setrecursionlimit allows, as CPython does', () => {
      const file = script(
        'import sys\nsys.setrecursionlimit(20000)\ndef depth(n):\n    if n == 0:\n        return 0\n    if n % 2:\n        for i in [1]:\n            try:\n                return depth(n - 1) + 1\n            finally:\n                pass\n    return depth(n - 1) + 1\nprint(depth(19000))\n',
      );
      const r = heapscope(file);
      expect(r.stdout).toBe(python(file).stdout);
      expect(r.status).toBe(0);
    });

    it('reports a recursing weakref callback and __del__ as ignored, and goes on', () => {
      const file = script(
        'import weakref\nclass C:\n    def __del__(self):\n        self.__del__()\ndef cb(w):\n    cb(w)\nc = C()\nw = weakref.ref(c, cb)\ndel c\nprint("after")\n',
      );
      const cpython = python(file);
      const r = heapscope(file);
      expect(r.status).toBe(cpython.status);
      expect(r.stdout).toBe(cpython.stdout);
      const unindented = (s: string) =>
        s.split('\n').filter((l) => !l.startsWith('    ') && !l.startsWith('  File'));
      expect(unindented(r.stderr).map((l) => l.replace(/0x[0-9a-f]+/, '0x'))).toEqual(
        unindented(cpython.stderr).map((l) => l.replace(/0x[0-9a-f]+/, '0x')),
      );
    });

    it('keeps what was printed before a __del__ that never ends at exit, then stops at --timeout', () => {
      const file = script(
        'print("end")\nclass C:\n    def __del__(self):\n        while True:\n            pass\nc = C()\n',
      );
      const cpython = python(file, 0, 2000);
      expect(cpython.stdout).toBe('end\n');
      const r = heapscope(file, '--timeout', '1');
      expect(r.stdout).toBe(cpython.stdout);
      expect(r.stderr).toBe('Heapscope stopped this program after 1 s (--timeout).\n');
      expect(r.status).toBe(124);
    });

    it('stops an endless loop at --timeout with a clear message and exit status 124', () => {
      const file = script('print("start")\nwhile True:\n    pass\n');
      const r = heapscope(file, '--timeout', '0.5');
      expect(r.stdout).toBe('start\n');
      expect(r.stderr).toBe('Heapscope stopped this program after 0.5 s (--timeout).\n');
      expect(r.status).toBe(124);
    });

    it('writes output as it is printed, in constant memory, however long a loop prints', async () => {
      const file = script('n = 0\nwhile True:\n    n += 1\n    print("spam", n)\n');
      // A 96 MB JavaScript heap: output kept until the end would overflow it within seconds.
      const child = spawn(
        process.execPath,
        ['--max-old-space-size=96', bin, 'run', file, '--timeout', '4'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let firstChunkAt = 0;
      let bytes = 0;
      let stderr = '';
      const started = Date.now();
      child.stdout.on('data', (d: Buffer) => {
        firstChunkAt ||= Date.now() - started;
        bytes += d.length;
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(firstChunkAt).toBeGreaterThan(0);
      expect(firstChunkAt).toBeLessThan(3500);
      expect(bytes).toBeGreaterThan(1_000_000);
      expect(stderr).toBe('Heapscope stopped this program after 4 s (--timeout).\n');
      expect(status).toBe(124);
    }, 60_000);

    it('keeps stdout and stderr in the order the program wrote them', () => {
      const file = script('print("one")\nimport sys\nprint("two")\nsys.getrefcount()\n');
      const merged = spawnSync('bash', ['-c', `${process.execPath} ${bin} run ${file} 2>&1`], {
        encoding: 'utf8',
      });
      expect(merged.stdout.indexOf('two')).toBeLessThan(merged.stdout.indexOf('Traceback'));
      expect(lastLine(merged.stdout)).toBe(lastLine(python(file).stderr));
    });

    it('turns Ctrl-C into KeyboardInterrupt: caught by the program, or reported as CPython does', async () => {
      const file = script(
        'import sys\nprint("ready", flush=True)\nn = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print("caught", flush=True)\nwhile True:\n    n += 1\n',
      );
      const interrupt = async (command: string, args: string[]) => {
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        // One Ctrl-C once the loop runs, a second once the first was caught: never two at once.
        let sent = 0;
        const send = (wanted: number) => {
          if (sent === wanted - 1) {
            sent = wanted;
            child.kill('SIGINT');
          }
        };
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
          if (stdout.includes('caught\n')) setTimeout(() => send(2), 300);
          else if (stdout.includes('ready\n')) setTimeout(() => send(1), 300);
        });
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
        return { stdout, stderr, status };
      };
      const cpython = await interrupt('python3', ['-u', file]);
      const r = await interrupt(process.execPath, [bin, 'run', file]);
      expect(r.stdout).toBe(cpython.stdout);
      expect(r.stdout).toBe('ready\ncaught\n');
      expect(lastLine(r.stderr)).toBe('KeyboardInterrupt');
      expect(lastLine(cpython.stderr)).toBe('KeyboardInterrupt');
      expect(r.status).toBe(130);
    }, 60_000);
  },
);

describe('the command line options', { timeout: 60_000 }, () => {
  it('refuses bad --timeout and --max-memory values with a clear message and status 2', () => {
    const file = script('print(1)\n');
    for (const [option, value] of [
      ['--timeout', 'soon'],
      ['--timeout', '-1'],
      ['--max-memory', 'lots'],
      ['--max-memory', '0'],
    ] as const) {
      const r = heapscope(file, option, value);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${option} wants`);
      expect(r.stdout).toBe('');
    }
  });

  it('takes --max-memory in K, M, G', () => {
    const file = script('x = [0] * 10**7\nprint(len(x))\n');
    expect(heapscope(file, '--max-memory', '64M').stderr).toMatch(/\nMemoryError\n$/);
    expect(heapscope(file, '--max-memory=1G').stdout).toBe('10000000\n');
  });
});
