/**
 * Random programs inside Heapscope's Python subset that stress reference semantics. A program is
 * the class header, a few helper functions, 10-30 random statements, then an epilogue that breaks
 * every reference cycle and deletes every name, so every `__del__` runs before the last line (the
 * spec does not compare interpreter-exit finalization) and no garbage ever waits for the cycle
 * collector (its timing is not in scope).
 */
import { GenContext, rootName } from './context';
import { FUNCTIONS, type FnSpec } from './functions';
import { isObj, type Edge, type HeapModel } from './model';
import { Rng } from './rng';
import { STATEMENTS, WEIGHTS } from './statements';

export interface Program {
  readonly seed: number;
  readonly index: number;
  readonly source: string;
}

function header(rng: Rng): string[] {
  const delBody = rng.chance(0.3)
    ? '        print("del", self.tag, sys.getrefcount(self))'
    : '        print("del", self.tag)';
  return [
    'import sys',
    'class Tracked:',
    '    def __init__(self, tag):',
    '        self.tag = tag',
    '    def __del__(self):',
    delBody,
    'class Box:',
    '    def __init__(self, value):',
    '        self.value = value',
    '    def peek(self):',
    '        print("peek", sys.getrefcount(self))',
    '        return self.value',
    'class Shown:',
    '    def __init__(self, name):',
    '        self.name = name',
    '    def __repr__(self):',
    '        return "Shown(" + self.name + ", rc=" + str(sys.getrefcount(self)) + ")"',
    'class Managed:',
    '    def __init__(self, tag):',
    '        self.tag = tag',
    '    def __enter__(self):',
    '        print("enter", self.tag, sys.getrefcount(self))',
    '        return self.tag',
    '    def __exit__(self, kind, value, tb):',
    '        print("exit", self.tag, kind, value, sys.getrefcount(self))',
    '        return kind is KeyError',
    '    def __del__(self):',
    '        print("del", self.tag)',
  ];
}

/** The Python that removes one reference, applied to the model too; null if it cannot be said. */
function breakEdge(g: GenContext, e: Edge): string | null {
  const heap = g.heap;
  const path = g.paths.get(e.from);
  if (path === undefined) return null;
  const o = heap.get(e.from);
  if (o.kind === 'tuple' || o.kind === 'method') return null;
  if (e.via.t === 'item') {
    heap.removeEdge(e);
    return `del ${path}[${e.via.index}]`;
  }
  if (e.via.t === 'attr') {
    if (g.rng.chance(0.5)) {
      heap.removeEdge(e);
      return `del ${path}.${e.via.name}`;
    }
    o.attrs.find((a) => a.name === (e.via as { name: string }).name)!.val = 'None';
    return `${path}.${e.via.name} = None`;
  }
  const key = o.entries[e.via.index]!.key;
  const keyExpr = isObj(key) ? g.paths.get(key) : key;
  if (keyExpr === undefined || (isObj(key) && e.via.t === 'key')) {
    o.entries = [];
    return `${path}.clear()`;
  }
  heap.removeEdge(e);
  return `del ${path}[${keyExpr}]`;
}

/** Statements that break every cycle; null if the generator could not find a safe order. */
function breakCycles(g: GenContext): string[] | null {
  const out: string[] = [];
  for (let round = 0; round < 200; round++) {
    const comps = g.heap.cyclicComponents();
    if (comps.length === 0) return out;
    g.beginStatement();
    const edges: Edge[] = [];
    for (const comp of comps) {
      const inComp = new Set(comp);
      for (const id of comp) {
        for (const e of g.heap.edges(g.heap.get(id))) if (inComp.has(e.to)) edges.push(e);
      }
    }
    let done = false;
    for (const e of g.rng.shuffle(edges)) {
      const saved = g.heap;
      g.heap = saved.clone();
      const line = breakEdge(g, e);
      if (line !== null && g.heap.collect()) {
        out.push(line);
        done = true;
        break;
      }
      g.heap = saved;
    }
    if (!done) return null;
  }
  return null;
}

/**
 * `del` of every name, a few at a time, in random order; a root such as a function's default
 * argument goes with `del` of the function.
 */
function deleteNames(g: GenContext): string[] {
  const names = g.rng.shuffle([...g.heap.names.keys(), ...g.heap.roots.keys()]);
  const out: string[] = [];
  while (names.length) {
    const chunk = names.splice(0, g.rng.int(1, 3));
    for (const n of chunk) {
      g.heap.names.delete(n);
      g.heap.roots.delete(n);
    }
    if (!g.heap.collect()) throw new Error('fuzz generator: deleting names leaked a cycle');
    out.push(`del ${chunk.map(rootName).join(', ')}`);
  }
  return out;
}

function tryGenerate(rng: Rng): string[] | null {
  const g = new GenContext(rng);
  const fns: FnSpec[] = rng.shuffle(FUNCTIONS).slice(0, rng.int(2, 6));
  fns.sort((x, y) => FUNCTIONS.indexOf(x) - FUNCTIONS.indexOf(y));
  const lines = [...header(rng), ...fns.flatMap((f) => f.source)];
  for (const f of fns) f.define?.(g);
  const target = rng.int(10, 30);
  let made = 0;
  for (let attempts = 0; made < target && attempts < target * 20; attempts++) {
    const kind = rng.weighted(WEIGHTS);
    const saved: HeapModel = g.heap;
    g.heap = saved.clone();
    g.beginStatement();
    const stmt = STATEMENTS[kind](g, fns);
    if (stmt && g.heap.collect()) {
      lines.push(...stmt);
      made++;
    } else g.heap = saved;
  }
  const breaks = breakCycles(g);
  if (breaks === null) return null;
  lines.push(...breaks, ...deleteNames(g));
  if (g.heap.objs.size !== 0) throw new Error('fuzz generator: objects outlive the program');
  return lines;
}

/** Program `index` of run `seed`: the same text every time. */
export function generateProgram(seed: number, index: number): Program {
  const rng = Rng.forProgram(seed, index);
  for (;;) {
    const lines = tryGenerate(rng);
    if (lines) return { seed, index, source: lines.join('\n') + '\n' };
  }
}
