/**
 * The slot layout of a CPython set's hash table (Objects/setobject.c): where each member sits
 * decides the iteration order. Members go to `hash & mask`, probe the next LINEAR_PROBES slots,
 * then perturb; removal leaves a dummy; the table grows to 4x the used count when 3/5 full.
 */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MINSIZE = 8;
const MASK64 = (1n << 64n) - 1n;
const DUMMY = Symbol('dummy');

type Slot<T> = { key: T | typeof DUMMY; hash: bigint } | null;

export class SetTable<T> {
  private slots: Slot<T>[] = new Array(MINSIZE).fill(null);
  private fill = 0;
  private used = 0;

  add(key: T, hash: bigint): void {
    const mask = this.slots.length - 1;
    const uhash = hash & MASK64;
    let perturb = uhash;
    let i = Number(uhash & BigInt(mask));
    // The first dummy on the way is reused, but only once the probe found no free slot earlier.
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const slot = this.slots[j];
        if (slot && slot.key === DUMMY && freeslot < 0) freeslot = j;
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

  remove(key: T): void {
    const slot = this.slots.find((s) => s && s.key === key);
    if (!slot) return;
    slot.key = DUMMY;
    this.used--;
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

  private resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size <<= 1;
    const old = this.slots;
    this.slots = new Array(size).fill(null);
    this.fill = this.used;
    const mask = size - 1;
    for (const s of old) {
      if (!s || s.key === DUMMY) continue;
      let perturb = s.hash & MASK64;
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
      this.slots[i] = { key: s.key, hash: s.hash };
    }
  }
}
