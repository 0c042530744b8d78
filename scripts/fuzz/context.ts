/**
 * The generator's working state while it writes one program: the heap model, the random source,
 * and the builders of Python expressions (atoms, references to live objects, fresh objects) that
 * keep the model in step with what the expression does.
 */
import { HeapModel, isObj, type ClassName, type HObj, type ObjKind, type Val } from './model';
import type { Rng } from './rng';

/** Global names the statements bind (loop variables come on top). */
export const NAMES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
/** Attributes the statements set on instances; `tag` and `name` belong to the classes. */
export const ATTRS = ['value', 'other', 'link', 'items'] as const;
/** Attributes the classes' own methods read: never deleted or rebound. */
export const PROTECTED_ATTRS: ReadonlySet<string> = new Set(['tag', 'name']);

const ATOMS = ['0', '1', '2', '7', '42', '1000', "'x'", "'yz'", 'None'];
const KEYS = ["'k0'", "'k1'", "'k2'", "'k3'", '0', '1', '2'];

export interface Expr {
  readonly expr: string;
  readonly val: Val;
}

export class GenContext {
  heap = new HeapModel();
  private pathCache: Map<number, string> | null = null;
  private tags = 0;

  constructor(readonly rng: Rng) {}

  /** Call at the start of every statement: paths describe the heap as the statement finds it. */
  beginStatement(): void {
    this.pathCache = this.heap.paths();
  }

  get paths(): Map<number, string> {
    if (!this.pathCache) this.pathCache = this.heap.paths();
    return this.pathCache;
  }

  nextTag(prefix: string): string {
    this.tags++;
    return `${prefix}${this.tags}`;
  }

  obj(id: number): HObj {
    return this.heap.get(id);
  }

  /**
   * Names a loop rebinds while its body runs: the body's expressions must not start from them
   * (`for item in item:` iterates the old list, but `item[0]` in its body means the new item).
   */
  loopNames: ReadonlySet<string> = new Set();

  /** An expression for a live object: usually a name bound to it, else an access path. */
  refTo(id: number): string | null {
    const direct = [...this.heap.names]
      .filter(([n, v]) => v === id && !this.loopNames.has(n))
      .map(([n]) => n);
    if (direct.length && this.rng.chance(0.85)) return this.rng.pick(direct);
    const path = this.paths.get(id);
    if (path === undefined || this.loopNames.has(rootName(path))) return null;
    return path;
  }

  /** A random live object (one with an access path) satisfying `pred`. */
  pickObj(pred: (o: HObj) => boolean = () => true): Expr | null {
    const ids = [...this.paths.keys()].filter((id) => this.heap.objs.has(id) && pred(this.obj(id)));
    if (ids.length === 0) return null;
    // Objects bound to a name directly are the interesting ones: favour them.
    const named = new Set([...this.heap.names.values()].filter(isObj));
    const favoured = ids.filter((id) => named.has(id));
    const id =
      favoured.length && this.rng.chance(0.7) ? this.rng.pick(favoured) : this.rng.pick(ids);
    const expr = this.refTo(id);
    return expr === null ? null : { expr, val: id };
  }

  kindOf(v: Val): ObjKind | null {
    return isObj(v) ? this.obj(v).kind : null;
  }

  atom(): Expr {
    const a = this.rng.pick(ATOMS);
    return { expr: a, val: a };
  }

  key(): string {
    return this.rng.pick(KEYS);
  }

  /** Something to store: an atom, a live object, or a new object. */
  value(depth = 0): Expr {
    const r = this.rng.next();
    if (r < 0.25) return this.atom();
    if (r < 0.6) {
      const e = this.pickObj();
      if (e) return e;
    }
    return depth < 2 ? this.fresh(depth) : this.atom();
  }

  /** A value that is an object (live or new). */
  objectValue(depth = 0): Expr {
    if (this.rng.chance(0.5)) {
      const e = this.pickObj();
      if (e) return e;
    }
    return this.fresh(depth);
  }

