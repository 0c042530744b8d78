/**
 * The addresses `id()` returns, as CPython 3.11's allocators hand them out, so that which ids are
 * equal matches CPython (the digits themselves are not CPython's):
 *
 * - pymalloc (Objects/obmalloc.c) serves requests up to 512 bytes from pools of one size class
 *   (16-byte steps); a freed block goes on its pool's free list and is the next one that size
 *   class hands out (LIFO). Larger requests go to the C library's malloc, modelled the same way
 *   per 16-byte size (its tcache bins).
 * - some types keep their own free lists in front of pymalloc: floats (100), tuples of 1 to 19
 *   items (2000 per length), lists and dicts (80 each), and dict keys tables of 8 slots with str
 *   keys only (80).
 *
 * These are Python-visible addresses only: the view keys objects by `address`, a serial that is
 * never reused (a new object at a reused address is still a new card).
 */

/** pymalloc's largest request (SMALL_REQUEST_THRESHOLD). */
const SMALL_REQUEST_THRESHOLD = 512;
/** A pool (16 KiB with 3.11's radix tree on 64-bit) and its header. */
const POOL_SIZE = 16384;
const POOL_OVERHEAD = 48;
/** Arenas are 1 MiB. */
const ARENA_SIZE = 1 << 20;

/**
 * A type's free list, by number: float, list, dict, dict keys, then the tuples of each length
 * (`tupleFreeList(n)`). Numbers, not names: an allocation looks its list up in an array.
 */
export type FreeList = number;
export const FLOAT_FREE_LIST: FreeList = 0;
export const LIST_FREE_LIST: FreeList = 1;
export const DICT_FREE_LIST: FreeList = 2;
export const DICT_KEYS_FREE_LIST: FreeList = 3;
/** Tuples of 1 to 19 items have a free list per length (none for the others). */
const TUPLE_FREE_LISTS = 19;
const FREE_LISTS = 4 + TUPLE_FREE_LISTS;

/** The free list of tuples of `length` items, or -1 when that length has none. */
export function tupleFreeList(length: number): FreeList {
  return length >= 1 && length <= TUPLE_FREE_LISTS ? 3 + length : -1;
}

/** How many objects each free list keeps (PyFloat_MAXFREELIST, PyTuple_MAXFREELIST, ...). */
function freeListLimit(list: FreeList): number {
  if (list === FLOAT_FREE_LIST) return 100;
  if (list > DICT_KEYS_FREE_LIST) return 2000;
  return 80;
}

/** A size class: rounded up to 16 bytes (a request of 0 bytes takes the smallest block). */
function sizeClass(bytes: number): number {
  return Math.max(16, (bytes + 15) & ~15);
}

/**
 * What the free lists hold when a script's first line runs: the interpreter's start-up freed
 * objects of these types (measured with python3 3.11.7 running a small script; the exact
 * numbers vary with what ran before). While a list holds some, new objects of its type take
 * those rather than blocks the program freed from other types.
 */
const AT_STARTUP: readonly (readonly [FreeList, number])[] = [
  [LIST_FREE_LIST, 55],
  [DICT_FREE_LIST, 37],
  [FLOAT_FREE_LIST, 15],
  [tupleFreeList(1), 3],
  [tupleFreeList(2), 39],
  [tupleFreeList(3), 18],
  [tupleFreeList(4), 2],
  [tupleFreeList(5), 4],
  [tupleFreeList(6), 5],
];

export class Allocator {
  /** Free blocks per size class (by size / 16), the next one handed out last. */
  private readonly freeBlocks: number[][] = [];
  /** The pool each size class carves new blocks from: its next block and its end. */
  private readonly carving: ({ next: number; end: number } | undefined)[] = [];
  private readonly typeLists: number[][] = Array.from({ length: FREE_LISTS }, () => []);
  /** The next pool of the current arena, and the arena's end. */
  private nextPool = 0x7f3a9c400000;
  private arenaEnd = this.nextPool + ARENA_SIZE;
  /** Where the C library's malloc places blocks bigger than pymalloc's. */
  private nextLarge = 0x55d4e7a00000;
  /** Static objects (types, small ints, interned strs): never freed. */
  private nextStatic = 0x7f3a9d800000;

  constructor() {
    // The start-up objects lie elsewhere in memory: addresses of their own.
    let startup = 0x7f3a9b000000;
    for (const [list, count] of AT_STARTUP) {
      const kept = this.typeLists[list]!;
      for (let i = 0; i < count; i++) kept.push((startup += 0x40));
    }
  }

  /** PyObject_Malloc / PyMem_Malloc of `bytes`. */
  malloc(bytes: number): number {
    const size = sizeClass(bytes);
    const free = this.freeBlocks[size >> 4];
    if (free !== undefined && free.length > 0) return free.pop()!;
    if (size > SMALL_REQUEST_THRESHOLD) {
      const a = this.nextLarge;
      this.nextLarge += size + 16;
      return a;
    }
    let pool = this.carving[size >> 4];
    if (!pool || pool.next + size > pool.end) {
      const base = this.newPool();
      pool = { next: base + POOL_OVERHEAD, end: base + POOL_SIZE };
      this.carving[size >> 4] = pool;
    }
    const a = pool.next;
    pool.next += size;
    return a;
  }

  /** PyObject_Free of a block of `bytes` (the size it was asked for with). */
  free(address: number, bytes: number): void {
    const i = sizeClass(bytes) >> 4;
    (this.freeBlocks[i] ??= []).push(address);
  }

  /** An object of a type with a free list: the most recently freed one, else a new block. */
  allocFrom(list: FreeList, bytes: number): number {
    const kept = this.typeLists[list]!;
    if (kept.length > 0) return kept.pop()!;
    return this.malloc(bytes);
  }

  /** The type's dealloc: onto its free list while there is room, else back to the allocator. */
  freeTo(list: FreeList, address: number, bytes: number): void {
    const kept = this.typeLists[list]!;
    if (kept.length < freeListLimit(list)) kept.push(address);
    else this.free(address, bytes);
  }

  /** A statically allocated or immortal object's address. */
  staticAddress(bytes: number): number {
    const a = this.nextStatic;
    this.nextStatic += sizeClass(bytes);
    return a;
  }

  private newPool(): number {
    if (this.nextPool + POOL_SIZE > this.arenaEnd) {
      this.nextPool = this.arenaEnd + ARENA_SIZE;
      this.arenaEnd = this.nextPool + ARENA_SIZE;
    }
    const base = this.nextPool;
    this.nextPool += POOL_SIZE;
    return base;
  }
}
