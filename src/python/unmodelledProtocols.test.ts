/**
 * Python Heapscope reads but does not run as CPython would: an index from a class's __index__,
 * a named character escape, the `!a` conversion, a str of non-ASCII digits as a float. Each is
 * refused by name at its line, never a TypeError, a ValueError or a different value.
 */
import { describe, expect, it } from 'vitest';
import { Session } from './session';

describe('constructs refused rather than answered differently', () => {
  it.each([
    ['[10, 20, 30][I()]', 'list indices from __index__'],
    ["'abc'[I()]", 'string indices from __index__'],
    ['"\\N{BULLET}"', "a '\\N{...}' escape"],
    ['f"\\N{BULLET} {1}"', "a '\\N{...}' escape"],
    ['"{!a}".format(1)', "the '!a' conversion"],
    ["float('١٢')", 'float() of a str with non-ASCII digits'],
  ])('refuses %s', (expression, construct) => {
    const source = `class I:\n    def __index__(self):\n        return 2\nx = ${expression}\n`;
    const r = new Session().run(source);
    expect(r.error).toBe(`NotSupported: ${construct} is not supported by Heapscope (line 4)`);
  });
});
