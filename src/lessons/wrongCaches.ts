/**
 * Three wrong answers to the weak-cache exercise, each failing the checker (weakCacheCheck.ts)
 * for its own reason: they are in the conformance suite beside the reference solution
 * (conformance/weak_cache_check_*.py), and the tests check the verdicts.
 */
import { checkerScript, REFERENCE_SOLUTION } from './weakCacheCheck';

export const WRONG_CACHES = {
  /** Keeps what it makes for ever. */
  plain_dict: `class WeakCache:
    def __init__(self, factory):
        self.factory = factory
        self.objects = {}
    def get(self, name):
        if name not in self.objects:
            self.objects[name] = self.factory(name)
        return self.objects[name]
`,
  /** Looks up, but never makes anything. */
  never_creates: `import weakref
class WeakCache:
    def __init__(self, factory):
        self.factory = factory
        self.objects = weakref.WeakValueDictionary()
    def get(self, name):
        return self.objects.get(name)
`,
  /** Makes a new object on every call: no cache at all. */
  new_every_hit: `class WeakCache:
    def __init__(self, factory):
        self.factory = factory
    def get(self, name):
        return self.factory(name)
`,
} as const;

/** The conformance scripts of the checker: file name (without .py) and text. */
export function checkerConformanceScripts(): { name: string; text: string }[] {
  const head = (what: string) =>
    `# The weak-cache exercise's hidden checks (src/lessons/weakCacheCheck.ts) on ${what}.\n`;
  return [
    {
      name: 'weak_cache_check_reference',
      text: head('the reference solution') + checkerScript(REFERENCE_SOLUTION),
    },
    ...Object.entries(WRONG_CACHES).map(([name, source]) => ({
      name: `weak_cache_check_${name}`,
      text: head(`a wrong cache (${name.replace(/_/g, ' ')})`) + checkerScript(source),
    })),
  ];
}
