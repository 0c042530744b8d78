import { describe, expect, it } from 'vitest';
import { Session } from './session';

function run(src: string): { error: string | undefined; out: string } {
  const s = new Session();
  const r = s.run(src);
  const out = r.events
    .filter((e) => e.kind === 'stdout')
    .map((e) => (e as { text: string }).text)
    .join('');
  return { error: r.error ?? undefined, out };
}

/** What Heapscope refuses around classes, each by name at its line (never a different answer). */
describe('class features Heapscope refuses by name', () => {
  const cases: [string, string][] = [
    [
      'class C:\n    def __class_getitem__(cls, item):\n        pass\n',
      "NotSupported: a class defining '__class_getitem__' is not supported by Heapscope (line 2)",
    ],
    [
      'print(1)\nclass C:\n    def __getattr__(self, name):\n        return 42\n',
      "NotSupported: a class defining '__getattr__' is not supported by Heapscope (line 3)",
    ],
    [
      'def f(self, name, v):\n    pass\nclass C:\n    __setattr__ = f\n',
      "NotSupported: a class defining '__setattr__' is not supported by Heapscope (line 3)",
    ],
    [
      'class A:\n    pass\nclass B(A):\n    def m(self):\n        return super(B)\nB().m()\n',
      'NotSupported: super() with one argument (an unbound super object) is not supported by Heapscope (line 5)',
    ],
    [
      'class M:\n    pass\nclass E(M, ValueError):\n    pass\n',
      'NotSupported: multiple inheritance from an exception class is not supported by Heapscope (line 3)',
    ],
    [
      "class A:\n    __slots__ = ('x',)\nclass B:\n    pass\nclass C(A, B):\n    pass\n",
      'NotSupported: multiple inheritance from a class with __slots__ is not supported by Heapscope (line 5)',
    ],
    [
      's = staticmethod(len)\n',
      "NotSupported: staticmethod() of a 'builtin_function_or_method' object is not supported by Heapscope (line 1)",
    ],
    [
      'class C:\n    @property\n    def x(self):\n        return 1\nprint(C.x.__doc__)\n',
      "NotSupported: the attribute 'property.__doc__' is not supported by Heapscope (line 5)",
    ],
    [
      'd = int.__dict__\n',
      "NotSupported: the attribute 'type.__dict__' is not supported by Heapscope (line 1)",
    ],
    [
      'class E(Exception):\n    def __new__(cls):\n        return super().__new__(cls)\nE()\n',
      'NotSupported: __new__ in an exception class is not supported by Heapscope (line 4)',
    ],
    [
      'm = int.__mro__\n',
      "NotSupported: the attribute 'type.__mro__' is not supported by Heapscope (line 1)",
    ],
  ];
  for (const [src, error] of cases) {
    it(error, () => {
      expect(run(src).error).toBe(error);
    });
  }
});

describe('the __class__ cell', () => {
  it('is made only for a class whose methods use super or __class__', () => {
    const r = run(
      'import sys\nclass A:\n    def m(self):\n        return 1\nclass B:\n    def m(self):\n        return super()\nprint(sys.getrefcount(A), sys.getrefcount(B))\n',
    );
    expect(r.error).toBeUndefined();
    // B's cell holds it once more (python3: 5 6).
    expect(r.out).toBe('5 6\n');
  });
});
