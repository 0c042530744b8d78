import { describe, expect, it } from 'vitest';
import { CPYTHON_BUILTIN_NAMES } from './cpythonBuiltinNames';
import { CPYTHON_MODULE_MEMBERS } from './cpythonModuleMembers';
import { CPYTHON_TYPE_ATTRIBUTES } from './cpythonTypeAttributes';
import { MODULE_NAMES } from './modules';
import { Session } from './session';

function printed(s: Session, line: string): string {
  return s
    .run(line)
    .output.map((c) => c.text)
    .join('');
}

describe("the names of CPython's builtins module", () => {
  it('each one is found, or refused by name at its line: never a NameError', () => {
    const s = new Session();
    const refused: string[] = [];
    for (const name of CPYTHON_BUILTIN_NAMES) {
      const out = printed(s, `v = ${name}`);
      if (out === '') continue;
      expect(out).toBe(
        `NotSupported: the built-in '${name}' is not supported by Heapscope (line 1)\n`,
      );
      refused.push(name);
    }
    // The everyday ones are implemented.
    for (const name of ['enumerate', 'zip', 'map', 'filter', 'reversed', 'min', 'max', 'sum'])
      expect(refused).not.toContain(name);
  });

  it('a name the program binds itself is its own, and other names are still NameErrors', () => {
    const s = new Session();
    expect(printed(s, 'input = 5; print(input)')).toBe('5\n');
    expect(printed(s, 'print(undefined_name)')).toContain(
      "NameError: name 'undefined_name' is not defined",
    );
  });
});

describe("the attributes of CPython's built-in types", () => {
  const samples: Record<string, string> = {
    str: "'ab'",
    list: '[1]',
    tuple: '(1,)',
    dict: '{1: 2}',
    set: '{1}',
    int: '(7)',
    float: '(1.5)',
    bool: 'True',
    range: 'range(3)',
    NoneType: 'None',
    object: 'object()',
    enumerate: 'enumerate([])',
    zip: 'zip()',
    map: 'map(len, [])',
    filter: 'filter(None, [])',
    reversed: 'reversed(())',
    list_reverseiterator: 'reversed([])',
    list_iterator: 'iter([])',
    tuple_iterator: 'iter(())',
    range_iterator: 'iter(range(1))',
    str_ascii_iterator: "iter('')",
    set_iterator: 'iter(set())',
    frozenset: 'frozenset([1])',
    dict_keyiterator: 'iter({})',
    type: 'int',
    BaseException: 'ValueError()',
    generator: '(x for x in [])',
    property: 'property()',
    staticmethod: 'staticmethod(lambda: 0)',
    classmethod: 'classmethod(lambda: 0)',
    super: 'super(int, 1)',
    deque: 'collections.deque()',
    _deque_iterator: 'iter(collections.deque())',
    defaultdict: 'collections.defaultdict()',
    OrderedDict: 'collections.OrderedDict()',
    Counter: 'collections.Counter()',
    WeakSet: 'weakref.WeakSet()',
    WeakKeyDictionary: 'weakref.WeakKeyDictionary()',
    WeakValueDictionary: 'weakref.WeakValueDictionary()',
    ReferenceType: 'weakref.ref(w)',
    finalize: 'weakref.finalize(w, len, ())',
    WeakMethod: 'weakref.WeakMethod(w.m)',
    dict_keys: '{1: 2}.keys()',
    dict_values: '{1: 2}.values()',
    dict_items: '{1: 2}.items()',
    dict_valueiterator: 'iter({1: 2}.values())',
    dict_itemiterator: 'iter({1: 2}.items())',
    function: '(lambda: 0)',
    method: 'w.m',
    builtin_function_or_method: 'len',
    cell: 'outer().__closure__[0]',
    mappingproxy: 'W.__dict__',
    odict_keys: 'collections.OrderedDict().keys()',
    odict_values: 'collections.OrderedDict().values()',
    odict_items: 'collections.OrderedDict().items()',
    odict_iterator: 'iter(collections.OrderedDict())',
    str_iterator: "iter('é')",
  };
  it('each one is found, or refused by name at its line: never an AttributeError', () => {
    const s = new Session();
    printed(s, 'import collections, weakref');
    printed(s, 'class W:\n    def m(self):\n        pass\n');
    printed(s, 'w = W()');
    printed(s, 'def outer():\n    x = 1\n    return lambda: x\n');
    for (const [type, names] of Object.entries(CPYTHON_TYPE_ATTRIBUTES)) {
      expect(samples[type], `a sample of ${type}`).toBeDefined();
      for (const name of names) {
        const out = printed(s, `v = ${samples[type]}.${name}`);
        if (out === '') continue;
        // Named with the built-in type that has it (a class's own, or type's).
        expect(out).toMatch(
          new RegExp(
            `^NotSupported: (the attribute '\\w+\\.${name}'|\\w+\\.${name}) is not supported by Heapscope \\(line 1\\)\n$`,
          ),
        );
      }
    }
    expect(printed(s, "v = 'ab'.split")).toBe('');
    expect(printed(s, "v = 'ab'.no_such_method")).toContain('AttributeError');
  });
});

describe('attributes a user class inherits from built-in ones', () => {
  it('are refused by name, while unknown attributes stay AttributeErrors', () => {
    const s = new Session();
    printed(s, 'class C:\n    pass\n');
    printed(s, 'class E(Exception):\n    pass\n');
    expect(printed(s, 'v = C().__init__')).toBe(
      "NotSupported: the attribute 'object.__init__' is not supported by Heapscope (line 1)\n",
    );
    expect(printed(s, 'v = C.__subclasses__')).toBe(
      "NotSupported: the attribute 'type.__subclasses__' is not supported by Heapscope (line 1)\n",
    );
    expect(printed(s, 'v = E().with_traceback')).toBe(
      "NotSupported: the attribute 'BaseException.with_traceback' is not supported by Heapscope (line 1)\n",
    );
    expect(printed(s, 'v = C().missing')).toContain(
      "AttributeError: 'C' object has no attribute 'missing'",
    );
  });
});

describe("the members of CPython's modules", () => {
  it('each one of a supported module is found, or refused by name at its line', () => {
    const s = new Session();
    const found: string[] = [];
    for (const module of MODULE_NAMES) {
      printed(s, `import ${module}`);
      for (const name of CPYTHON_MODULE_MEMBERS[module] ?? []) {
        const out = printed(s, `v = ${module}.${name}`);
        if (out === '') {
          found.push(`${module}.${name}`);
          continue;
        }
        expect(out).toBe(
          `NotSupported: ${module}.${name} is not supported by Heapscope (line 1)\n`,
        );
      }
    }
    for (const name of ['sys.getrefcount', 'sys.maxsize', 'gc.collect', 'weakref.ref'])
      expect(found).toContain(name);
  });

  it('a from-import of a missing member binds nothing before it is refused', () => {
    const s = new Session();
    expect(printed(s, 'from sys import getrefcount, argv')).toBe(
      'NotSupported: sys.argv is not supported by Heapscope (line 1)\n',
    );
    expect(printed(s, 'print(getrefcount)')).toContain("NameError: name 'getrefcount'");
  });
});
