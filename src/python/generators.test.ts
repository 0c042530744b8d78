import { describe, expect, it } from 'vitest';
import { Session } from './session';

const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

const GEN = 'def g():\n    yield 1\n\nit = g()\n';

describe('what Heapscope does not model of generators is refused by name', () => {
  it.each([
    ['gi_frame', "the attribute 'generator.gi_frame'"],
    ['gi_code', "the attribute 'generator.gi_code'"],
    ['gi_yieldfrom', "the attribute 'generator.gi_yieldfrom'"],
    ['gi_suspended', "the attribute 'generator.gi_suspended'"],
  ])('refuses it.%s on its line, not with an AttributeError', (name, construct) => {
    const s = new Session();
    const r = s.run(`${GEN}x = it.${name}\n`);
    expect(r.error).toBe(refusal(construct, 5));
  });

  it.each([
    ['import sys\nsys.getsizeof(it)\n', 'sys.getsizeof of a generator', 6],
    ['import gc\ngc.get_referents(it)\n', 'gc.get_referents of a generator', 6],
    ['import weakref\nweakref.ref(it)\n', 'a weak reference of a generator', 6],
    [
      'it.throw(ValueError, ValueError(), None)\n',
      'generator.throw() with more than one argument',
      5,
    ],
  ])('refuses %j rather than answer wrongly', (code, construct, line) => {
    const s = new Session();
    const r = s.run(GEN + code);
    expect(r.error).toBe(refusal(construct, line));
  });

  it('refuses a yield inside a larger expression before anything runs', () => {
    const s = new Session();
    const r = s.run("print('ran')\ndef g():\n    print((yield 1))\n");
    expect(r.error).toBe(refusal("a 'yield' inside a larger expression or statement", 3));
    expect(r.events.filter((e) => e.kind === 'stdout')).toEqual([]);
  });

  it('refuses a yield in a lambda and in a statement header', () => {
    expect(new Session().run('f = lambda: (yield)\n').error).toBe(
      refusal("'yield' in a lambda", 1),
    );
    expect(new Session().run('def g():\n    for x in (yield):\n        pass\n').error).toBe(
      refusal("a 'yield' inside a statement's header", 2),
    );
  });

  it("refuses PEP 479's conversion of a StopIteration raised in a generator", () => {
    const r = new Session().run('def g():\n    yield 1\n    raise StopIteration\n\nlist(g())\n');
    expect(r.error).toBe(
      refusal("a StopIteration raised inside a generator (PEP 479's RuntimeError)", 3),
    );
  });

  it('refuses generators and generator expressions in the 2.7 profile', () => {
    expect(new Session({ profile: '2.7' }).run(GEN).error).toBe(
      refusal('generators in the 2.7 profile', 1),
    );
    expect(new Session({ profile: '2.7' }).run('x = sum(i for i in [1])\n').error).toBe(
      refusal('generators in the 2.7 profile', 1),
    );
  });

  it('runs generator expressions in the 3.12 profile, where PEP 709 does not inline them', () => {
    const s = new Session({ profile: '3.12' });
    const r = s.run('print(sum(x * x for x in range(4)))\n');
    expect(r.error).toBeNull();
    expect(r.events.filter((e) => e.kind === 'stdout').map((e) => 'text' in e && e.text)).toEqual([
      '14\n',
    ]);
  });
});
