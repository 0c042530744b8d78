import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsText, classifyAll, cpCount, cpFind, cpRfind, tailMatch } from './strSearch';

const cps = (s: string) => [...s];

// Expected values are python3's (str.find, str.rfind, str.count, str.startswith, isX()).
describe('str search helpers (code point windows)', () => {
  it('finds by code point, also past astral characters', () => {
    const s = cps('a😀bcb');
    expect(cpFind(s, 'b', 0, s.length)).toBe(2);
    expect(cpRfind(s, 'b', 0, s.length)).toBe(4);
    expect(cpFind(s, 'b', 3, s.length)).toBe(4);
    expect(cpFind(s, 'z', 0, s.length)).toBe(-1);
    expect(cpFind(s, '', 2, s.length)).toBe(2);
    expect(cpRfind(s, '', 0, 3)).toBe(3);
    expect(cpFind(s, '', 9, s.length)).toBe(-1);
  });
  it('counts without overlaps; an empty sub counts the gaps', () => {
    expect(cpCount(cps('aaaa'), 'aa', 0, 4)).toBe(2);
    expect(cpCount(cps('hello'), 'l', 3, 5)).toBe(1);
    expect(cpCount(cps('hello'), '', 0, 5)).toBe(6);
    expect(cpCount(cps('hello'), '', 9, 5)).toBe(0);
  });
  it('matches at either end of the window', () => {
    const s = cps('hello world');
    expect(tailMatch(s, cps('hello'), 0, s.length, false)).toBe(true);
    expect(tailMatch(s, cps('world'), 0, s.length, true)).toBe(true);
    expect(tailMatch(s, cps('ello'), 1, s.length, false)).toBe(true);
    expect(tailMatch(s, cps(''), 20, s.length, false)).toBe(false);
    expect(tailMatch(s, cps('hello'), 0, 4, false)).toBe(false);
  });
  it('classifies as the isX() methods do', () => {
    expect(classifyAll(cps('123'), 'digit')).toBe(true);
    expect(classifyAll(cps(''), 'digit')).toBe(false);
    expect(classifyAll(cps(''), 'ascii')).toBe(true);
    expect(classifyAll(cps('é'), 'ascii')).toBe(false);
    expect(classifyAll(cps('²'), 'digit')).toBe(null);
    expect(classifyAll(cps('٣'), 'decimal')).toBe(true);
    expect(classifyAll(cps('héllo'), 'alpha')).toBe(true);
    expect(classifyAll(cps('x1'), 'alnum')).toBe(true);
    expect(classifyAll(cps(' \t\x1c\u3000'), 'space')).toBe(true);
    expect(classifyAll(cps('\ufeff'), 'space')).toBe(false);
    expect(classifyAll(cps('A1'), 'upper')).toBe(true);
    expect(classifyAll(cps('1'), 'upper')).toBe(false);
    expect(classifyAll(cps('Ab'), 'upper')).toBe(false);
    expect(classifyAll(cps('abc ß'), 'lower')).toBe(true);
    expect(classifyAll(cps('ǅ'), 'lower')).toBe(false);
  });
});

describe('str search in the text itself', () => {
  it('finds, counts and matches as the search over code points does, for any window', () => {
    // Texts whose UTF-16 units are their code points (what strChars hands over as the text), over
    // a small alphabet so that subs are often found, more than once, at the window's edges.
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'é', '日'),
      maxLength: 30,
      size: 'max',
    });
    const index = fc.integer({ min: -2, max: 34 });
    fc.assert(
      fc.property(text, text, index, index, (s, sub, a, b) => {
        const points = [...s];
        // The helpers take adjusted windows: 0 <= start, end <= length (start may pass end).
        const start = Math.max(0, a);
        const end = Math.min(s.length, Math.max(0, b));
        expect(cpFind(s, sub, start, end)).toBe(cpFind(points, sub, start, end));
        expect(cpRfind(s, sub, start, end)).toBe(cpRfind(points, sub, start, end));
        expect(cpCount(s, sub, start, end)).toBe(cpCount(points, sub, start, end));
        for (const atEnd of [false, true])
          expect(tailMatch(s, [...sub], start, end, atEnd)).toBe(
            tailMatch(points, [...sub], start, end, atEnd),
          );
        expect(charsText(s, start, end)).toBe(charsText(points, start, end));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The searches as CPython's stringlib defines them, one code point at a time (the reference). */
function naive(points: readonly string[], sub: readonly string[], start: number, end: number) {
  const all: number[] = [];
  for (let k = start; k + sub.length <= end; k++)
    if (sub.every((c, j) => points[k + j] === c)) all.push(k);
  // count: non-overlapping, from the left.
  let count = 0;
  for (let i = 0, next = -1; i < all.length; i++)
    if (all[i]! >= next) {
      count++;
      next = all[i]! + sub.length;
    }
  return { first: all[0] ?? -1, last: all[all.length - 1] ?? -1, count };
}

describe('str search over code points with astral characters and lone surrogates', () => {
  it('finds, rfinds and counts as a search one code point at a time does', () => {
    // Astral characters (two UTF-16 units), and lone surrogates that could match half of one.
    const unit = fc.constantFrom('a', 'b', '😀', '\ud83d', '\ude00', 'é');
    // Split as strChars splits a str's text (a high surrogate then a low one are one character).
    const text = (n: number) =>
      fc.array(unit, { minLength: n, maxLength: 24, size: 'max' }).map((u) => u.join(''));
    const index = fc.integer({ min: 0, max: 26 });
    fc.assert(
      fc.property(text(0), text(1), index, index, (s, sub, a, b) => {
        const chars = [...s];
        const start = Math.min(a, chars.length);
        const end = Math.min(b, chars.length);
        const subPoints = [...sub].slice(0, 3);
        const want = naive(chars, subPoints, start, end);
        const subText = subPoints.join('');
        expect(cpFind(chars, subText, start, end)).toBe(want.first);
        expect(cpRfind(chars, subText, start, end)).toBe(want.last);
        expect(cpCount(chars, subText, start, end)).toBe(want.count);
      }),
      { numRuns: 3000 },
    );
  });
});
