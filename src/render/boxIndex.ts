/**
 * A spatial index of boxes: a uniform grid of buckets, each listing the boxes that overlap it.
 * Cards are all about the same size, so a bucket a little bigger than a card keeps every query to
 * a handful of boxes whatever the heap's size. The buckets are a dense array over the boxes'
 * extent (a lookup is an index, not a hash). Pure data, no DOM.
 */
import type { Box } from './geometry';

export class BoxIndex<T extends { readonly box: Box }> {
  private readonly buckets: (T[] | undefined)[];
  private readonly c0: number;
  private readonly r0: number;
  private readonly cols: number;
  private readonly rows: number;

  constructor(
    items: readonly T[],
    private readonly size = 256,
  ) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const { box: b } of items) {
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.w);
      y1 = Math.max(y1, b.y + b.h);
    }
    if (items.length === 0) [x0, y0, x1, y1] = [0, 0, 0, 0];
    this.c0 = Math.floor(x0 / size);
    this.r0 = Math.floor(y0 / size);
    this.cols = Math.floor(x1 / size) - this.c0 + 1;
    this.rows = Math.floor(y1 / size) - this.r0 + 1;
    this.buckets = new Array<T[] | undefined>(this.cols * this.rows);
    for (const item of items) {
      const b = item.box;
      const [c0, c1, r0, r1] = this.span(b.x, b.y, b.x + b.w, b.y + b.h);
      for (let c = c0; c <= c1; c++) {
        for (let r = r0; r <= r1; r++) (this.buckets[c * this.rows + r] ??= []).push(item);
      }
    }
  }

  /** Every item whose box overlaps the rectangle [x0, x1] × [y0, y1] (edges touching count). */
  query(x0: number, y0: number, x1: number, y1: number): T[] {
    const found = new Set<T>();
    const [c0, c1, r0, r1] = this.span(x0, y0, x1, y1);
    for (let c = c0; c <= c1; c++) {
      for (let r = r0; r <= r1; r++) {
        for (const item of this.buckets[c * this.rows + r] ?? []) {
          const b = item.box;
          if (b.x <= x1 && b.x + b.w >= x0 && b.y <= y1 && b.y + b.h >= y0) found.add(item);
        }
      }
    }
    return [...found];
  }

  /**
   * Whether some item other than those `skip` rejects overlaps the open rectangle (x0, x1) ×
   * (y0, y1) grown by `pad`: the hot path of routing, so it allocates nothing.
   */
  hits(
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    pad: number,
    skip: ((item: T) => boolean) | null,
  ): boolean {
    const s = this.size;
    const c0 = Math.max(0, Math.floor((x0 - pad) / s) - this.c0);
    const c1 = Math.min(this.cols - 1, Math.floor((x1 + pad) / s) - this.c0);
    const r0 = Math.max(0, Math.floor((y0 - pad) / s) - this.r0);
    const r1 = Math.min(this.rows - 1, Math.floor((y1 + pad) / s) - this.r0);
    for (let c = c0; c <= c1; c++) {
      for (let r = r0; r <= r1; r++) {
        const list = this.buckets[c * this.rows + r];
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const item = list[k]!;
          const b = item.box;
          if (b.x - pad >= x1 || b.x + b.w + pad <= x0) continue;
          if (b.y - pad >= y1 || b.y + b.h + pad <= y0) continue;
          if (skip && skip(item)) continue;
          return true;
        }
      }
    }
    return false;
  }

  /** Bucket columns and rows [c0, c1] × [r0, r1] a rectangle covers, clipped to the grid. */
  private span(x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
    const s = this.size;
    return [
      Math.max(0, Math.floor(x0 / s) - this.c0),
      Math.min(this.cols - 1, Math.floor(x1 / s) - this.c0),
      Math.max(0, Math.floor(y0 / s) - this.r0),
      Math.min(this.rows - 1, Math.floor(y1 / s) - this.r0),
    ];
  }
}
