import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../python/withStandardLibrary';
import { Session } from '../python/session';
import { checkerScript, CHECKS, REFERENCE_SOLUTION, verdictsOf } from './weakCacheCheck';
import { checkerConformanceScripts, WRONG_CACHES } from './wrongCaches';

/** The checker's verdicts on `source`, run in a fresh Heapscope session as a script. */
function verdicts(source: string) {
  const session = new Session();
  const r = session.run(checkerScript(source), 'exec');
  const stdout = r.output
    .filter((c) => c.stream === 'stdout')
    .map((c) => c.text)
    .join('');
  return verdictsOf(stdout)!;
}

const passed = (source: string) => verdicts(source).map((v) => v.passed);

describe('the weak-cache checker', () => {
  it('passes the reference solution on every check', () => {
    expect(verdicts(REFERENCE_SOLUTION).map((v) => v.check)).toEqual([...CHECKS]);
    expect(passed(REFERENCE_SOLUTION)).toEqual([true, true, true, true, true]);
  });

  it('fails a plain dict: it keeps a strong reference, so nothing is freed', () => {
    const v = verdicts(WRONG_CACHES.plain_dict);
    expect(v.map((x) => x.passed)).toEqual([true, true, false, false, false]);
    expect(v[2]!.why).toMatch(/the cache holds 1 strong reference/);
    expect(v[3]!.why).toMatch(/still alive/);
  });

  it('fails a cache that never creates, saying what get returned', () => {
    const v = verdicts(WRONG_CACHES.never_creates);
    expect(v.map((x) => x.passed)).toEqual([false, false, false, false, false]);
    expect(v[0]!.why).toMatch(/should call the factory once, but it made \[\]/);
    expect(v[1]!.why).toBe('get("b") returned None, not an object the factory made');
  });

  it('fails a cache that makes a new object on every hit', () => {
    const v = verdicts(WRONG_CACHES.new_every_hit);
    expect(v.map((x) => x.passed)).toEqual([true, false, true, true, true]);
    expect(v[1]!.why).toMatch(/returned a new object instead of the cached one/);
  });

  it('is in the conformance suite as generated (npm run lessons:scripts)', () => {
    for (const { name, text } of checkerConformanceScripts()) {
      const file = join(__dirname, '../../conformance', `${name}.py`);
      expect(readFileSync(file, 'utf8'), name).toBe(text);
    }
  });

  it('reads no verdict from output that has none', () => {
    expect(verdictsOf('hello\nFAIL something else: x\n')).toBeNull();
  });
});
