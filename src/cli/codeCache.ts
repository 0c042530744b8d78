/**
 * Runs a CommonJS bundle with a V8 code cache beside it: what V8 compiled in an earlier run
 * (the bundle's top level and every function that run called) is read back instead of being
 * compiled again. Node 20 has no cache for ES modules (module.enableCompileCache is Node 22's).
 *
 * The cache is `FILE.v8cache`: the sha256 of the bundle it was made from, then V8's data. V8
 * itself refuses data from another V8 version or other flags, but it checks the source only by
 * its length (the cache of `return 'aaa'` runs for `return 'bbb'`, and returns 'aaa'): the hash
 * is what keeps a rebuilt bundle from running a stale cache. A missing, stale or refused cache is
 * made again at the end of the run (written whole, then renamed; where it cannot be written, the
 * bundle is compiled each time, as without a cache).
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';

const KEY_BYTES = 32;

/** Runs the bundle (the path of a CommonJS file) and returns its `module.exports`. */
export function runWithCodeCache(file: string): unknown {
  const bytes = readFileSync(file);
  const key = createHash('sha256').update(bytes).digest();
  const cacheFile = `${file}.v8cache`;
  let cachedData: Buffer | undefined;
  try {
    const data = readFileSync(cacheFile);
    if (data.subarray(0, KEY_BYTES).equals(key)) cachedData = data.subarray(KEY_BYTES);
  } catch {
    cachedData = undefined;
  }
  // Strict, as the ES module it was bundled from; on one line, so line numbers stay the file's.
  const source = `(function (exports, require, module) {'use strict';${bytes.toString('utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const module: { exports: unknown } = { exports: {} };
  (script.runInThisContext() as (e: unknown, r: NodeRequire, m: object) => void)(
    module.exports,
    createRequire(file),
    module,
  );
  if (!cachedData || script.cachedDataRejected) {
    try {
      const partial = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(partial, Buffer.concat([key, script.createCachedData()]));
      renameSync(partial, cacheFile);
    } catch {
      // A read-only checkout: no cache.
    }
  }
  return module.exports;
}
