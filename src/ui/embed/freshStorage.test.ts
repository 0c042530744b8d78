import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../store/memoryStorage.testing';
import { STORAGE_KEY } from '../../store/persistence';
import { scopedStorage } from '../../store/scopedStorage';
import { freshStorage } from './freshStorage';

describe("an embedded lesson's storage", () => {
  it("reads no session until it saves its own, which replaces the last visit's", () => {
    const browser = new MemoryStorage();
    browser.items.set('heapscope.embed.slide-7', 'last visit');
    browser.items.set('heapscope.embed.slide-7.previous-1', 'set aside');
    const storage = freshStorage(scopedStorage(browser, 'heapscope.embed.slide-7'))!;
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(storage.getItem(`${STORAGE_KEY}.previous-1`)).toBe('set aside');
    storage.setItem(STORAGE_KEY, 'this visit');
    expect(storage.getItem(STORAGE_KEY)).toBe('this visit');
    expect(browser.items.get('heapscope.embed.slide-7')).toBe('this visit');
    // The app's own session is not touched.
    expect(browser.items.has(STORAGE_KEY)).toBe(false);
  });

  it('is none without storage', () => {
    expect(freshStorage(null)).toBeNull();
  });
});
