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

describe('decorators', () => {
  it('runs the built-in decorators as CPython does', () => {
    const r = run(
      'class C:\n    @staticmethod\n    def s():\n        return 1\n\n    @classmethod\n    def k(cls):\n        return cls.__name__\n\n    @property\n    def p(self):\n        return 3\n\nprint(C.s(), C().k(), C().p)',
    );
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('1 C 3\n');
  });

  it("uses the program's own function of that name", () => {
    const r = run(
      'def property(f):\n    return f\n\n@property\ndef y():\n    return 2\n\nprint(y())',
    );
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('2\n');
  });

  it('calls a class decorator on the class before it is stored', () => {
    const r = run(
      'def d(c):\n    print("got", c.__name__)\n    return 5\n\n@d\nclass C:\n    pass\n\nprint(C)',
    );
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('got C\n5\n');
  });
});
