import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { CPYTHON_MODULE_MEMBERS } from '../cpythonModuleMembers';
import { CONTEXTLIB } from './contextlib';
import { TYPING } from './typing';

/** The message a refused construct ends a run with. */
const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

const run = (source: string) => new Session().run(source);

describe('json, pprint and collections: what Heapscope does not run is refused by name', () => {
  const members: [string, string][] = [
    ['json', 'dump'],
    ['json', 'load'],
    ['json', 'JSONEncoder'],
    ['json', 'JSONDecoder'],
    ['json', 'detect_encoding'],
    ['pprint', 'PrettyPrinter'],
    ['collections', 'UserList'],
    ['collections', 'ChainMap'],
    ['collections', 'UserDict'],
  ];

  it.each(members)('refuses %s.%s on its line, and its from-import before running', (m, name) => {
    expect(run(`import ${m}\nx = 1\ny = ${m}.${name}\n`).error).toBe(refusal(`${m}.${name}`, 3));
    const r = run(`print('ran')\nfrom ${m} import ${name}\n`);
    expect(r.error).toBe(refusal(`${m}.${name}`, 2));
    expect(r.events.filter((e) => e.kind === 'stdout')).toEqual([]);
  });

  it.each([
    ['json.dumps([1], default=str)', 'json.dumps(default=...)'],
    ['json.dumps([1], cls=None, check_circular=False)', 'json.dumps(check_circular=False)'],
    ['json.dumps([1], indent=1.5)', "json.dumps(indent=) of a 'float'"],
    ["json.dumps([1], separators=(',',))", 'json.dumps(separators=) other than a pair of strs'],
    ['json.loads("[1]", object_hook=dict)', 'json.loads(object_hook=...)'],
    ['pprint.pformat([1], indent=1.5)', "pprint.pformat(indent=) of a 'float'"],
    ['pprint.pprint({1: 2, "a": 3})', 'pprint of a dict whose keys cannot be ordered'],
    ['collections.deque([1]) + collections.deque([2])', "the operator '+' with a deque"],
    ["collections.Counter('ab') - collections.Counter('a')", "the operator '-' with a Counter"],
    ["collections.Counter('ab') <= collections.Counter('a')", "the comparison '<=' with a Counter"],
    ['collections.deque([1]).__reversed__', "the attribute 'deque.__reversed__'"],
    ['collections.OrderedDict().__dict__', "the attribute 'OrderedDict.__dict__'"],
    ["collections.Counter('ab').elements", "the attribute 'Counter.elements'"],
    ['repr(json)', "the repr of the module 'json'"],
    ['str(json.decoder)', "the repr of the module 'json.decoder'"],
  ])('refuses %s', (expr, construct) => {
    const r = run(`import json, pprint, collections\nv = ${expr}\n`);
    expect(r.error).toBe(refusal(construct, 2));
  });

  it('keeps the AttributeError of a name none of them has in CPython either', () => {
    expect(run('import collections\ncollections.no_such_thing\n').error).toContain(
      "AttributeError: module 'collections' has no attribute 'no_such_thing'",
    );
  });
});

describe("a module's references are not modelled", () => {
  it.each([
    ['import gc\nimport sys\nprint(sys.getrefcount(gc))\n', 'sys.getrefcount of a module', 3],
    [
      'import gc, json\nx = [json]\nr = gc.get_referrers(x, json)\n',
      'gc.get_referrers of a module',
      3,
    ],
  ])('%s is refused by name', (source, construct, line) => {
    const r = run(source);
    expect(r.error).toBe(refusal(construct, line));
    expect(r.events.filter((e) => e.kind === 'stdout')).toEqual([]);
  });
});

describe('dict.update of a mapping that is not a dict', () => {
  // CPython merges it through keys() and []: not modelled, so refused rather than read as pairs.
  it('is refused by name', () => {
    const r = run(
      'class M:\n    def keys(self):\n        return ["a"]\n    def __getitem__(self, k):\n        return 1\nd = {}\nd.update(M())\n',
    );
    expect(r.error).toBe(refusal("dict.update() of a 'M' (a mapping that is not a dict)", 7));
  });
});

describe('typing and contextlib refuse exactly what they do not bind', () => {
  it.each([
    ['typing', TYPING],
    ['contextlib', CONTEXTLIB],
  ] as const)('%s', (name, module) => {
    const r = run(`import ${name}\nprint(*sorted(${name}.__dict__))\n`);
    const bound = r.output
      .map((c) => c.text)
      .join('')
      .trim()
      .split(' ');
    const cpython = CPYTHON_MODULE_MEMBERS[name]!;
    // Bound names are never refused; a CPython name the module does not bind always is.
    expect(bound.filter((n) => module.refused.includes(n))).toEqual([]);
    expect([...cpython].filter((n) => !bound.includes(n) && !module.refused.includes(n))).toEqual(
      [],
    );
  });
});
