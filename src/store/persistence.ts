/**
 * The session kept in the browser: the list of statements, where each was stopped if it was
 * (Stop, or its time budget), and how many of them are applied (the rest were undone and can be
 * redone). Loading replays them into a fresh interpreter, which brings back exactly the same heap,
 * addresses included, because the engine is deterministic.
 *
 * Nothing is ever thrown away: text that cannot be read is copied to a key of its own before a
 * new session starts, and the person is told where it is.
 */
import { isProfileName, type ProfileName } from '../engine/profiles';
import type { HistoryStatement, StopPoint } from '../worker/protocol';
import { savedOrigin } from './transcript';

export const STORAGE_KEY = 'heapscope.session';
const FORMAT = 'heapscope-session';
/** Version 2 added where a statement was stopped; version 1 sessions still load. */
const VERSION = 2;

export type SavedStatement = HistoryStatement;

export interface SavedSession {
  /** Statements after the setup, oldest first, including undone ones. */
  readonly statements: readonly SavedStatement[];
  /** How many of `statements` are applied. */
  readonly position: number;
  /** The CPython the heap imitates; absent means 3.11 (a shared session may name another). */
  readonly profile?: ProfileName;
}

/** The part of the Web Storage API used here, so tests can pass a Map-backed fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type LoadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loaded'; readonly saved: SavedSession }
  /**
   * `message` says what went wrong and where the unreadable text was kept. `canSave` is false when
   * it could not be kept anywhere else: then the new session must not be written over it.
   */
  | { readonly kind: 'unreadable'; readonly message: string; readonly canSave: boolean };

export function encodeSession(saved: SavedSession): string {
  return JSON.stringify({
    format: FORMAT,
    version: VERSION,
    position: saved.position,
    ...(saved.profile && saved.profile !== '3.11' ? { profile: saved.profile } : {}),
    statements: saved.statements.map((s) => ({
      source: s.source,
      origin: s.origin,
      ...(s.stop ? { stop: s.stop } : {}),
    })),
  });
}

/** Parses stored text; throws an Error whose message says what is wrong with it. */
export function decodeSession(text: string): SavedSession {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`it is not valid JSON (${why(e)})`, { cause: e });
  }
  if (!isRecord(data) || data.format !== FORMAT) throw new Error('it is not a Heapscope session');
  if (data.version !== 1 && data.version !== VERSION) {
    throw new Error(`it was saved in format version ${String(data.version)}, not ${VERSION}`);
  }
  if (!Array.isArray(data.statements)) throw new Error('its list of statements is missing');
  const statements = data.statements.map((s, i): SavedStatement => {
    if (!isRecord(s) || typeof s.source !== 'string') {
      throw new Error(`statement ${i + 1} has no source text`);
    }
    const origin = savedOrigin(s.origin);
    return { source: s.source, origin, stop: stopPoint(s.stop, i) };
  });
  const position = data.position;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
    throw new Error('its position in the history is not a whole number');
  }
  const profile = data.profile;
  if (profile !== undefined && (typeof profile !== 'string' || !isProfileName(profile))) {
    throw new Error('its CPython version is not one Heapscope has');
  }
  return {
    statements,
    position: Math.min(position, statements.length),
    ...(profile === undefined ? {} : { profile }),
  };
}

/** Is anything saved under the session's key (readable or not)? Reads only, changes nothing. */
export function hasSavedSession(storage: StorageLike | null): boolean {
  try {
    return storage?.getItem(STORAGE_KEY) != null;
  } catch {
    return false;
  }
}

export function loadSession(storage: StorageLike | null): LoadResult {
  if (!storage) return { kind: 'empty' };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return {
      kind: 'unreadable',
      message: `The browser refused to read the saved session (${why(e)}). A new session has started.`,
      canSave: false,
    };
  }
  if (text === null) return { kind: 'empty' };
  try {
    return { kind: 'loaded', saved: decodeSession(text) };
  } catch (e) {
    const kept = keepUnreadable(storage, text);
    return {
      kind: 'unreadable',
      message:
        `The saved session could not be read: ${why(e)}. ` +
        (kept
          ? `Its text is kept in this browser's local storage under “${kept}”. `
          : 'Its text could not be copied aside, so it was left where it was and is not overwritten. ') +
        'A new session has started.',
      canSave: kept !== null,
    };
  }
}

/** Writes the session; returns null, or why it could not be written (storage full or disabled). */
export function saveSession(storage: StorageLike | null, saved: SavedSession): string | null {
  if (!storage) return 'this browser offers no local storage';
  try {
    storage.setItem(STORAGE_KEY, encodeSession(saved));
    return null;
  } catch (e) {
    return why(e);
  }
}

/** Where a saved statement was stopped: absent, or a whole amount of work and a known reason. */
function stopPoint(stop: unknown, i: number): StopPoint | null {
  if (stop === undefined || stop === null) return null;
  if (
    !isRecord(stop) ||
    typeof stop.work !== 'number' ||
    !Number.isSafeInteger(stop.work) ||
    stop.work < 0 ||
    (stop.reason !== 'interrupt' && stop.reason !== 'time')
  ) {
    throw new Error(`statement ${i + 1} says it was stopped, but not where`);
  }
  const early = stop.interruptedAt;
  if (early === undefined) return { work: stop.work, reason: stop.reason };
  if (typeof early !== 'number' || !Number.isSafeInteger(early) || early < 0 || early > stop.work)
    throw new Error(`statement ${i + 1} says it was stopped, but not where`);
  return { work: stop.work, reason: stop.reason, interruptedAt: early };
}

/**
 * Copies the saved session to a key of its own (`heapscope.session.<label>-N`) before it is
 * replaced; returns the key, or null if there was nothing to copy or it could not be copied.
 */
export function keepAside(storage: StorageLike, label: string): string | null {
  try {
    const text = storage.getItem(STORAGE_KEY);
    return text === null ? null : keepText(storage, text, label);
  } catch {
    return null;
  }
}

/** Copies unreadable text to a key of its own; returns the key, or null if that failed too. */
function keepUnreadable(storage: StorageLike, text: string): string | null {
  return keepText(storage, text, 'unreadable');
}

function keepText(storage: StorageLike, text: string, label: string): string | null {
  for (let n = 1; n < 100; n++) {
    const key = `${STORAGE_KEY}.${label}-${n}`;
    try {
      const there = storage.getItem(key);
      if (there === text) return key;
      if (there !== null) continue;
      storage.setItem(key, text);
      return key;
    } catch {
      return null;
    }
  }
  return null;
}

/** The browser's storage, or null where there is none (Node, or storage disabled). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function why(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
