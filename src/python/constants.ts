/**
 * Constants as CPython 3.11 holds them while a compiled unit runs (`python3 file.py`: the whole
 * module; the console: one statement).
 *
 * - The parser makes an object for each literal in the source, and the parse tree's arena keeps
 *   a reference to it until the unit has finished running (pyrun_file frees the arena after
 *   run_mod). Folding (`-1000`, `(1, 2)`) makes more such objects.
 * - The compiler merges equal constants across every code object of the unit
 *   (merge_consts_recursive: the first one compiled is kept, and a constant tuple's items are
 *   merged too), and each code object holds one reference to each constant it loads (co_consts).
 *
 * So `sys.getrefcount(1000)` at module level counts the parse tree's reference, one per code
 * object that loads 1000, and one per constant tuple that holds it. The literal objects that
 * lose the merge are referenced by the parse tree only; nothing can reach them, so they are
 * released at once here (they would only be drawn as stray objects).
 */
import { PyBool, PyFloat, PyInt, PyNone, PyStr, PyTuple, type Heap } from '../engine';
import type { PyObject } from '../engine';
import type { SetTable } from '../engine/setTable';

/** intern_string_constants: a str constant made only of ASCII letters, digits and `_`. */
export function isInternable(value: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(value);
}

/** _PyCode_ConstantKey: equal constants of one type share a key (-0.0 is not 0.0). */
function constantKey(o: PyObject): string | null {
  if (o instanceof PyBool) return o.value ? 'True' : 'False';
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyInt) return 'i' + String(o.value);
  if (o instanceof PyFloat) {
    if (Number.isNaN(o.value)) return null;
    return 'f' + (Object.is(o.value, -0) ? '-0' : String(o.value));
  }
  if (o instanceof PyStr) return 's' + JSON.stringify(o.value);
  if (o instanceof PyTuple) {
    const keys: string[] = [];
    for (const item of o.items) {
      const k = constantKey(item);
      if (k === null) return null;
      keys.push(k);
    }
    return 't(' + keys.join(',') + ')';
  }
  return null;
}

/** The constants of one compiled unit: the parse tree's references and the merge cache. */
export class ConstantPool {
  private readonly canonical = new Map<string, PyObject>();
  /** The parse tree's references (one per literal that won its merge), released at the end. */
  private readonly parseTree: PyObject[] = [];

  /** How many references the parse tree holds: it grows when a literal wins its merge. */
  get parseTreeSize(): number {
    return this.parseTree.length;
  }

  constructor(private readonly heap: Heap) {}

  /**
   * Takes the parser's new reference to a literal's object and returns the unit's constant for
   * it (borrowed: the parse tree or a code object keeps it). A constant tuple is merged item by
   * item when it is the first of its value.
   */
  literal(made: PyObject): PyObject {
    if (this.unmergedDepth > 0) {
      this.parseTree.push(made);
      return made;
    }
    const key = constantKey(made);
    const known = key === null ? undefined : this.canonical.get(key);
    if (known !== undefined) {
      // Interned objects (small ints, None) are the same object: another parse-tree reference.
      if (known === made) this.parseTree.push(made);
      else this.heap.decref(made);
      return known;
    }
    if (key !== null) this.canonical.set(key, made);
    if (made instanceof PyTuple) this.mergeItems(made);
    this.parseTree.push(made);
    return made;
  }

  /**
   * A constant the compiler builds itself (a list display's tuple of items): merged like the
   * others, but no parse tree holds it. Takes the caller's reference; returns a borrowed one
   * that the caller must hand to a code object (`CodeConsts.add`) before anything else runs.
   */
  built(made: PyTuple): PyObject {
    const key = constantKey(made);
    const known = key === null ? undefined : this.canonical.get(key);
    if (known !== undefined) {
      this.heap.decref(made);
      return known;
    }
    if (key !== null) this.canonical.set(key, made);
    this.mergeItems(made);
    this.orphans.push(made);
    return made;
  }

  /** Inside `unmerged`: literals are the parser's own objects, not merged into the unit's. */
  private unmergedDepth = 0;

