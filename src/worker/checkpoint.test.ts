/**
 * A restored checkpoint must be indistinguishable from a fresh replay: every conformance script,
 * cut into its top-level statements and run as console statements, is run straight through once;
 * then again with checkpoints taken part way, run on past them, rewound to each and run on to the
 * end. What each statement prints and the final heap (addresses, refcounts, generations) must be
 * the same as the straight run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../python/parse';
import { Session } from '../python/session';
import { STANDARD_LIBRARY } from '../python/standardLibrary';
import { capture, Uncapturable, type Checkpoint } from './checkpoint';

const dir = join(import.meta.dirname, '..', '..', 'conformance');
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort();

/** The script's top-level statements, each with the comments and blank lines before it. */
function statements(source: string): string[] {
  const tree = parse(source, STANDARD_LIBRARY.sourceChecks).tree;
  const out: string[] = [];
  for (let n = tree.topNode.firstChild; n; n = n.nextSibling) {
    if (n.name === 'Comment') continue;
    out.push(source.slice(n.from, n.to));
  }
  return out;
}

function printed(session: Session, source: string): string {
  return session
    .run(source)
    .output.map((c) => `${c.stream}:${c.text}`)
    .join('');
}

function straightRun(chunks: readonly string[]) {
  const s = new Session();
  const outputs = chunks.map((c) => printed(s, c));
  return { outputs, heap: JSON.stringify(s.snapshot()) };
}

describe('checkpoints restore exactly the heap a replay builds', () => {
  it(
    'for every conformance script, rewound at a third and two thirds of the way',
    { timeout: 180_000 },
    () => {
      let rewound = 0;
      const refused = new Set<string>();
      for (const file of scripts) {
        let chunks: string[];
        try {
          chunks = statements(readFileSync(join(dir, file), 'utf8'));
        } catch {
          continue; // a script that is itself a syntax error has nothing to rewind
        }
        if (chunks.length < 3) continue;
        const reference = straightRun(chunks);
        const cuts = [Math.floor(chunks.length / 3), Math.floor((2 * chunks.length) / 3)];
        const s = new Session();
        const saved = new Map<number, Checkpoint>();
        for (let i = 0; i < chunks.length; i++) {
          if (cuts.includes(i)) {
            const c = capture(s.interpreter);
            if (c instanceof Uncapturable) refused.add(`${file}: ${c.key}`);
            else saved.set(i, c);
          }
          printed(s, chunks[i]!);
        }
        // Back to each checkpoint, later one first, then on to the end again.
        for (const cut of [...saved.keys()].reverse()) {
          saved.get(cut)!.restore();
          const again = chunks.slice(cut).map((c) => printed(s, c));
          expect(again, `${file}, rewound to statement ${cut}`).toEqual(
            reference.outputs.slice(cut),
          );
          expect(JSON.stringify(s.snapshot()), `${file}, heap after rewinding to ${cut}`).toBe(
            reference.heap,
          );
          rewound++;
        }
      }
      expect(rewound).toBeGreaterThan(200);
      // Only suspended iterations may refuse a checkpoint: a weak container's, or a generator's
      // (its runner keeps its place in the frame's code where no memento can see it).
      for (const r of refused) expect(r).toMatch(/: (produce|onClose|runner)$/);
    },
  );
});

describe('state that only compiled code can reach', () => {
  it('rewinds the warm-up count of a nested function no live function was made from', () => {
    const setup = [
      'import sys',
      'class S:\n    def __str__(self):\n        print(sys.getrefcount(self))\n        return "s"',
      'def outer():\n    def inner(x):\n        return str(x)\n    return inner',
    ];
    // Warm code calls str(x) without an argument tuple, so __str__ sees one reference less.
    const warmUp = 'f = outer()\nfor i in range(12):\n    f(S())\ndel f';
    const probe = 'g = outer()\ng(S())';
    const fresh = new Session();
    for (const s of setup) fresh.run(s);
    const cold = printed(fresh, probe);

    const s = new Session();
    for (const line of setup) s.run(line);
    const c = capture(s.interpreter);
    if (c instanceof Uncapturable)
      throw new Error(`not capturable: ${c.key} (a stateless function? list it in STATELESS_KEYS)`);
    s.run(warmUp);
    expect(printed(s, probe)).not.toBe(cold); // the code is warm now
    c.restore();
    expect(printed(s, probe)).toBe(cold);
  });
});
