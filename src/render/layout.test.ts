import { describe, expect, it } from 'vitest';
import { firstReferrers, GRID, StableLayout, type Placeable } from './layout';

const obj = (id: number, referrer: number | null = null, interned = false): Placeable => ({
  id,
  interned,
  referrer,
});
const cell = (col: number, row: number) => ({
  x: GRID.originX + col * GRID.cellWidth,
  y: GRID.originY + row * GRID.cellHeight,
});

describe('StableLayout', () => {
  it('keeps every object where it first appeared while others come and go', () => {
    const layout = new StableLayout();
    layout.update([obj(1), obj(2), obj(3)]);
    const first = [1, 2, 3].map((id) => layout.position(id));
    layout.update([obj(1), obj(3), obj(4, 1), obj(5, 3)]);
    expect(layout.position(1)).toEqual(first[0]);
    expect(layout.position(3)).toEqual(first[2]);
    expect(layout.position(2)).toBeUndefined();
  });

  it('puts what frames hold in the first column, top to bottom', () => {
    const layout = new StableLayout();
    layout.update([obj(1), obj(2)]);
    expect(layout.position(1)).toEqual(cell(0, 0));
    expect(layout.position(2)).toEqual(cell(0, 1));
  });

  it('puts a container’s items beside it in slot order, and their references beside them', () => {
    const layout = new StableLayout();
    // a = [n1, n2]; b = [...]: n1 and n2 right of a, their names right of them, b below a.
    layout.update([obj(1), obj(2), obj(10, 1), obj(11, 1), obj(20, 10), obj(21, 11)]);
    expect(layout.position(10)).toEqual(cell(1, 0));
    expect(layout.position(11)).toEqual(cell(1, 1));
    expect(layout.position(20)).toEqual(cell(2, 0));
    expect(layout.position(21)).toEqual(cell(2, 1));
    expect(layout.position(2)).toEqual(cell(0, 1));
  });

  it('places a new object next to its first referrer, where there is room', () => {
    const layout = new StableLayout();
    layout.update([obj(1), obj(2), obj(3)]);
    // A new item of the third root goes level with it, not at the top of the column.
    layout.update([obj(1), obj(2), obj(3), obj(30, 3)]);
    expect(layout.position(30)).toEqual(cell(1, 2));
    layout.update([obj(1), obj(2), obj(3), obj(30, 3), obj(31, 3)]);
    expect(layout.position(31)).toEqual(cell(1, 3));
  });

  it('places a referrer that comes later before what it refers to', () => {
    const layout = new StableLayout();
    // str '16' is allocated before the Node that holds it: it still goes beside the Node.
    layout.update([obj(1), obj(20, 10), obj(10, 1)]);
    expect(layout.position(10)).toEqual(cell(1, 0));
    expect(layout.position(20)).toEqual(cell(2, 0));
  });

  it('wraps a long run of items into a column pair further right', () => {
    const layout = new StableLayout();
    const items = Array.from({ length: GRID.spread + 1 }, (_, i) => obj(100 + i, 1));
    layout.update([obj(1), ...items]);
    expect(layout.position(100 + GRID.spread - 1)).toEqual(cell(1, GRID.spread - 1));
    // Column 2 stays free for the references of the items in column 1.
    expect(layout.position(100 + GRID.spread)).toEqual(cell(3, 0));
  });

  it('never puts two cards in one place', () => {
    const layout = new StableLayout();
    const objects: Placeable[] = [obj(1), obj(2)];
    for (let i = 0; i < 300; i++) objects.push(obj(100 + i, i % 3 === 0 ? 1 : 100 + i - 1));
    layout.update(objects);
    const seen = new Set(objects.map((o) => JSON.stringify(layout.position(o.id))));
    expect(seen.size).toBe(objects.length);
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

  it('keeps a position a person chose, and frees the cell it had', () => {
    const layout = new StableLayout();
    layout.update([obj(1), obj(2)]);
    layout.pin(1, { x: 900, y: 500 });
    layout.update([obj(1), obj(2)]);
    expect(layout.position(1)).toEqual({ x: 900, y: 500 });
    layout.update([obj(1), obj(2), obj(3)]);
    expect(layout.position(3)).toEqual(cell(0, 0));
    expect(layout.position(1)).toEqual({ x: 900, y: 500 });
  });

  it('puts interned pills several to a cell, beside what refers to them', () => {
    const layout = new StableLayout();
    layout.update([obj(1), obj(10, 1, true), obj(11, 1, true)]);
    const a = layout.position(10)!;
    const b = layout.position(11)!;
    expect(a).toEqual(cell(1, 0));
    expect(b).toEqual({ x: a.x + GRID.pillWidth, y: a.y });
  });
});

describe('firstReferrers', () => {
  it('gives each object the first drawn object that refers to it, frames’ objects none', () => {
    const objects = [
      { id: 1, refs: [{ target: 2 }, { target: 3 }] },
      { id: 2, refs: [{ target: 3 }, { target: 2 }] },
      { id: 3, refs: [] },
      { id: 4, refs: [], holder: 1 },
      { id: 5, refs: [{ target: 99 }] },
    ];
    const first = firstReferrers(objects, new Set([1, 5]));
    expect(Object.fromEntries(first)).toEqual({ 1: null, 5: null, 2: 1, 3: 1, 4: 1 });
  });
});
