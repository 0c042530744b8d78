/**
 * The names of an instance's attributes, in the order it set them, shared by every instance of a
 * class that set the same names in the same order: the instance keeps only its values, in an
 * array of exactly their number. (A Map of its own per instance cost 180 bytes, a third of an
 * instance.) Adding a name moves an instance to the keys one name longer, made once per class and
 * name (a transition, as V8's hidden classes and CPython's shared keys do).
 *
 * Keys past SHARED_NAMES names, or after a deletion, belong to one instance and change in place:
 * a class whose instances each take their own names never makes a tree of keys per name.
 */

/** The most names keys are shared for. */
const SHARED_NAMES = 32;
/** Up to this many names, a name is found by scanning them; past it, through an index. */
const SCANNED_NAMES = 8;

export class AttrKeys {
  /** Made on first use past SCANNED_NAMES names. */
  private index: Map<string, number> | null = null;
  /** The keys one name longer, by that name (shared keys only). */
  private transitions: Map<string, AttrKeys> | null = null;
  /**
   * The names come in the order of the class's shared keys (`PyType.attrOrder`), all of them in
   * it: the instance's values are then already in the order the collector visits them. The shared
   * keys only grow at their end, so once true it stays true.
   */
  readonly inClassOrder: boolean;

  private constructor(
    private readonly names: string[],
    private readonly shared: boolean,
    classOrder: readonly string[],
  ) {
    let last = -1;
    let ordered = true;
    for (const name of names) {
      const at = classOrder.indexOf(name);
      if (at <= last) {
        ordered = false;
        break;
      }
      last = at;
    }
    this.inClassOrder = ordered;
  }

  /** A class's keys with no names: where every instance of it starts. */
  static empty(classOrder: readonly string[]): AttrKeys {
    return new AttrKeys([], true, classOrder);
  }

  get size(): number {
    return this.names.length;
  }

  nameAt(i: number): string {
    return this.names[i]!;
  }

  indexOf(name: string): number {
    const names = this.names;
    if (names.length <= SCANNED_NAMES) {
      // A loop the compiler inlines: Array.prototype.indexOf is a call into the runtime.
      for (let i = 0; i < names.length; i++) if (names[i] === name) return i;
      return -1;
    }
    if (this.index === null) {
      this.index = new Map();
      for (let i = 0; i < names.length; i++) this.index.set(names[i]!, i);
    }
    return this.index.get(name) ?? -1;
  }

  /** The keys with `name` added at the end (this object itself when it is not shared). */
  adding(name: string, classOrder: readonly string[]): AttrKeys {
    if (!this.shared) {
      this.index?.set(name, this.names.length);
      this.names.push(name);
      // Keys of one instance can turn out of order, never back in order (see `inClassOrder`).
      if (this.inClassOrder && !this.followsInClassOrder(name, classOrder))
        return new AttrKeys(this.names, false, classOrder);
      return this;
    }
    const known = this.transitions?.get(name);
    if (known) return known;
    const names = [...this.names, name];
    if (names.length > SHARED_NAMES) return new AttrKeys(names, false, classOrder);
    const next = new AttrKeys(names, true, classOrder);
    (this.transitions ??= new Map()).set(name, next);
    return next;
  }

  /** Keys of one instance without the name at `i`. */
  removing(i: number, classOrder: readonly string[]): AttrKeys {
    const names = this.names.slice();
    names.splice(i, 1);
    return new AttrKeys(names, false, classOrder);
  }

  private followsInClassOrder(name: string, classOrder: readonly string[]): boolean {
    const names = this.names;
    const before = names.length > 1 ? classOrder.indexOf(names[names.length - 2]!) : -1;
    return classOrder.indexOf(name) > before;
  }
}
