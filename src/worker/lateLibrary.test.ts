/**
 * The page's worker starts the setup before the Python library has loaded (worker.ts): the host
 * attaches it when it arrives, and the session must then be exactly the one a host that had the
 * library from the start builds, at every position.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../python/library';
import { STANDARD_LIBRARY } from '../python/standardLibrary';
import { SessionHost } from './host';
import { PAGE_LIMITS } from './limits';

const SETUP = ['class Node:\n    def __init__(self, name):\n        self.name = name'];
const LINES = [
  'import weakref',
  'a = sorted([Node(str(i)) for i in range(3)], key=lambda n: n.name, reverse=True)',
  'r = weakref.ref(a[0])',
  'print("x".upper(), list(enumerate("ab")), max(3, 4))',
  'del a[0]',
];

function hostWith(library: () => Library | null) {
  const host = new SessionHost({ ...PAGE_LIMITS, library });
  host.start({ setup: SETUP, history: [], position: 0 });
  return host;
}

describe('a library that arrives after the setup', () => {
  it('is refused by the statements before it comes, never half-applied', () => {
    const host = hostWith(() => null);
    const { outcome } = host.run('import weakref', 'console');
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toContain('library has not loaded');
  });

  it('makes the same session as a library there from the start, at every position', () => {
    let library: Library | null = null;
    const late = hostWith(() => library);
    library = STANDARD_LIBRARY;
    late.libraryLoaded();
    const early = hostWith(() => STANDARD_LIBRARY);
    const outputs = (h: SessionHost) =>
      LINES.map((line) => JSON.stringify(h.run(line, 'console').outcome.output));
    expect(outputs(late)).toEqual(outputs(early));
    for (const target of [0, 3, 1, 5]) {
      expect(JSON.stringify(late.moveTo(target).snapshot), `at ${target}`).toBe(
        JSON.stringify(early.moveTo(target).snapshot),
      );
    }
    // Back at the start (the first checkpoint, taken after the library came), the library is there.
    late.moveTo(0);
    expect(late.run('print(sorted("cab"))', 'console').outcome.output).toEqual([
      { stream: 'stdout', text: "['a', 'b', 'c']\n" },
    ]);
  });
});
