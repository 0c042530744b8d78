import { describe, expect, it } from 'vitest';
import { applyDetail, detailAt, LOD_BOXES_BELOW, LOD_DOTS_BELOW } from './levelOfDetail';

describe('level of detail', () => {
  it('draws full cards from half size up, boxes below, dots below a quarter', () => {
    expect(detailAt(1)).toBe('full');
    expect(detailAt(LOD_BOXES_BELOW)).toBe('full');
    expect(detailAt(0.49)).toBe('boxes');
    expect(detailAt(LOD_DOTS_BELOW)).toBe('boxes');
    expect(detailAt(0.24)).toBe('dots');
    expect(detailAt(0.05)).toBe('dots');
  });

  it('sets lod-boxes below half size and adds lod-dots below a quarter, and takes them off', () => {
    const classes = new Set<string>();
    const element = {
      classList: {
        toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)),
      },
    } as unknown as Element;
    applyDetail(element, 0.4);
    expect([...classes].sort()).toEqual(['lod-boxes']);
    applyDetail(element, 0.1);
    expect([...classes].sort()).toEqual(['lod-boxes', 'lod-dots']);
    applyDetail(element, 1.5);
    expect([...classes]).toEqual([]);
  });
});
