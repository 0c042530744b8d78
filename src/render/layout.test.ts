import { describe, expect, it } from 'vitest';
import { GRID, StableLayout } from './layout';

const obj = (id: number, interned = false) => ({ id, interned });

describe('StableLayout', () => {
  it('keeps every object where it first appeared while others come and go', () => {
    const layout = new StableLayout();
    layout.update([obj(1), obj(2), obj(3)]);
    const first = [1, 2, 3].map((id) => layout.position(id));
    layout.update([obj(1), obj(3), obj(4), obj(5)]);
    expect(layout.position(1)).toEqual(first[0]);
    expect(layout.position(3)).toEqual(first[2]);
    expect(layout.position(2)).toBeUndefined();
  });

  it('fills the grid column by column in allocation order', () => {
    const layout = new StableLayout();
    layout.update(Array.from({ length: GRID.rows + 1 }, (_, i) => obj(i + 1)));
    expect(layout.position(1)).toEqual({ x: GRID.originX, y: GRID.originY });
    expect(layout.position(2)).toEqual({ x: GRID.originX, y: GRID.originY + GRID.cellHeight });
    expect(layout.position(GRID.rows + 1)).toEqual({
      x: GRID.originX + GRID.cellWidth,
      y: GRID.originY,
    });
  });

  it('starts a new band of rows below when a band is full', () => {
    const layout = new StableLayout();
    const perBand = GRID.rows * GRID.bandColumns;
    layout.update(Array.from({ length: perBand + 1 }, (_, i) => obj(i + 1)));
    expect(layout.position(perBand)).toEqual({
      x: GRID.originX + (GRID.bandColumns - 1) * GRID.cellWidth,
      y: GRID.originY + (GRID.rows - 1) * GRID.cellHeight,
    });
    expect(layout.position(perBand + 1)).toEqual({
      x: GRID.originX,
      y: GRID.originY + GRID.rows * GRID.cellHeight,
    });
  });

  it('reuses a dead object’s place only from the next update on, after its card faded', () => {
    const layout = new StableLayout();
    layout.update([obj(1), obj(2)]);
    const place = layout.position(1);
    layout.update([obj(2), obj(3)]);
    expect(layout.position(3)).not.toEqual(place);
    layout.update([obj(2), obj(3), obj(4)]);
    expect(layout.position(4)).toEqual(place);
  });

  it('puts interned pills several to a cell', () => {
    const layout = new StableLayout();
    layout.update([obj(1), obj(10, true), obj(11, true)]);
    const a = layout.position(10)!;
    const b = layout.position(11)!;
    expect(b.y).toBe(a.y);
    expect(b.x - a.x).toBe(GRID.pillWidth);
    expect(a).toEqual({ x: GRID.originX, y: GRID.originY + GRID.cellHeight });
  });
});