  /**
   * Reads a constant that folding then discards (the container of `(1000, 2000)[0]`): as CPython's
   * parser makes it, with objects of its own that no merge replaces (only the code object's
   * constants are merged, by the compiler), each held by the parse tree until the unit is done.
   */
  unmerged<T>(read: () => T): T {
    this.unmergedDepth++;
    try {
      return read();
    } finally {
      this.unmergedDepth--;
    }
  }

  /** The unit's constant frozensets, by the keys of their members. */
  private readonly frozensets = new Map<string, SetTable<PyObject>>();

  /**
   * A set display of constants: CPython loads one constant frozenset of them. Takes a new
   * reference to each item; the frozenset's references are held by the first code object that
   * loads it (an equal one elsewhere in the unit is the same constant).
   */
  frozenset(items: PyObject[], code: CodeConsts): SetTable<PyObject> {
    const h = this.heap;
    const keys = items.map((o) => constantKey(o) ?? '?');
    const key = [...new Set(keys)].sort().join(',');
    const known = this.frozensets.get(key);
    if (known) {
      for (const o of items) h.decref(o);
      return known;
    }
    const table = h.constantFrozenset(items);
    const members = new Set(table.keys());
    // The frozenset keeps its members; the duplicates it dropped are released.
    for (const o of items) {
      if (members.has(o)) members.delete(o);
      else h.decref(o);
    }
    code.hold(table.keys());
    this.frozensets.set(key, table);
    return table;
  }

  /** Built constants, owned here until a code object has taken its own reference. */
  private readonly orphans: PyObject[] = [];

  /** Replaces a new constant tuple's items by the unit's constants of the same values. */
  private mergeItems(t: PyTuple): void {
    const h = this.heap;
    for (let i = 0; i < t.items.length; i++) {
      const item = t.items[i]!;
      const key = constantKey(item);
      if (key === null) continue;
      const known = this.canonical.get(key);
      if (known === undefined) {
        this.canonical.set(key, item);
        if (item instanceof PyTuple) this.mergeItems(item);
      } else if (known !== item) {
        h.incref(known, t, i);
        (t.items as PyObject[])[i] = known;
        h.decref(item, t, i);
      }
    }
  }

  /** Compiling is over: built constants are held by their code objects now. */
  compiled(): void {
    for (const o of this.orphans.splice(0)) this.heap.decref(o);
  }

  /** The unit has run (or was refused): the parse tree goes, and its references with it. */
  release(): void {
    this.compiled();
    const held = this.parseTree.splice(0);
    for (let i = held.length - 1; i >= 0; i--) this.heap.decref(held[i]!);
  }
}

/**
 * One code object's co_consts: a reference to each distinct constant it loads. The code object
 * itself is held by the code that made it (as one of its constants) and by every function made
 * from it (func_code); the constants go when the last of these goes.
 */
export class CodeConsts {
  private readonly items: PyObject[] = [];
  private readonly nested: CodeConsts[] = [];
  /** Holders of the code object: its enclosing code (or the run), and live functions. */
  private holders = 1;

  constructor(
    private readonly heap: Heap,
    parent: CodeConsts | null,
  ) {
    parent?.nested.push(this);
  }

  /** LOAD_CONST of `o` in this code object: its first use takes the code object's reference. */
  add(o: PyObject): void {
    if (this.loaded.has(o)) return;
    this.loaded.add(o);
    this.heap.incref(o);
    this.items.push(o);
  }

  /** The constants LOAD_CONST loads (`items` also has what those constants hold). */
  private readonly loaded = new Set<PyObject>();

  /** References a constant of this code object holds (a frozenset's members): taken over. */
  hold(refs: readonly PyObject[]): void {
    this.items.push(...refs);
  }

  /** MAKE_FUNCTION: the new function holds the code object. */
  retain(): void {
    this.holders++;
  }

  /** A holder let go; the last one releases co_consts (a tuple: last item first). */
  release(): void {
    if (--this.holders > 0) return;
    const items = this.items.splice(0);
    for (let i = items.length - 1; i >= 0; i--) this.heap.decref(items[i]!);
    for (const code of this.nested.splice(0)) code.release();
  }
}
