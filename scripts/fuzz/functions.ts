/**
 * The small functions a generated program may define and call. Each has its Python source, a way
 * to build arguments that suit it, and its effect on the heap model (what it stores, returns).
 */
import { findEntry, isDict, isInst, isList, setAttr, setEntry, type GenContext } from './context';
import { isObj, type Val } from './model';

export interface CallArgs {
  readonly exprs: string[];
  readonly vals: Val[];
}

export interface FnSpec {
  readonly name: string;
  readonly source: readonly string[];
  /** Arguments that make the call valid, or null when the heap offers none. */
  args(g: GenContext): CallArgs | null;
  /** The call's effect on the model; returns the return value. */
  apply(g: GenContext, vals: Val[]): Val;
  /** The exception every call raises (such functions are only called inside `try`). */
  readonly raises?: string;
  /** Sets up what the `def` itself creates (a default argument's object). */
  define?(g: GenContext): void;
  /** Takes `*args` only: called with positional or `*`-unpacked arguments, never keywords. */
  readonly varargs?: boolean;
}

/** The parameter names of a function, from its `def` line (after any decorator's). */
export function parameters(fn: FnSpec): string[] {
  const def = fn.source.find((l) => l.startsWith(`def ${fn.name}(`)) ?? fn.source[0]!;
  const inside = /\((.*)\)/.exec(def)?.[1] ?? '';
  return inside
    .split(',')
    .map((p) => p.split('=')[0]!.trim())
    .filter((p) => p !== '');
}

const COLLECT_DEFAULT = 'collect.__defaults__[0]';

function one(e: { expr: string; val: Val } | null): CallArgs | null {
  return e ? { exprs: [e.expr], vals: [e.val] } : null;
}

