/** Tests' stand-in for the browser's localStorage: the session store saves into a Map. */
import type { StorageLike } from './persistence';

export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}
