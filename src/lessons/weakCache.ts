import type { Lesson } from './format';

const WEAK_CACHE_STARTER =
  'class WeakCache:\n' +
  '    """One shared object per name, kept only while someone uses it."""\n' +
  '    def __init__(self, factory):\n' +
  '        self.factory = factory\n' +
  '        self.objects = weakref.WeakValueDictionary()\n' +
  '    def get(self, name):\n' +
  '        # To write: return the object cached for name if it is still alive;\n' +
  '        # otherwise make it with self.factory(name), cache it (weakly), return it.\n' +
  '        return self.factory(name)';

export const weakCache: Lesson = {
  name: 'weak-cache',
  title: 'Exercise: a weak cache',
  summary:
    'The talk’s exercise: a cache that hands out one object per name and does not keep objects nobody uses.',
  steps: [
    {
      text: 'The talk ends with an exercise: build a “weak cache” for large objects that are expensive to create. When a client asks for an object that does not exist, one is created, returned and cached (weakly); if it is in the cache, that one is returned; when no other references to it exist, the cache does not keep it. Here is the expensive object: it records every time one is made.',
      python: [
        'import weakref',
        'made = []',
        'class Big:\n    def __init__(self, name):\n        self.name = name\n        self.data = [0] * 1000\n        made.append(name)',
      ],
      look: ['made', 'Big'],
    },
    {
      text: 'Why not an ordinary dict? Try it: a cache that keeps what it makes.',
      python: [
        'class StrongCache:\n    def __init__(self):\n        self.objects = {}\n    def get(self, name):\n        if name not in self.objects:\n            self.objects[name] = Big(name)\n        return self.objects[name]',
        'strong = StrongCache()',
        'a = strong.get("x")',
        'b = strong.get("x")',
        'print(a is b, made)',
      ],
      look: ['strong', 'a', 'b'],
      predict: {
        kind: 'output',
        question: 'What does `print(a is b, made)` print?',
        explain: "`True ['x']`: the second request got the cached object, and only one was made.",
      },
    },
    {
      text: 'Now nobody uses it any more.',
      python: ['del a, b', 'print(len(strong.objects))'],
      look: ['strong.objects'],
      predict: {
        kind: 'output',
        question: 'What does `print(len(strong.objects))` print?',
        explain:
          '1: the dict holds the object for ever. Ask for a thousand different names and a thousand big objects stay in memory.',
      },
    },
    {
      text: 'The tool for the job is a `weakref.WeakValueDictionary`: it holds its values weakly, so an entry disappears when no one else refers to its value. Its `get(key)` returns `None` for a missing key, as a dict’s does.',
      python: [
        'objects = weakref.WeakValueDictionary()',
        'y = Big("y")',
        'objects["y"] = y',
        'print(objects.get("y") is y)',
        'del y',
        'print(objects.get("y"))',
      ],
      look: ['objects'],
      predict: {
        kind: 'output',
        question: 'After `del y`, what does `print(objects.get("y"))` print?',
        explain: '`None`: the object died, and its entry went with it.',
      },
    },
    {
      text: 'Your class starts like this. `get` runs, but it does not cache anything yet: that is your part.',
      python: [WEAK_CACHE_STARTER, 'cache = WeakCache(Big)'],
      look: ['cache', 'cache.objects'],
    },
    {
      text: 'The starter fails the first requirement.',
      python: ['made.clear()', 'c = cache.get("z")', 'd = cache.get("z")', 'print(c is d, made)'],
      look: ['c', 'd'],
      predict: {
        kind: 'output',
        question: 'With the starter, what does `print(c is d, made)` print?',
        explain:
          "`False ['z', 'z']`: two requests, two objects made. When your `get` works, it prints `True ['z']`.",
      },
    },
    {
      text: 'What your `WeakCache` must do, and what the checker will try: (1) two `get`s of one name, while the first object is still in use, return the same object and make it once; (2) once nobody refers to the object, the cache does not keep it alive (`len(cache.objects)` drops to 0, with no `gc.collect()`); (3) a `get` after that makes a new one. Type your class in the console (the starter with `get` filled in), make a new `cache = WeakCache(Big)`, and try the step before this one again.',
    },
  ],
};
