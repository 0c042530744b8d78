import { describe, expect, it } from 'vitest';
import { lateCode } from './lateCode';

describe('lateCode', () => {
  it('fetches once, is null until it has come, and fetches again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const late = lateCode(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return { answer: 42 };
    });
    await expect(late.load()).rejects.toThrow('offline');
    expect(late.now()).toBeNull();
    fail = false;
    const [a, b] = await Promise.all([late.load(), late.load()]);
    expect(a).toBe(b);
    expect(late.now()).toEqual({ answer: 42 });
    expect(calls).toBe(2);
  });
});
