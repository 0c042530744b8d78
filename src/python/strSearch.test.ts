import { describe, expect, it } from 'vitest';
import { classifyAll, cpCount, cpFind, cpRfind, tailMatch } from './strSearch';

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
