import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runScript } from '../cli/main';

const python = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], {
  encoding: 'utf8',
});
const hasPython311 = python.stdout?.trim() === 'True';

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPERATIONS = [
  'a | b',
  'a & b',
  'a ^ b',
  'a - b',
  'b - a',
  'a.union(b, c)',
  'a.intersection(b, c)',
  'a.difference(b, c)',
  'a.symmetric_difference(c)',
  'frozenset(a) | b',
  'frozenset(b) & frozenset(a)',
  'frozenset(a) - set(c)',
  'a.intersection(c)',
  'a.difference(c)',
  'set({k: 0 for k in c})',
  'set(frozenset(c)) | set(a)',
  'frozenset({k: 0 for k in b})',
];

const IN_PLACE = ['a |= b', 'a &= b', 'a ^= b', 'a -= b', 'a.update(c)', 'a.difference_update(c)'];

/**
 * A program of random set operations on ints (whose hashes are CPython's): it prints every
 * result in iteration order, so the tables the operations build must be laid out as
 * setobject.c lays them out, and every frozenset's hash.
 */
function program(seed: number): string {
  const next = random(seed);
  const setOf = () => {
    const n = Math.floor(next() * 30);
    const items = Array.from({ length: n }, () => Math.floor(next() * 200) - 20);
    return `{${items.join(', ')}}`.replace('{}', 'set()');
  };
  const lines: string[] = [];
  for (let round = 0; round < 12; round++) {
    lines.push(`a = ${setOf()}`, `b = ${setOf()}`, `c = list(${setOf()})`);
    for (const op of OPERATIONS) lines.push(`r = ${op}`, 'print(list(r), len(r))');
    lines.push(`print(hash(frozenset(a)), hash(frozenset(b) ^ frozenset(c)))`);
    lines.push(`print(a < b, a <= a | b, a.isdisjoint(b), a.issubset(c), a.issuperset(c))`);
    for (const op of IN_PLACE) lines.push('s = a', op, 'print(list(a), s is a)');
    lines.push('import sys', 'print(sys.getsizeof(a), sys.getsizeof(frozenset(a) | b))');
  }
  return lines.join('\n') + '\n';
}

describe('set and frozenset operations', { timeout: 60_000 }, () => {
  it.skipIf(!hasPython311)(
    'give python3 3.11 results, iteration order, hashes and sizes for random sets of ints',
    () => {
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const source = program(seed);
        const expected = spawnSync('python3', ['-c', source], {
          encoding: 'utf8',
          env: { ...process.env, PYTHONHASHSEED: '0' },
        });
        expect(expected.stderr).toBe('');
        const r = runScript(source, 'sets.py');
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(expected.stdout);
      }
    },
  );
});
