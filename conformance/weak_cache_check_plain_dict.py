# The weak-cache exercise's hidden checks (src/lessons/weakCacheCheck.ts) on a wrong cache (plain dict).
class WeakCache:
    def __init__(self, factory):
        self.factory = factory
        self.objects = {}
    def get(self, name):
        if name not in self.objects:
            self.objects[name] = self.factory(name)
        return self.objects[name]

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
                    'the name, and getrefcount\'s argument): the cache holds ' + str(count - 2)
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
        ('a miss makes the object with the factory', miss),
        ('a hit returns the cached object', hit),
        ('the cache keeps no strong reference', no_strong),
        ('an object nobody uses is freed and evicted', evicted),
        ('many objects come and go without the collector', many),
    ]:
        try:
            why = check()
        except Exception as e:
            why = 'it raised ' + type(e).__name__ + ': ' + str(e)
        print('PASS ' + name if why is None else 'FAIL ' + name + ': ' + why)
    gc.enable()

_check_weak_cache()
del _check_weak_cache
