import { describe, expect, it } from 'vitest';
import { Session } from './session';

/** The message a refused construct ends a run with. */
const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

describe('members of gc that CPython has and Heapscope does not run', () => {
  const cases: [string, string][] = [
    ['gc', 'get_objects'],
    ['gc', 'get_stats'],
    ['gc', 'get_freeze_count'],
  ];

  it.each(cases)(
    'refuses %s.%s on the line that uses it, not with an AttributeError',
    (m, name) => {
      const s = new Session();
      const r = s.run(`import ${m}\nx = 1\ny = ${m}.${name}\n`);
      expect(r.ok).toBe(false);
      expect(r.error).toBe(refusal(`${m}.${name}`, 3));
    },
  );

  it.each(cases)('refuses `from %s import %s` before the program runs', (m, name) => {
    const s = new Session();
    const r = s.run(`print('ran')\nfrom ${m} import ${name}\n`);
    expect(r.error).toBe(refusal(`${m}.${name}`, 2));
    expect(r.events.filter((e) => e.kind === 'stdout')).toEqual([]);
  });

  it('still raises AttributeError for a name the module does not have in CPython either', () => {
    const s = new Session();
    const r = s.run('import gc\ngc.no_such_thing\n');
    expect(r.error).toContain("AttributeError: module 'gc' has no attribute 'no_such_thing'");
  });

  it('refuses WeakMethod.__callback__, whose closure CPython shows as a Python function', () => {
    const s = new Session();
    const r = s.run(
      'import weakref\nclass C:\n    def m(self):\n        pass\nc = C()\nw = weakref.WeakMethod(c.m)\nw.__callback__\n',
    );
    expect(r.error).toBe(refusal('WeakMethod.__callback__', 7));
  });
});

describe("weakref's containers: CPython's methods Heapscope does not run", () => {
  it.each([
    ['weakref.WeakSet()', 'update([a])', 'WeakSet.update'],
    ['weakref.WeakSet()', 'union([a])', 'WeakSet.union'],
    ['weakref.WeakValueDictionary()', 'popitem()', 'WeakValueDictionary.popitem'],
    ['weakref.WeakKeyDictionary()', 'update({a: 1})', 'WeakKeyDictionary.update'],
  ])('%s.%s is refused, not an AttributeError CPython never raises', (make, call, name) => {
    const s = new Session();
    const r = s.run(`import weakref\nclass A:\n    pass\na = A()\nw = ${make}\nw.${call}\n`);
    expect(r.error).toBe(refusal(`the attribute '${name}'`, 6));
  });

  it('still raises AttributeError for a name CPython does not have either', () => {
    const s = new Session();
    const r = s.run('import weakref\nw = weakref.WeakSet()\nw.no_such_method\n');
    expect(r.error).toBe("AttributeError: 'WeakSet' object has no attribute 'no_such_method'");
  });
});

describe('type() with three arguments', () => {
  it('is refused (making a class that way is not run), where one or two arguments are answered', () => {
    const s = new Session();
    expect(s.run('type(1, 2)').error).toBe('TypeError: type() takes 1 or 3 arguments');
    const r = s.run('x = 1\nG = type("G", (), {})\n', 'exec');
    expect(r.error).toBe(refusal('type() with three arguments (making a class)', 2));
  });
});

describe("the set algebra of a dict's keys and items views", () => {
  it.each(['&', '|', '^', '-'])(
    '%s is refused, where a values view has none in CPython either',
    (op) => {
      const s = new Session();
      const r = s.run(`d = {1: 2}\nx = d.keys() ${op} {1}\n`, 'exec');
      expect(r.error).toBe(refusal(`the operator '${op}' with a dict's keys view`, 2));
      const items = s.run(`y = [(1, 2)] ${op} d.items()\n`, 'exec');
      expect(items.error).toBe(refusal(`the operator '${op}' with a dict's items view`, 1));
      const values = s.run(`z = d.values() ${op} {2}\n`, 'exec');
      expect(values.error).toBe(
        `TypeError: unsupported operand type(s) for ${op}: 'dict_values' and 'set'`,
      );
    },
  );
});

describe("conversions the built-in constructors would make through a class's own methods", () => {
  it.each([
    ['int', '__int__', 'return 5'],
    ['int', '__index__', 'return 5'],
    ['int', '__trunc__', 'return 5'],
    ['float', '__float__', 'return 5.0'],
    ['float', '__index__', 'return 5'],
  ])('%s() of an object with %s is refused, not a TypeError', (ctor, method, body) => {
    const s = new Session();
    const r = s.run(
      `class A:\n    def ${method}(self):\n        ${body}\n\nx = ${ctor}(A())\n`,
      'exec',
    );
    expect(r.error).toBe(refusal(`${ctor}() of an object with ${method}`, 5));
  });

  it('refuses int() of a str with non-ASCII digits or spaces, which CPython turns to ASCII', () => {
    const s = new Session();
    expect(s.run("int('١٢')").error).toBe(
      refusal('int() of a str with non-ASCII digits or spaces', 1),
    );
    expect(s.run("int('é')").error).toBe("ValueError: invalid literal for int() with base 10: 'é'");
  });
});

describe("a class's attributes that type's getsets keep apart from its dict", () => {
  it.each(['__name__', '__qualname__', '__bases__'])(
    'refuses assigning %s, which would rename or rebase the class, rather than storing it',
    (name) => {
      const s = new Session();
      const r = s.run(
        `class C:\n    pass\nC.${name} = ${name === '__bases__' ? '(object,)' : "'X'"}\n`,
      );
      expect(r.ok).toBe(false);
      expect(r.error).toBe(refusal(`assignment to a class's '${name}'`, 3));
    },
  );

  it("refuses deleting a class's __weakref__, which CPython removes from its dict", () => {
    const s = new Session();
    const r = s.run('class C:\n    pass\ndel C.__weakref__\n');
    expect(r.error).toBe(refusal("del of a class's '__weakref__'", 3));
  });
});
