import { describe, expect, it } from 'vitest';
import { PyInstance } from '../engine';
import { Interpreter } from './interpreter';

function instanceNamed(interp: Interpreter, name: string): PyInstance {
  const o = interp.heap.dictGet(interp.main.dict, interp.key(name));
  if (!(o instanceof PyInstance)) throw new Error(`no instance ${name}`);
  return o;
}

function run(source: string): Interpreter {
  const interp = new Interpreter({ sink: () => {} });
  const result = interp.run(source, 'exec', 'attrs.py');
  if (!result.ok) throw new Error(result.errorLine ?? 'failed');
  return interp;
}

describe("instances' attribute names, shared (engine/attrKeys.ts)", () => {
  it('instances that set the same names in the same order share their keys', () => {
    const interp = run(`
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
p = P(1, 2)
q = P(3, 4)
r = P(5, 6)
r.c = 7
s = P(8, 9)
s.c = 10
`);
    const [p, q, r, s] = ['p', 'q', 'r', 's'].map((n) => instanceNamed(interp, n));
    expect(p!.attrKeys).toBe(q!.attrKeys);
    expect(r!.attrKeys).toBe(s!.attrKeys);
    expect(r!.attrKeys).not.toBe(p!.attrKeys);
    // Exactly one value per attribute, nothing more.
    expect(p!.attrValues.length).toBe(2);
    expect(r!.attrValues.length).toBe(3);
    expect(p!.attrKeys.inClassOrder).toBe(true);
  });

  it("names set out of the class's order are known as such, and kept in their own order", () => {
    const interp = run(`
class P:
    pass
p = P()
p.x = 1
p.y = 2
q = P()
q.y = 3
q.x = 4
`);
    const q = instanceNamed(interp, 'q');
    expect(q.attrKeys.inClassOrder).toBe(false);
    expect(q.attributes().map(([name]) => name)).toEqual(['y', 'x']);
    expect(instanceNamed(interp, 'p').attrKeys.inClassOrder).toBe(true);
  });

  it("past 32 names, or after a deletion, an instance's keys are its own", () => {
    // (An instance of a class statement's class gets a real __dict__ past 30 names; one of a
    // built-in exception type keeps its names here.)
    const interp = run(`
class P:
    pass
a = ValueError()
b = ValueError()
for i in range(40):
    setattr(a, "n%d" % i, i)
    setattr(b, "n%d" % i, i)
c = P()
c.x = 1
c.y = 2
d = P()
d.x = 1
d.y = 2
del d.y
e = P()
e.x = 1
`);
    const [a, b, d, e] = ['a', 'b', 'd', 'e'].map((n) => instanceNamed(interp, n));
    expect(a!.attrKeys).not.toBe(b!.attrKeys);
    expect(a!.dict).toBe(null);
    expect(a!.attrKeys.size).toBe(40);
    expect(a!.getAttribute('n39')).toBe(b!.getAttribute('n39'));
    expect(d!.attrKeys).not.toBe(e!.attrKeys);
    expect(d!.attributes().map(([name]) => name)).toEqual(['x']);
  });
});
