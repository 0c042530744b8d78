import { describe, expect, it } from 'vitest';
import { continuesBlock, newlineAfter } from './replInput';

describe('the REPL input rules', () => {
  it('a line ending in a colon opens a block, and Enter continues it until a blank line', () => {
    expect(continuesBlock('x = 1')).toBe(false);
    expect(continuesBlock('for i in range(3):')).toBe(true);
    expect(continuesBlock('for i in range(3):  # loop')).toBe(true);
    expect(continuesBlock('for i in range(3):\n    print(i)')).toBe(true);
    expect(continuesBlock('for i in range(3):\n    print(i)\n')).toBe(false);
    expect(continuesBlock('d = {"a": 1}  # not a block:')).toBe(false);
  });

  it('a new line keeps the indentation, one level deeper after a colon', () => {
    expect(newlineAfter('x = 1')).toBe('\n');
    expect(newlineAfter('if x:')).toBe('\n    ');
    expect(newlineAfter('    y = 2')).toBe('\n    ');
    expect(newlineAfter('    while y:')).toBe('\n        ');
  });
});
