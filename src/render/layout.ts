/**
 * Stable placement: an object keeps the position it got when it first appeared, for as long as
 * it lives, so nothing on the canvas moves when the heap changes. Cards fill a grid column by
 * column (allocation order reads top to bottom, then left to right) in bands of a few rows; a
 * full band (a dozen columns) continues in a new band below, so a big heap stays roughly square
 * and can be zoomed to fit. Interned pills share grid cells of their own, several to a cell. A
 * position freed by a dead object is reused only from the next update on, after its card has
 * faded out.
 */
import type { Point } from './geometry';

export const GRID = {
  originX: 224,
  originY: 46,
  cellWidth: 216,
  cellHeight: 116,
  rows: 4,
  /** Columns of a band; the next band starts below it. */
  bandColumns: 12,
  /** Pills per grid cell, as columns × rows. */
  pillColumns: 3,
  pillRows: 3,
  pillWidth: 72,
  pillHeight: 32,
} as const;

const PILLS_PER_CELL = GRID.pillColumns * GRID.pillRows;

type Place = { readonly cell: number; readonly sub: number | null };

export interface Placeable {
  readonly id: number;
  readonly interned: boolean;
}

export class StableLayout {
  private readonly places = new Map<number, Place>();
  /** Grid cells free to take, lowest first. */
  private freeCells: number[] = [];
  private nextCell = 0;
  /** Cells given to pills, with which of their sub-positions are taken. */
  private readonly pillCells = new Map<number, Set<number>>();

  /**
   * Places every object not placed yet and forgets the ones that are gone. Returns the ids that
   * were new. The order of `objects` decides who gets the lower positions (allocation order).
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
    for (const o of objects) {
      if (this.places.has(o.id)) continue;
      this.places.set(o.id, o.interned ? this.takePill() : { cell: this.takeCell(), sub: null });
      added.add(o.id);
    }
    // Only now do the dead objects' positions become free: their cards are still fading out.
    for (const place of released) this.release(place);
    return added;
  }

  /** Top-left corner of an object's card or pill. */
  position(id: number): Point | undefined {
    const place = this.places.get(id);
    if (!place) return undefined;
    const perBand = GRID.rows * GRID.bandColumns;
    const band = Math.floor(place.cell / perBand);
    const inBand = place.cell % perBand;
    const col = Math.floor(inBand / GRID.rows);
    const row = band * GRID.rows + (inBand % GRID.rows);
    const x = GRID.originX + col * GRID.cellWidth;
    const y = GRID.originY + row * GRID.cellHeight;
    if (place.sub === null) return { x, y };
    return {
      x: x + (place.sub % GRID.pillColumns) * GRID.pillWidth,
      y: y + Math.floor(place.sub / GRID.pillColumns) * GRID.pillHeight,
    };
  }

  private takeCell(): number {
    this.freeCells.sort((a, b) => a - b);
    return this.freeCells.shift() ?? this.nextCell++;
  }

  private takePill(): Place {
    for (const [cell, used] of this.pillCells) {
      for (let sub = 0; sub < PILLS_PER_CELL; sub++) {
        if (used.has(sub)) continue;
        used.add(sub);
        return { cell, sub };
      }
    }
    const cell = this.takeCell();
    this.pillCells.set(cell, new Set([0]));
    return { cell, sub: 0 };
  }

  private release(place: Place): void {
    if (place.sub === null) {
      this.freeCells.push(place.cell);
      return;
    }
    const used = this.pillCells.get(place.cell);
    used?.delete(place.sub);
    if (used && used.size === 0) {
      this.pillCells.delete(place.cell);
      this.freeCells.push(place.cell);
    }
  }
}
