import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'heapscope-code-cache-'));
const codeCache = pathToFileURL(join(import.meta.dirname, 'codeCache.ts')).href;

/** A bundle, each run in a process of its own (as the command line runs it: V8's cache is new). */
function bundle(name: string, source: string) {
  const file = join(dir, name);
  const cache = `${file}.v8cache`;
  writeFileSync(file, source);
  return {
    /** The bundle's module.exports. */
    run(): unknown {
      const code =
        `import { runWithCodeCache } from ${JSON.stringify(codeCache)};\n` +
        `const exports = runWithCodeCache(${JSON.stringify(file)});\n` +
        `console.log(JSON.stringify(exports));\n`;
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', code],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout);
    },
    rewrite(text: string) {
      writeFileSync(file, text);
    },
    /** The cache's key (the hash of the bundle it was made from). */
    cacheKey: () => readFileSync(cache).subarray(0, 32),
    bundleHash: () => createHash('sha256').update(readFileSync(file)).digest(),
    /** Which file holds the cache: a cache made again is a new file, renamed over the old one. */
    cacheInode: () => statSync(cache).ino,
    breakCache() {
      writeFileSync(cache, Buffer.concat([this.cacheKey(), Buffer.from('not what V8 wrote')]));
    },
    cacheSize: () => statSync(cache).size,
  };
}

describe('a bundle run with a code cache', { timeout: 30_000 }, () => {
  it('runs, leaves a cache keyed by the bundle, and uses it the next time', () => {
    const b = bundle(
      'a.cjs',
      "module.exports = { value: 'aaa', sum: [1, 2].map((x) => x * 2) };\n",
    );
    expect(b.run()).toEqual({ value: 'aaa', sum: [2, 4] });
    expect(b.cacheKey()).toEqual(b.bundleHash());
    const made = b.cacheInode();
    expect(b.run()).toEqual({ value: 'aaa', sum: [2, 4] });
    expect(b.cacheInode()).toBe(made);
  });

  it('never runs the cache of another bundle, even one of the same length', () => {
    const b = bundle('b.cjs', "module.exports = { value: 'aaa' };\n");
    b.run();
    const before = b.cacheKey();
    b.rewrite("module.exports = { value: 'bbb' };\n");
    expect(b.run()).toEqual({ value: 'bbb' });
    expect(b.cacheKey()).toEqual(b.bundleHash());
    expect(b.cacheKey()).not.toEqual(before);
  });

  it('makes again a cache V8 refuses', () => {
    const b = bundle('c.cjs', "module.exports = { value: 'ccc' };\n");
    b.run();
    b.breakCache();
    const broken = b.cacheInode();
    expect(b.run()).toEqual({ value: 'ccc' });
    expect(b.cacheInode()).not.toBe(broken);
    expect(b.cacheSize()).toBeGreaterThan(32 + 'not what V8 wrote'.length);
  });

  it('runs strict code, as the ES modules it is bundled from, and gives it require()', () => {
    const b = bundle(
      'd.cjs',
      'module.exports = { strict: (function () { return this; })() === undefined, ' +
        "sep: require('node:path').sep };\n",
    );
    expect(b.run()).toEqual({ strict: true, sep: '/' });
  });
});
