import { describe, expect, it } from 'vitest';
import { PNG_LIMITS, pngScale } from './exportPng';
import { paint, withoutPx } from './exportSvg';

describe('the exported SVG writes styles as any viewer reads them', () => {
  it('colours as #rrggbb, with their alpha apart, and a transparent one as none', () => {
    expect(paint('rgb(47, 91, 211)')).toEqual(['#2f5bd3', 1]);
    expect(paint('rgba(20, 30, 50, 0.1)')).toEqual(['#141e32', 0.1]);
    expect(paint('rgb(20 30 50 / 10%)')).toEqual(['#141e32', 0.1]);
    expect(paint('rgba(0, 0, 0, 0)')).toEqual(['none', 1]);
    expect(paint('none')).toEqual(['none', 1]);
    expect(paint('url("#hs-arrow")')).toEqual(['url("#hs-arrow")', 1]);
  });

  it('lengths without px, dash arrays separated by spaces', () => {
    expect(withoutPx('1.5px')).toBe('1.5');
    expect(withoutPx('6px, 4px')).toBe('6 4');
    expect(withoutPx('none')).toBe('none');
    expect(withoutPx('normal')).toBe('normal');
  });
});

describe('the PNG scale', () => {
  it('is twice the drawing for an ordinary heap', () => {
    expect(pngScale(859, 477)).toBe(2);
  });

  it('stays within the longest side and the pixel count a browser can encode', () => {
    const long = pngScale(900, 20_000);
    expect(20_000 * long).toBeLessThanOrEqual(PNG_LIMITS.side);
    const big = pngScale(8000, 8000);
    expect(8000 * big * 8000 * big).toBeLessThanOrEqual(PNG_LIMITS.pixels * 1.000001);
    expect(big).toBeLessThan(2);
  });
});
