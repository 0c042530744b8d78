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

/** A type's free list: its name in `FREE_LIST_LIMITS`. */
export type FreeListName = 'float' | 'list' | 'dict' | 'dictkeys' | `tuple${number}`;

/** How many objects each free list keeps (PyFloat_MAXFREELIST, PyTuple_MAXFREELIST, ...). */
function freeListLimit(name: FreeListName): number {
  if (name === 'float') return 100;
  if (name.startsWith('tuple')) return 2000;
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
const AT_STARTUP: readonly (readonly [FreeListName, number])[] = [
  ['list', 55],
  ['dict', 37],
  ['float', 15],
  ['tuple1', 3],
  ['tuple2', 39],
  ['tuple3', 18],
  ['tuple4', 2],
  ['tuple5', 4],
  ['tuple6', 5],
];

export class Allocator {
  /** Free blocks per size class (by size / 16), the next one handed out last. */
  private readonly freeBlocks: number[][] = [];
  /** The pool each size class carves new blocks from: its next block and its end. */
  private readonly carving = new Map<number, { next: number; end: number }>();
  private readonly typeLists = new Map<FreeListName, number[]>();
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
      const kept: number[] = [];
      for (let i = 0; i < count; i++) kept.push((startup += 0x40));
      this.typeLists.set(list, kept);
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
    let pool = this.carving.get(size);
    if (!pool || pool.next + size > pool.end) {
      const base = this.newPool();
      pool = { next: base + POOL_OVERHEAD, end: base + POOL_SIZE };
      this.carving.set(size, pool);
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
  allocFrom(list: FreeListName, bytes: number): number {
    const kept = this.typeLists.get(list);
    if (kept && kept.length > 0) return kept.pop()!;
    return this.malloc(bytes);
  }

  /** The type's dealloc: onto its free list while there is room, else back to the allocator. */
  freeTo(list: FreeListName, address: number, bytes: number): void {
    let kept = this.typeLists.get(list);
    if (!kept) this.typeLists.set(list, (kept = []));
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
