/**
 * What is accepted is right: `sorted`'s key function and `__slots__` are not modelled yet, so they
 * are refused by name (never silently ignored, which printed an unsorted list and let a slotted
 * instance take any attribute and weak references); what is modelled around them still runs.
 */
import { describe, expect, it } from 'vitest';
import { Session } from './session';

const out = (s: Session, source: string) =>
  s
    .run(source)
    .output.map((c) => c.text)
    .join('');

describe('features not modelled yet are refused, not ignored', () => {
  it("refuses sorted()'s key function, and still takes key=None and reverse=", () => {
    const s = new Session();
    const r = s.run('print("first")\nprint(sorted(["aaa", "b", "cc"], key=len))');
    expect(r.error).toBe(
      "NotSupported: sorted()'s key= argument is not supported by Heapscope (line 2)",
    );
    expect(out(s, 'print(sorted([3, 1, 2], key=None, reverse=True))')).toBe('[3, 2, 1]\n');
    const other = s.run('sorted([1], foo=1)');
    expect(other.error).toBe(
      "NotSupported: sorted()'s foo= argument is not supported by Heapscope (line 1)",
    );
  });

  it('refuses a class with __slots__ before anything of the statement runs', () => {
    const s = new Session();
    const r = s.run('print("before")\nclass Point:\n    __slots__ = ("x", "y")\n');
    expect(r.error).toBe("NotSupported: '__slots__' is not supported by Heapscope (line 3)");
    expect(r.output.filter((c) => c.stream === 'stdout')).toEqual([]);
    expect(out(s, 'class P:\n    slots = 1\n\nprint(P.slots)')).toBe('1\n');
  });
});
