/**
 * Stable layered placement: an object keeps the position it got when it first appeared, for as
 * long as it lives, so nothing on the canvas moves when the heap changes; a new object appears
 * next to the object that first refers to it.
 *
 * The drawing reads like the program, left to right: the frames' panels on the left, then the
 * objects their names hold (the first column of the grid), then what those hold, a column further
 * right each time. An object goes into the column right of its first referrer, at the first free
 * row level with it or below it, so a container's items stand in slot order top to bottom beside
 * it, and each item's own references beside the item. A long run of items (an expanded group of
 * 200) wraps after SPREAD rows into a column pair further right, so a big heap stays roughly
 * square and can be zoomed to fit. Interned pills share grid cells, several to a cell.
 *
 * A position a person chose (`pin`) sticks until the object dies. A position freed by a dead
 * object is reused only from the next update on, after its card has faded out.
 */
import type { Point } from './geometry';

export const GRID = {
  originX: 224,
  originY: 46,
  cellWidth: 216,
  cellHeight: 116,
  /** Rows a run of siblings takes below its referrer before wrapping further right. */
  spread: 20,
  /** Pills per grid cell, as columns × rows. */
  pillColumns: 3,
  pillRows: 3,
  pillWidth: 72,
  pillHeight: 32,
} as const;

const PILLS_PER_CELL = GRID.pillColumns * GRID.pillRows;
/** Column pairs tried to the right of a referrer before any free cell will do. */
const WRAPS = 40;

type Cell = { readonly col: number; readonly row: number };
type Place =
  | { readonly kind: 'cell'; readonly cell: Cell; readonly sub: number | null }
  | { readonly kind: 'pinned'; readonly at: Point };

export interface Placeable {
  readonly id: number;
  readonly interned: boolean;
  /**
   * The drawn object that first refers to it (in the snapshot's order): it goes beside it. Null
   * or absent for what only frames (or nothing drawn) refer to: the first column.
   */
  readonly referrer?: number | null;
}

const keyOf = (c: Cell) => `${c.col},${c.row}`;

export class StableLayout {
  private readonly places = new Map<number, Place>();
  /** Grid cells taken (by a card, or by pills: then the sub-positions taken). */
  private readonly taken = new Map<string, Set<number> | null>();

  /**
   * Places every object not placed yet and forgets the ones that are gone. Returns the ids that
   * were new. Objects are placed in the order given (the snapshot's), each after its referrer, so
   * who comes first gets the higher rows.
   */
  update(objects: readonly Placeable[]): Set<number> {
    const alive = new Set(objects.map((o) => o.id));
    const released: Place[] = [];
    for (const [id, place] of this.places) {
      if (alive.has(id)) continue;
      this.places.delete(id);
      released.push(place);
    }
    const added = new Set<number>();
    const waiting = new Map(objects.map((o) => [o.id, o]));
    // A referrer new in this update is placed before what it refers to, even when it comes later
    // (a Node allocated after its name's str): the str then goes beside the Node.
    const place = (o: Placeable) => {
      waiting.delete(o.id);
      if (this.places.has(o.id)) return;
      const referrer = o.referrer ?? null;
      const first = referrer === null ? undefined : waiting.get(referrer);
      if (first) place(first);
      const near = this.anchorOf(referrer);
      this.places.set(o.id, o.interned ? this.takePill(near) : this.takeCell(near));
      added.add(o.id);
    };
    for (const o of objects) if (waiting.has(o.id)) place(o);
    // Only now do the dead objects' positions become free: their cards are still fading out.
    for (const place of released) this.release(place);
    return added;
  }

  /**
   * Puts a placed object at `at` (a person moved it) for as long as it lives; its grid cell is
   * freed from the next update on.
   */
  pin(id: number, at: Point): void {
    const place = this.places.get(id);
    if (!place) return;
    this.places.set(id, { kind: 'pinned', at });
    this.release(place);
  }

  /** Top-left corner of an object's card or pill. */
  position(id: number): Point | undefined {
    const place = this.places.get(id);
    if (!place) return undefined;
    if (place.kind === 'pinned') return place.at;
    const x = GRID.originX + place.cell.col * GRID.cellWidth;
    const y = GRID.originY + place.cell.row * GRID.cellHeight;
    if (place.sub === null) return { x, y };
    return {
      x: x + (place.sub % GRID.pillColumns) * GRID.pillWidth,
      y: y + Math.floor(place.sub / GRID.pillColumns) * GRID.pillHeight,
    };
  }

  /** The cell a new object's referrer is in; a referrer moved by hand counts as the first column. */
  private anchorOf(referrer: number | null | undefined): Cell | null {
    if (referrer === null || referrer === undefined) return null;
    const place = this.places.get(referrer);
    return place?.kind === 'cell' ? place.cell : null;
  }

  /** The cells a new object beside `near` may take, best first (then any free one will do). */
  private *candidates(near: Cell | null): Generator<Cell> {
    if (near === null) {
      for (let row = 0; ; row++) yield { col: 0, row };
    }
    for (let wrap = 0; wrap < WRAPS; wrap++) {
      const col = near.col + 1 + 2 * wrap;
      for (let row = near.row; row < near.row + GRID.spread; row++) yield { col, row };
    }
    for (let row = near.row + GRID.spread; ; row++) yield { col: near.col + 1, row };
  }

  private takeCell(near: Cell | null): Place {
    for (const cell of this.candidates(near)) {
      if (this.taken.has(keyOf(cell))) continue;
      this.taken.set(keyOf(cell), null);
      return { kind: 'cell', cell, sub: null };
    }
    throw new Error('unreachable: the candidates never end');
  }

  private takePill(near: Cell | null): Place {
    for (const cell of this.candidates(near)) {
      const used = this.taken.get(keyOf(cell));
      if (used === null) continue;
      if (used === undefined) {
        this.taken.set(keyOf(cell), new Set([0]));
        return { kind: 'cell', cell, sub: 0 };
      }
      for (let sub = 0; sub < PILLS_PER_CELL; sub++) {
        if (used.has(sub)) continue;
        used.add(sub);
        return { kind: 'cell', cell, sub };
      }
    }
    throw new Error('unreachable: the candidates never end');
  }

  private release(place: Place): void {
    if (place.kind === 'pinned') return;
    const key = keyOf(place.cell);
    if (place.sub === null) {
      this.taken.delete(key);
      return;
    }
    const used = this.taken.get(key);
    used?.delete(place.sub);
    if (used && used.size === 0) this.taken.delete(key);
  }
}

/**
 * Each object's first referrer among the objects drawn, in their order (listed references first,
 * then `holder`); null for what a frame names or holds on its stack, or what nothing drawn holds.
 */
export function firstReferrers(
  objects: readonly {
    readonly id: number;
    readonly refs: readonly { readonly target: number }[];
    readonly holder?: number;
  }[],
  named: ReadonlySet<number>,
): Map<number, number | null> {
  const drawn = new Set(objects.map((o) => o.id));
  const first = new Map<number, number | null>();
  for (const id of named) first.set(id, null);
  for (const o of objects) {
    for (const r of o.refs) {
      if (r.target !== o.id && drawn.has(r.target) && !first.has(r.target)) {
        first.set(r.target, o.id);
      }
    }
  }
  for (const o of objects) {
    if (o.holder !== undefined && drawn.has(o.holder) && !first.has(o.id))
      first.set(o.id, o.holder);
  }
  return first;
}
