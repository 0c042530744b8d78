/**
 * The weak-cache exercise's verdicts (src/lessons/weakCacheCheck.ts): after "Check as a weak
 * cache" ran the learner's WeakCache with the hidden checks, each check passed or failed, and why.
 * The run is an ordinary script run: its steps (the eviction itself) can be stepped through.
 */
import type { TranscriptEntry } from '../../store/transcript';
import { verdictsOf } from '../../lessons/weakCacheCheck';

export function CacheVerdicts({ entry }: { readonly entry: TranscriptEntry }) {
  const stdout = entry.output
    .filter((c) => c.stream === 'stdout')
    .map((c) => c.text)
    .join('');
  const verdicts = verdictsOf(stdout);
  if (!verdicts) {
    return (
      <p className="cache-verdicts-none" role="status">
        The checks did not run: {entry.error ?? 'the script printed no verdict'}. Does the script
        define <code>class WeakCache</code> with <code>__init__(self, factory)</code> and{' '}
        <code>get(self, name)</code>?
      </p>
    );
  }
  const passed = verdicts.filter((v) => v.passed).length;
  return (
    <section className="cache-verdicts" aria-label="Checks of the weak cache">
      <h3 className="cache-verdicts-title">
        {passed} of {verdicts.length} checks passed
      </h3>
      <ul>
        {verdicts.map((v) => (
          <li key={v.check} className={v.passed ? 'passed' : 'failed'}>
            <span aria-hidden="true">{v.passed ? '✓ ' : '✗ '}</span>
            <span className="visually-hidden">{v.passed ? 'Passed: ' : 'Failed: '}</span>
            {v.check}
            {!v.passed && <span className="cache-verdict-why">: {v.why}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
