/**
 * The weak-cache exercise's checker (issue 11): the learner's `WeakCache` (the interface the
 * `weak-cache` lesson gives: `WeakCache(factory)`, `.get(name)`) is run with hidden checks after
 * it, as one script, so the checks run on the real heap and every step of them (the eviction
 * itself) can be stepped through. Each check prints one line, `PASS name` or `FAIL name: why`;
 * `verdictsOf` reads them back. The checks run with the collector disabled: a weak cache must
 * free what nobody uses by reference counting alone.
 *
 * The checks are Python that python3 runs the same way: conformance/weak_cache_check_*.py holds
 * them around the reference solution and three wrong caches, with python3's output.
 */

/** The checks, in order: what each one proves. */
export const CHECKS = [
  'a miss makes the object with the factory',
  'a hit returns the cached object',
  'the cache keeps no strong reference',
  'an object nobody uses is freed and evicted',
  'many objects come and go without the collector',
] as const;

export type CheckName = (typeof CHECKS)[number];

export interface Verdict {
  readonly check: CheckName;
  readonly passed: boolean;
  /** Why it failed, in words for the learner; empty when it passed. */
  readonly why: string;
}

/** A solution the learner can reveal. */
export const REFERENCE_SOLUTION = `import weakref

class WeakCache:
    """One shared object per name, kept only while someone uses it."""
    def __init__(self, factory):
        self.factory = factory
        self.objects = weakref.WeakValueDictionary()

    def get(self, name):
        obj = self.objects.get(name)
        if obj is None:
            obj = self.factory(name)
            self.objects[name] = obj
        return obj
`;

/** The hidden checks, run after the learner's code (which must define WeakCache). */
export const HIDDEN_CHECKS = `
# ---- Heapscope's checks of WeakCache: one function, so that they leave no name behind ----
def _check_weak_cache():
    import gc, sys, weakref
    gc.disable()
    made = []

    class Expensive:
        def __init__(self, name):
            self.name = name
            self.data = [0] * 100
            made.append(name)

    def not_made(obj, name):
        if isinstance(obj, Expensive):
            return None
        return 'get("' + name + '") returned ' + repr(obj) + ', not an object the factory made'

    def miss():
        cache = WeakCache(Expensive)
        obj = cache.get('a')
        if made != ['a']:
            return 'get("a") on an empty cache should call the factory once, but it made ' + repr(made)
        return not_made(obj, 'a')

    def hit():
        cache = WeakCache(Expensive)
        first = cache.get('b')
        again = cache.get('b')
        if not_made(first, 'b'):
            return not_made(first, 'b')
        if again is not first:
            return 'the second get("b") returned a new object instead of the cached one'
        if made.count('b') != 1:
            return 'the factory ran ' + str(made.count('b')) + ' times for "b"; a hit must not call it'
        return None

    def no_strong():
        cache = WeakCache(Expensive)
        obj = cache.get('c')
        if not_made(obj, 'c'):
            return not_made(obj, 'c')
        count = sys.getrefcount(obj)
        if count != 2:
            return ('sys.getrefcount(obj) is ' + str(count) + ' where only the client holds it (2: '
                    'the name, and getrefcount\\'s argument): the cache holds ' + str(count - 2)
                    + ' strong reference(s)')
        return None

    def evicted():
        cache = WeakCache(Expensive)
        obj = cache.get('d')
        if not_made(obj, 'd'):
            return not_made(obj, 'd')
        alive = weakref.ref(obj)
        del obj
        if alive() is not None:
            return 'after the client let go of it, the object is still alive: the cache keeps it'
        before = made.count('d')
        cache.get('d')
        if made.count('d') != before + 1:
            return 'after the object was freed, get("d") did not make a new one'
        return None

    def many():
        cache = WeakCache(Expensive)
        refs = []
        for i in range(50):
            obj = cache.get('n' + str(i))
            if not_made(obj, 'n' + str(i)):
                return not_made(obj, 'n' + str(i))
            refs.append(weakref.ref(obj))
        del obj
        alive = sum(1 for r in refs if r() is not None)
        if alive:
            return str(alive) + ' of 50 objects nobody uses are still alive without the collector'
        return None

    for name, check in [
        ('${CHECKS[0]}', miss),
        ('${CHECKS[1]}', hit),
        ('${CHECKS[2]}', no_strong),
        ('${CHECKS[3]}', evicted),
        ('${CHECKS[4]}', many),
    ]:
        try:
            why = check()
        except Exception as e:
            why = 'it raised ' + type(e).__name__ + ': ' + str(e)
        print('PASS ' + name if why is None else 'FAIL ' + name + ': ' + why)
    gc.enable()

_check_weak_cache()
del _check_weak_cache
`;

/** The script that checks `source` (the learner's code, defining WeakCache). */
export function checkerScript(source: string): string {
  return source.replace(/\s+$/, '') + '\n' + HIDDEN_CHECKS;
}

/** The verdicts a checker run printed, in the order of CHECKS; null if it printed none. */
export function verdictsOf(stdout: string): Verdict[] | null {
  const verdicts: Verdict[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^(PASS|FAIL) (.+?)(?:: (.*))?$/.exec(line);
    const check = CHECKS.find((c) => c === m?.[2]);
    if (m && check) verdicts.push({ check, passed: m[1] === 'PASS', why: m[3] ?? '' });
  }
  return verdicts.length ? verdicts : null;
}
