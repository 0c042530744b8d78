/**
 * A table from object addresses to int32s, in typed arrays: what condensing asks of millions of
 * rows ("is this object drawn?", "what type was this holder made with?") is answered without a
 * JS Map's hashing of numbers, nor a heap number for an address past the small-integer range.
 *
 * Open addressing with linear probing, at most half full. Keys are addresses, or any other
 * non-negative integers below 2^53 (an address and a kind: condenseRepeats.ts). -1 marks an empty
 * slot.
 */
const EMPTY = -1;

export class AddressTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  /** 32 − log2(capacity): the hash's top bits pick the slot. */
  private shift: number;
  size = 0;

  constructor(expected = 8) {
    let capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  /** A table holding each of `addresses` (with the value 0). */
  static of(addresses: Iterable<number>, expected = 8): AddressTable {
    const table = new AddressTable(expected);
    for (const a of addresses) table.set(a, 0);
    return table;
  }

  has(address: number): boolean {
    return this.slotOf(address) >= 0;
  }

  /** The value kept for `address`, or `missing` when it has none. */
  get(address: number, missing = -1): number {
    const slot = this.slotOf(address);
    return slot < 0 ? missing : this.values[slot]!;
  }

  set(address: number, value: number): void {
    const keys = this.keys;
    let slot = hash(address) >>> this.shift;
    for (;;) {
      const k = keys[slot]!;
      if (k === address) {
        this.values[slot] = value;
        return;
      }
      if (k === EMPTY) break;
      slot = (slot + 1) & this.mask;
    }
    keys[slot] = address;
    this.values[slot] = value;
    if (++this.size * 2 > keys.length) this.rehash(keys.length * 2);
  }

  /** Each address and its value, in no particular order. */
  forEach(visit: (address: number, value: number) => void): void {
    const { keys, values } = this;
    for (let slot = 0; slot < keys.length; slot++)
      if (keys[slot] !== EMPTY) visit(keys[slot]!, values[slot]!);
  }

  /** The slot holding `address`, or -1. */
  private slotOf(address: number): number {
    const keys = this.keys;
    let slot = hash(address) >>> this.shift;
    for (;;) {
      const k = keys[slot]!;
      if (k === address) return slot;
      if (k === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private rehash(capacity: number): void {
    const { keys, values } = this;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++)
      if (keys[slot] !== EMPTY) this.set(keys[slot]!, values[slot]!);
  }
}

/**
 * Spreads keys over the table: Fibonacci hashing of their low and high 32 bits, whose top bits
 * are well mixed even for keys that are multiples of 8 (the caller shifts them down).
 */
function hash(key: number): number {
  return Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1);
}