  /** An expression creating a new object, allocated in the model. */
  fresh(depth = 0, kind?: 'list' | 'dict' | 'tuple' | ClassName): Expr {
    const k =
      kind ??
      this.rng.weighted({ list: 4, dict: 3, tuple: 2, Tracked: 4, Box: 3, Shown: 1 } as const);
    switch (k) {
      case 'list': {
        const n = this.rng.int(0, 3);
        const elems = Array.from({ length: n }, () => this.value(depth + 1));
        const o = this.heap.alloc('list');
        o.items = elems.map((e) => e.val);
        return { expr: `[${elems.map((e) => e.expr).join(', ')}]`, val: o.id };
      }
      case 'dict': {
        const n = this.rng.int(0, 2);
        const keys = this.rng.shuffle(KEYS).slice(0, n);
        const vals = keys.map(() => this.value(depth + 1));
        const o = this.heap.alloc('dict');
        o.entries = keys.map((key, i) => ({ key, val: vals[i]!.val }));
        return {
          expr: `{${keys.map((key, i) => `${key}: ${vals[i]!.expr}`).join(', ')}}`,
          val: o.id,
        };
      }
      case 'tuple': {
        // At least one item is an object: a tuple of constants would be a shared code constant,
        // whose refcount is not compared.
        const n = this.rng.int(1, 3);
        const elems = Array.from({ length: n }, (_, i) =>
          i === 0 ? this.objectValue(depth + 1) : this.value(depth + 1),
        );
        const order = this.rng.shuffle(elems);
        const o = this.heap.alloc('tuple');
        o.items = order.map((e) => e.val);
        const inner = order.map((e) => e.expr).join(', ');
        return { expr: n === 1 ? `(${inner},)` : `(${inner})`, val: o.id };
      }
      case 'Tracked': {
        const tag = this.nextTag('t');
        const o = this.heap.alloc('inst', 'Tracked');
        o.attrs = [{ name: 'tag', val: `'${tag}'` }];
        return { expr: `Tracked("${tag}")`, val: o.id };
      }
      case 'Box': {
        const v = this.value(depth + 1);
        const o = this.heap.alloc('inst', 'Box');
        o.attrs = [{ name: 'value', val: v.val }];
        const arg = this.rng.chance(0.2) ? `value=${v.expr}` : v.expr;
        return { expr: `Box(${arg})`, val: o.id };
      }
      case 'Shown': {
        const name = this.nextTag('s');
        const o = this.heap.alloc('inst', 'Shown');
        o.attrs = [{ name: 'name', val: `'${name}'` }];
        return { expr: `Shown("${name}")`, val: o.id };
      }
    }
  }

  /** A name from the pool (bound or not). */
  anyName(): string {
    return this.rng.pick(NAMES);
  }

  boundNames(pred: (v: Val) => boolean = () => true): string[] {
    return [...this.heap.names].filter(([, v]) => pred(v)).map(([n]) => n);
  }
}

/** The name an access path starts from. */
export const rootName = (expr: string): string => /^\w+/.exec(expr)?.[0] ?? '';

/** Dict helpers shared by statements and functions. */
export function findEntry(o: HObj, key: Val): number {
  return o.entries.findIndex((e) => e.key === key);
}

export function setEntry(o: HObj, key: Val, val: Val): void {
  const i = findEntry(o, key);
  if (i >= 0) o.entries[i]!.val = val;
  else o.entries.push({ key, val });
}

export function setAttr(o: HObj, name: string, val: Val): void {
  const a = o.attrs.find((x) => x.name === name);
  if (a) a.val = val;
  else o.attrs.push({ name, val });
}

export const isList = (o: HObj) => o.kind === 'list';
export const isDict = (o: HObj) => o.kind === 'dict';
export const isInst = (o: HObj) => o.kind === 'inst';
export const isSeq = (o: HObj) => o.kind === 'list' || o.kind === 'tuple';
export const isContainer = (o: HObj) => isSeq(o) || isDict(o);
/** A Box whose `value` is there, so `peek()` works. */
export const isPeekable = (o: HObj) => o.cls === 'Box' && o.attrs.some((a) => a.name === 'value');
