/**
 * The generator's model of the program's heap: which objects exist, what refers to what, and which
 * names are bound. It lets the generator emit only valid operations (a `del d[k]` whose key is
 * there, an `append` on a list) and refuse any statement that would leave a reference cycle
 * unreachable: such garbage waits for the cycle collector, whose timing is out of scope.
 *
 * A value is either an object id (number) or an atom: the Python source of an int, str or None.
 */
export type Val = number | string;

/** `method`: a bound method (`b.peek`), whose one item is the instance it is bound to. */
export type ObjKind = 'list' | 'dict' | 'tuple' | 'inst' | 'method';

/** The generated classes: `Tracked` has `__del__`, `Box` holds attributes, `Shown` a `__repr__`. */
export type ClassName = 'Tracked' | 'Box' | 'Shown';

export interface Entry {
  key: Val;
  val: Val;
}

export interface Attr {
  name: string;
  val: Val;
}

export interface HObj {
  readonly id: number;
  readonly kind: ObjKind;
  readonly cls: ClassName | null;
  /** list and tuple items; a bound method's `__self__` */
  items: Val[];
  /** dict entries in insertion order */
  entries: Entry[];
  /** instance attributes in insertion order */
  attrs: Attr[];
}

/** One reference from an object, as the generator could remove it. */
export interface Edge {
  readonly from: number;
  readonly to: number;
  readonly via:
    | { readonly t: 'item'; readonly index: number }
    | { readonly t: 'key' | 'value'; readonly index: number }
    | { readonly t: 'attr'; readonly name: string };
}

export const isObj = (v: Val): v is number => typeof v === 'number';

export class HeapModel {
  readonly objs = new Map<number, HObj>();
  /** global names in binding order (a rebound name keeps its place, as in a dict) */
  readonly names = new Map<string, Val>();
  /**
   * References held outside the names, keyed by the expression that reaches them, such as a
   * function's default argument (`collect.__defaults__[0]`); statements never rebind these.
   */
  readonly roots = new Map<string, Val>();
  private nextId = 1;

  clone(): HeapModel {
    const c = new HeapModel();
    c.nextId = this.nextId;
    for (const [id, o] of this.objs) {
      c.objs.set(id, {
        id,
        kind: o.kind,
        cls: o.cls,
        items: [...o.items],
        entries: o.entries.map((e) => ({ ...e })),
        attrs: o.attrs.map((a) => ({ ...a })),
      });
    }
    for (const [n, v] of this.names) c.names.set(n, v);
    for (const [n, v] of this.roots) c.roots.set(n, v);
    return c;
  }

  alloc(kind: ObjKind, cls: ClassName | null = null): HObj {
    const o: HObj = { id: this.nextId++, kind, cls, items: [], entries: [], attrs: [] };
    this.objs.set(o.id, o);
    return o;
  }

  get(id: number): HObj {
    const o = this.objs.get(id);
    if (!o) throw new Error(`model: no object ${id}`);
    return o;
  }

  /** Every reference an object holds, in a stable order. */
  edges(o: HObj): Edge[] {
    const out: Edge[] = [];
    o.items.forEach((v, index) => {
      if (isObj(v)) out.push({ from: o.id, to: v, via: { t: 'item', index } });
    });
    o.entries.forEach((e, index) => {
      if (isObj(e.key)) out.push({ from: o.id, to: e.key, via: { t: 'key', index } });
      if (isObj(e.val)) out.push({ from: o.id, to: e.val, via: { t: 'value', index } });
    });
    for (const a of o.attrs) {
      if (isObj(a.val)) out.push({ from: o.id, to: a.val, via: { t: 'attr', name: a.name } });
    }
    return out;
  }

  reachable(): Set<number> {
    const seen = new Set<number>();
    const stack: number[] = [];
    for (const v of [...this.names.values(), ...this.roots.values()]) if (isObj(v)) stack.push(v);
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const e of this.edges(this.get(id))) if (!seen.has(e.to)) stack.push(e.to);
    }
    return seen;
  }

  /**
   * Frees what reference counting frees: every unreachable object, provided none of them sits on
   * (or hangs from) a cycle. Returns false, leaving the model untouched, if some would leak.
   */
  collect(): boolean {
    const live = this.reachable();
    const dead = [...this.objs.keys()].filter((id) => !live.has(id));
    if (dead.length === 0) return true;
    const deadSet = new Set(dead);
    const indegree = new Map<number, number>(dead.map((id) => [id, 0]));
    for (const id of dead) {
      for (const e of this.edges(this.get(id))) {
        if (deadSet.has(e.to)) indegree.set(e.to, indegree.get(e.to)! + 1);
      }
    }
    const ready = dead.filter((id) => indegree.get(id) === 0);
    let freed = 0;
    while (ready.length) {
      const id = ready.pop()!;
      freed++;
      for (const e of this.edges(this.get(id))) {
        if (!deadSet.has(e.to)) continue;
        const n = indegree.get(e.to)! - 1;
        indegree.set(e.to, n);
        if (n === 0) ready.push(e.to);
      }
    }
    if (freed !== dead.length) return false;
    for (const id of dead) this.objs.delete(id);
    return true;
  }

  /**
   * A Python expression reaching each live object from a global name (shortest first, names in
   * binding order). Values stored under instance keys are left out (no literal spells the key).
   */
  paths(): Map<number, string> {
    const out = new Map<number, string>();
    const queue: number[] = [];
    for (const [name, v] of [...this.names, ...this.roots]) {
      if (isObj(v) && !out.has(v)) {
        out.set(v, name);
        queue.push(v);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const o = this.get(queue[qi]!);
      const base = out.get(o.id)!;
      const visit = (v: Val, expr: string) => {
        if (isObj(v) && !out.has(v)) {
          out.set(v, expr);
          queue.push(v);
        }
      };
      if (o.kind === 'method') visit(o.items[0]!, `${base}.__self__`);
      else o.items.forEach((v, i) => visit(v, `${base}[${i}]`));
      for (const e of o.entries) if (!isObj(e.key)) visit(e.val, `${base}[${e.key}]`);
      for (const a of o.attrs) visit(a.val, `${base}.${a.name}`);
    }
    return out;
  }

  /** The strongly connected components that hold a cycle (Tarjan). */
  cyclicComponents(): number[][] {
    const index = new Map<number, number>();
    const low = new Map<number, number>();
    const onStack = new Set<number>();
    const stack: number[] = [];
    const comps: number[][] = [];
    let counter = 0;
    const strong = (v: number) => {
      index.set(v, counter);
      low.set(v, counter);
      counter++;
      stack.push(v);
      onStack.add(v);
      for (const e of this.edges(this.get(v))) {
        if (!index.has(e.to)) {
          strong(e.to);
          low.set(v, Math.min(low.get(v)!, low.get(e.to)!));
        } else if (onStack.has(e.to)) {
          low.set(v, Math.min(low.get(v)!, index.get(e.to)!));
        }
      }
      if (low.get(v) === index.get(v)) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        const self = this.edges(this.get(v)).some((e) => e.to === v);
        if (comp.length > 1 || self) comps.push(comp);
      }
    };
    for (const id of this.objs.keys()) if (!index.has(id)) strong(id);
    return comps;
  }

  /** Removes one reference (the caller emits the matching Python). */
  removeEdge(e: Edge): void {
    const o = this.get(e.from);
    if (e.via.t === 'item') o.items.splice(e.via.index, 1);
    else if (e.via.t === 'attr') {
      const name = e.via.name;
      o.attrs = o.attrs.filter((a) => a.name !== name);
    } else o.entries.splice(e.via.index, 1);
  }
}
