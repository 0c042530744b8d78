/**
 * The slot layout of a CPython set's hash table (Objects/setobject.c): where each member sits
 * decides the iteration order. Members go to `hash & mask`, probe the next LINEAR_PROBES slots,
 * then perturb; removal leaves a dummy; the table grows to 4x the used count when 3/5 full.
 */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MINSIZE = 8;
const MASK64 = (1n << 64n) - 1n;
/** A removed member's slot (read by the set methods of the library, setMethods.ts). */
export const DUMMY = Symbol('dummy');

export type Slot<T> = { key: T | typeof DUMMY; hash: bigint } | null;

export class SetTable<T> {
  // The table's state as setobject.c keeps it, also read and written by the set methods of the
  // library (setMethods.ts: set_merge's resize, set_swap_bodies, pop).
  slots: Slot<T>[] = new Array(MINSIZE).fill(null);
  /** Slots holding a member or a dummy. */
  fill = 0;
  /** Slots holding a member. */
  used = 0;

  add(key: T, hash: bigint): void {
    const mask = this.slots.length - 1;
    const uhash = hash & MASK64;
    let perturb = uhash;
    let i = Number(uhash & BigInt(mask));
    // The last dummy on the way is reused (set_add_entry keeps the latest it passed), once the
    // probe has reached a free slot.
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const slot = this.slots[j];
        if (slot && slot.key === DUMMY) freeslot = j;
        if (!slot) {
          if (freeslot >= 0) {
            this.slots[freeslot] = { key, hash };
            this.used++;
            return;
          }
          this.slots[j] = { key, hash };
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3)
            this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        j++;
      } while (probes-- > 0);
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  /**
   * set_discard_entry of a member (`key` itself, with the hash it was added with: a member's hash
   * never changes, and a dead weakref keeps its own): found along the probe sequence that placed
   * it, as set_lookkey finds it, and left a dummy. A scan of every slot made discarding half of
   * a set of 10^5 members take minutes.
   */
  remove(key: T, hash: bigint): void {
    const at = this.slotOf(key, hash);
    if (at < 0) return;
    this.slots[at]!.key = DUMMY;
    this.used--;
  }

  /**
   * The slot holding `key`, or -1: the probes `add` makes, up to the first empty slot, which
   * ends set_lookkey's search too (a member is never past one: slots empty only by a resize or
   * a clear, which reinsert every member).
   */
  private slotOf(key: T, hash: bigint): number {
    const mask = this.slots.length - 1;
    let perturb = hash & MASK64;
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const slot = this.slots[j];
        if (!slot) return -1;
        if (slot.key === key) return j;
        j++;
      } while (probes-- > 0);
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  clear(): void {
    this.slots = new Array(MINSIZE).fill(null);
    this.fill = 0;
    this.used = 0;
  }

  /** The table's slots (the set's memory grows with it). */
  get capacity(): number {
    return this.slots.length;
  }

  /** Members in slot order: the order CPython iterates a set (the first `limit` of them). */
  keys(limit = Infinity): T[] {
    const out: T[] = [];
    for (const s of this.slots) {
      if (out.length >= limit) break;
      if (s && s.key !== DUMMY) out.push(s.key as T);
    }
    return out;
  }

  /**
   * set_merge of `other` into this table while it is empty (a set display of constants updated
   * from its frozenset): one resize up front if the members would fill it past 3/5, then the
   * other's layout copied as it is when both tables have the same size and the other has no
   * dummies, else each member inserted clean in the other's slot order.
   */
  mergeIntoEmpty(other: SetTable<T>): void {
    if ((this.fill + other.used) * 5 >= (this.slots.length - 1) * 3)
      this.resize((this.used + other.used) * 2);
    if (this.slots.length === other.slots.length && other.fill === other.used) {
      this.slots = other.slots.map((s) => s && { key: s.key, hash: s.hash });
    } else {
      for (const s of other.slots) if (s && s.key !== DUMMY) this.insertClean(s.key, s.hash);
    }
    this.fill = other.used;
    this.used = other.used;
  }

  /** set_table_resize: a table for `minused` members, the members reinserted clean. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size <<= 1;
    const old = this.slots;
    this.slots = new Array(size).fill(null);
    this.fill = this.used;
    for (const s of old) if (s && s.key !== DUMMY) this.insertClean(s.key, s.hash);
  }

  /** set_insert_clean: a member into a table without dummies that it is known to be new to. */
  private insertClean(key: T | typeof DUMMY, hash: bigint): void {
    const mask = this.slots.length - 1;
    let perturb = hash & MASK64;
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      if (!this.slots[i]) break;
      let found = -1;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (!this.slots[i + j]) {
            found = i + j;
            break;
          }
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
    this.slots[i] = { key, hash };
  }
}
