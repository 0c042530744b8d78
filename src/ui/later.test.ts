/** A part loaded apart is fetched once, kept once it has come, and asked for again after a failure. */
import { describe, expect, it } from 'vitest';
import { later } from './later';

describe('later', () => {
  it('loads a part once, and keeps it once it has come', async () => {
    let calls = 0;
    const part = later(async () => {
      calls++;
      return { answer: 42 };
    });
    expect(part.loaded).toBeNull();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toBe(b);
    expect(part.loaded).toBe(a);
    await part.load();
    expect(calls).toBe(1);
  });

  it('asks again after a failure', async () => {
    let calls = 0;
    const part = later(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return { answer: 42 };
    });
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.loaded).toBeNull();
    expect((await part.load()).answer).toBe(42);
    expect(calls).toBe(2);
  });
});
