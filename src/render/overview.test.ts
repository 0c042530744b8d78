import { describe, expect, it } from 'vitest';
import { heapOffScreen, mapFrame, type Overview } from './overview';

const heap = (view: Overview['view']): Overview => ({
  extent: { x: 1000, y: 500 },
  objects: [{ id: 1, box: { x: 600, y: 100, w: 200, h: 80 }, pill: false }],
  frames: [{ x: 10, y: 10, w: 150, h: 200 }],
  view,
});

describe('heapOffScreen', () => {
  it('is false while any card or frame reaches into the view', () => {
    expect(heapOffScreen(heap({ x: 0, y: 0, w: 100, h: 100 }))).toBe(false);
    expect(heapOffScreen(heap({ x: 790, y: 170, w: 300, h: 300 }))).toBe(false);
  });
  it('is true once the view shows none of them', () => {
    expect(heapOffScreen(heap({ x: 2000, y: 2000, w: 500, h: 300 }))).toBe(true);
    expect(heapOffScreen(heap({ x: 200, y: 250, w: 300, h: 200 }))).toBe(true);
  });
  it('is false for an empty heap', () => {
    expect(
      heapOffScreen({
        extent: { x: 0, y: 0 },
        objects: [],
        frames: [],
        view: { x: 9e3, y: 0, w: 1, h: 1 },
      }),
    ).toBe(false);
  });
});

describe('mapFrame', () => {
  it('fits the drawing into the map', () => {
    const { k, origin } = mapFrame(heap({ x: 0, y: 0, w: 400, h: 300 }), { w: 200, h: 200 });
    expect(k).toBe(0.2);
    expect(origin).toEqual({ x: 0, y: 0 });
  });
  it('keeps a view that wandered off the drawing on the map', () => {
    const { k, origin } = mapFrame(heap({ x: -1000, y: 0, w: 500, h: 300 }), { w: 200, h: 100 });
    expect(origin).toEqual({ x: -1000, y: 0 });
    expect(k).toBe(0.1);
  });
});
