import { describe, expect, it } from 'vitest';
import { InputHistory } from './inputHistory';

describe('InputHistory', () => {
  it('walks back and forth and returns to the draft being typed', () => {
    const h = new InputHistory();
    h.push('a = []');
    h.push('b = a');
    expect(h.previous('dra')).toBe('b = a');
    expect(h.previous('ignored')).toBe('a = []');
    expect(h.previous('ignored')).toBeNull();
    expect(h.next()).toBe('b = a');
    expect(h.next()).toBe('dra');
    expect(h.next()).toBeNull();
  });

  it('skips blank input and immediate repeats', () => {
    const h = new InputHistory();
    h.push('x');
    h.push('x');
    h.push('  ');
    expect(h.previous('')).toBe('x');
    expect(h.previous('')).toBeNull();
  });
});
