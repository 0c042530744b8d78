/**
 * A view of the browser's storage under another name: the session's keys
 * (`heapscope.session`, `heapscope.session.unreadable-1`, ...) become `<name>`,
 * `<name>.unreadable-1`, ..., so each embed with an id keeps its own session beside the main
 * app's, and none overwrites another's.
 */
import { STORAGE_KEY, type StorageLike } from './persistence';

export function scopedStorage(storage: StorageLike | null, name: string): StorageLike | null {
  if (!storage || name === STORAGE_KEY) return storage;
  const key = (k: string) => (k.startsWith(STORAGE_KEY) ? name + k.slice(STORAGE_KEY.length) : k);
  return {
    getItem: (k) => storage.getItem(key(k)),
    setItem: (k, v) => storage.setItem(key(k), v),
  };
}
