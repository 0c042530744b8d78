/**
 * The storage of an embedded lesson with an id: the lesson starts anew at each visit (its player
 * opens a new session at its step), so the session kept under the id by an earlier visit is not
 * read back, and is not set aside as an old session would be (a notice, and one more key, at every
 * visit): it reads as absent until this visit saves its own, which replaces it. Other keys (what
 * was set aside before) read as they are.
 */
import { STORAGE_KEY, type StorageLike } from '../../store/persistence';

export function freshStorage(storage: StorageLike | null): StorageLike | null {
  if (!storage) return null;
  let saved = false;
  return {
    getItem: (key) => (key === STORAGE_KEY && !saved ? null : storage.getItem(key)),
    setItem: (key, value) => {
      storage.setItem(key, value);
      if (key === STORAGE_KEY) saved = true;
    },
  };
}