export const FUNCTIONS: readonly FnSpec[] = [
  {
    name: 'ident',
    source: ['def ident(x):', '    return x'],
    args: (g) => one(g.objectValue()),
    apply: (_g, [x]) => x!,
  },
  {
    name: 'rc',
    source: ['def rc(x):', '    return sys.getrefcount(x)'],
    args: (g) => one(g.objectValue()),
    apply: () => '0',
  },
  {
    name: 'show',
    source: ['def show(x):', '    print("show", sys.getrefcount(x))', '    return x'],
    args: (g) => one(g.objectValue()),
    apply: (_g, [x]) => x!,
  },
  {
    name: 'keep',
    source: ['def keep(box, x):', '    box.append(x)'],
    args: (g) => {
      const box = g.pickObj(isList);
      if (!box) return null;
      const x = g.value();
      return { exprs: [box.expr, x.expr], vals: [box.val, x.val] };
    },
    apply: (g, [box, x]) => {
      g.obj(box as number).items.push(x!);
      return 'None';
    },
  },
  {
    name: 'store',
    source: ['def store(o, x):', '    o.value = x', '    return o'],
    args: (g) => {
      const o = g.pickObj(isInst);
      if (!o) return null;
      const x = g.value();
      return { exprs: [o.expr, x.expr], vals: [o.val, x.val] };
    },
    apply: (g, [o, x]) => {
      setAttr(g.obj(o as number), 'value', x!);
      return o!;
    },
  },
  {
    name: 'pair',
    source: ['def pair(x, y):', '    return (x, y)'],
    args: (g) => {
      const x = g.value();
      const y = g.value();
      return { exprs: [x.expr, y.expr], vals: [x.val, y.val] };
    },
    apply: (g, [x, y]) => {
      const t = g.heap.alloc('tuple');
      t.items = [x!, y!];
      return t.id;
    },
  },
  {
    name: 'wrap',
    source: ['def wrap(x):', '    return [x]'],
    args: (g) => one(g.value()),
    apply: (g, [x]) => {
      const l = g.heap.alloc('list');
      l.items = [x!];
      return l.id;
    },
  },
  {
    name: 'make',
    source: ['def make(tag):', '    return Tracked(tag)'],
    args: (g) => {
      const tag = g.nextTag('m');
      return { exprs: [`"${tag}"`], vals: [`'${tag}'`] };
    },
    apply: (g, [tag]) => {
      const o = g.heap.alloc('inst', 'Tracked');
      o.attrs = [{ name: 'tag', val: tag! }];
      return o.id;
    },
  },
  {
    name: 'local',
    source: [
      'def local(x):',
      '    y = x',
      '    z = [x, y]',
      '    print("local", sys.getrefcount(x))',
      '    return len(z)',
    ],
    args: (g) => one(g.objectValue()),
    apply: () => '2',
  },
  {
    name: 'put',
    source: ['def put(d, k, v):', '    d[k] = v'],
    args: (g) => {
      const d = g.pickObj(isDict);
      if (!d) return null;
      const k = g.key();
      const v = g.value();
      return { exprs: [d.expr, k, v.expr], vals: [d.val, k, v.val] };
    },
    apply: (g, [d, k, v]) => {
      setEntry(g.obj(d as number), k!, v!);
      return 'None';
    },
  },
  {
    name: 'take',
    source: ['def take(d, k):', '    return d.pop(k)'],
    args: (g) => {
      const d = g.pickObj((o) => isDict(o) && o.entries.some((e) => !isObj(e.key)));
      if (!d) return null;
      const entries = g.obj(d.val as number).entries.filter((e) => !isObj(e.key));
      const k = g.rng.pick(entries).key as string;
      return { exprs: [d.expr, k], vals: [d.val, k] };
    },
    apply: (g, [d, k]) => {
      const o = g.obj(d as number);
      const i = findEntry(o, k!);
      const [entry] = o.entries.splice(i, 1);
      return entry!.val;
    },
  },
  {
    name: 'drop',
    source: ['def drop(o):', '    del o.value', '    return o'],
    args: (g) => one(g.pickObj((o) => isInst(o) && o.attrs.some((a) => a.name === 'value'))),
    apply: (g, [o]) => {
      const obj = g.obj(o as number);
      obj.attrs = obj.attrs.filter((a) => a.name !== 'value');
      return o!;
    },
  },
  {
    // Locals die when the frame is cleared, in the order they were declared.
    name: 'scope',
    source: [
      'def scope(tag):',
      '    first = Tracked(tag + ".1")',
      '    second = [Tracked(tag + ".2")]',
      '    third = Tracked(tag + ".3")',
      '    return second',
    ],
    args: (g) => {
      const tag = g.nextTag('l');
      return { exprs: [`"${tag}"`], vals: [`'${tag}'`] };
    },
    apply: (g) => {
      const inner = g.heap.alloc('inst', 'Tracked');
      inner.attrs = [{ name: 'tag', val: "'local'" }];
      const second = g.heap.alloc('list');
      second.items = [inner.id];
      return second.id;
    },
  },
  {
    name: 'publish',
    source: ['def publish(x):', '    global e', '    e = x'],
    args: (g) => one(g.value()),
    apply: (g, [x]) => {
      g.heap.names.set('e', x!);
      return 'None';
    },
  },
  {
    // A mutable default: one list, kept alive by the function, shared by every call.
    name: 'collect',
    source: ['def collect(x, acc=[]):', '    acc.append(x)', '    return acc'],
    define: (g) => {
      g.heap.roots.set(COLLECT_DEFAULT, g.heap.alloc('list').id);
    },
    args: (g) => one(g.value()),
    apply: (g, [x]) => {
      const acc = g.heap.roots.get(COLLECT_DEFAULT) as number;
      g.obj(acc).items.push(x!);
      return acc;
    },
  },
  {
    // A closure reads its argument through a cell: one more reference while the cell lives.
    name: 'capture',
    source: [
      'def capture(x):',
      '    def get():',
      '        return x',
      '    print("capture", sys.getrefcount(get()))',
      '    return get()',
    ],
    args: (g) => one(g.objectValue()),
    apply: (_g, [x]) => x!,
  },
  {
    // `nonlocal` rebinds a cell; the frame's plain locals die first, then its cells.
    name: 'tally',
    source: [
      'def tally(x):',
      '    seen = [x]',
      '    count = 0',
      '    def bump():',
      '        nonlocal count',
      '        count += 1',
      '        seen.append(count)',
      '    bump()',
      '    bump()',
      '    return seen',
    ],
    args: (g) => one(g.value()),
    apply: (g, [x]) => {
      const l = g.heap.alloc('list');
      l.items = [x!, '1', '2'];
      return l.id;
    },
  },
  {
    // A user decorator: the wrapper closes over the decorated function.
    name: 'boxit',
    source: [
      'def listify(fn):',
      '    def wrapper(x):',
      '        return [fn(x)]',
      '    return wrapper',
      '@listify',
      'def boxit(x):',
      '    return x',
    ],
    args: (g) => one(g.value()),
    apply: (g, [x]) => {
      const l = g.heap.alloc('list');
      l.items = [x!];
      return l.id;
    },
  },
  {
    // A list comprehension: its own frame, called with the iterator of a temporary tuple.
    name: 'twice',
    source: ['def twice(x):', '    return [y for y in (x, x)]'],
    args: (g) => one(g.value()),
    apply: (g, [x]) => {
      const l = g.heap.alloc('list');
      l.items = [x!, x!];
      return l.id;
    },
  },
  {
    // Each item's count inside a comprehension: the list, the loop variable, the argument.
    name: 'counts',
    source: ['def counts(box):', '    return [sys.getrefcount(v) for v in box]'],
    // Only lists of objects: an int's count (small ints are shared) is not compared.
    args: (g) => one(g.pickObj((o) => isList(o) && o.items.every(isObj))),
    apply: (g, [box]) => {
      const l = g.heap.alloc('list');
      l.items = g.obj(box as number).items.map(() => '0');
      return l.id;
    },
  },
  {
    // A dict comprehension over items(): a new dict sharing the keys and values.
    name: 'rekey',
    source: ['def rekey(d):', '    return {k: v for k, v in d.items()}'],
    args: (g) => one(g.pickObj(isDict)),
    apply: (g, [d]) => {
      const copy = g.heap.alloc('dict');
      copy.entries = g.obj(d as number).entries.map((e) => ({ ...e }));
      return copy.id;
    },
  },
  {
    // The callee's *args tuple holds one reference to each argument.
    name: 'spread',
    source: [
      'def spread(*args):',
      '    for a in args:',
      '        print("spread", sys.getrefcount(a))',
      '    return args',
    ],
    varargs: true,
    args: (g) => {
      const n = g.rng.int(1, 3);
      const exprs: string[] = [];
      const vals: Val[] = [];
      for (let i = 0; i < n; i++) {
        // Objects only: the refcount of an int or a str is not compared.
        const v = g.objectValue();
        if (!v) return null;
        exprs.push(v.expr);
        vals.push(v.val);
      }
      return { exprs, vals };
    },
    apply: (g, vals) => {
      const t = g.heap.alloc('tuple');
      t.items = [...vals];
      return t.id;
    },
  },
  {
    // A generator's suspended frame holds its closure cell; list() drains it.
    name: 'spool',
    source: [
      'def spool(x):',
      '    def items():',
      '        print("spool", sys.getrefcount(x))',
      '        yield x',
      '        yield x',
      '    return list(items())',
    ],
    args: (g) => one(g.objectValue()),
    apply: (g, [x]) => {
      const l = g.heap.alloc('list');
      l.items = [x!, x!];
      return l.id;
    },
  },
  {
    // A generator expression: its frame's loop variable and the list's iterator on its stack.
    name: 'rcsum',
    source: ['def rcsum(box):', '    return sum(sys.getrefcount(v) for v in box)'],
    args: (g) => one(g.pickObj((o) => isList(o) && o.items.every(isObj))),
    apply: () => '0',
  },
  {
    // Released while suspended: GeneratorExit runs its `finally` as the generator dies.
    name: 'halfway',
    source: [
      'def halfway(x):',
      '    def walk():',
      '        try:',
      '            yield x',
      '            yield [x]',
      '        finally:',
      '            print("finally", sys.getrefcount(x))',
      '    g = walk()',
      '    first = next(g)',
      '    print("suspended", sys.getrefcount(x))',
      '    del g',
      '    return first',
    ],
    args: (g) => one(g.objectValue()),
    apply: (_g, [x]) => x!,
  },
  {
    // `yield from` passes a sent value to the inner generator, whose return value comes back.
    name: 'relay',
    source: [
      'def relay(x):',
      '    def inner():',
      '        got = yield 1',
      '        print("inner", got is x, sys.getrefcount(x))',
      '        return [got]',
      '    def outer():',
      '        res = yield from inner()',
      '        yield res',
      '    g = outer()',
      '    next(g)',
      '    return g.send(x)',
    ],
    args: (g) => one(g.objectValue()),
    apply: (g, [x]) => {
      const l = g.heap.alloc('list');
      l.items = [x!];
      return l.id;
    },
  },
  {
    // A suspended generator in a cycle: the collector closes it (its `finally` runs) and frees it.
    name: 'orbit',
    source: [
      'def orbit(x):',
      '    import gc',
      '    ring = [x]',
      '    def run():',
      '        try:',
      '            yield ring',
      '        finally:',
      '            print("closed", sys.getrefcount(x))',
      '    g = run()',
      '    ring.append(g)',
      '    next(g)',
      '    del g, ring',
      '    print("collected", gc.collect())',
      '    return x',
    ],
    args: (g) => one(g.objectValue()),
    apply: (_g, [x]) => x!,
  },
  {
    // contextlib.contextmanager: the generator's frame holds the value for the whole block.
    name: 'guarded',
    source: [
      'def guarded(x):',
      '    from contextlib import contextmanager',
      '    @contextmanager',
      '    def hold(v):',
      '        print("hold", sys.getrefcount(v))',
      '        try:',
      '            yield [v]',
      '        finally:',
      '            print("release", sys.getrefcount(v))',
      '    with hold(x) as box:',
      '        print("box", sys.getrefcount(box), sys.getrefcount(x))',
      '    return box',
    ],
    args: (g) => one(g.objectValue()),
    apply: (g, [x]) => {
      const l = g.heap.alloc('list');
      l.items = [x!];
      return l.id;
    },
  },
  {
    // The traceback keeps fetch's frame, and so its argument, alive while the handler runs.
    name: 'fetch',
    source: ['def fetch(d):', "    return d['missing']"],
    raises: 'KeyError',
    args: (g) => one(g.pickObj(isDict)),
    apply: () => 'None',
  },
];
