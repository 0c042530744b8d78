/**
 * Managing sessions in the store: running while scrubbed back asks before dropping anything, a new
 * session keeps the old one aside, and a session opened from a share link never writes over the
 * one saved in the browser until the person runs a statement in it or keeps it.
 */
import { describe, expect, it } from 'vitest';
import { InlineEngine } from './inlineEngine';
import { decodeSession, encodeSession, STORAGE_KEY, type StorageLike } from './persistence';
import { DEFAULT_VIEW, type SharedSession } from './shareLink';
import { createSessionStore, type SessionStoreOptions } from './sessionStore';
import { withoutShare } from './shareHash';
import { sharedFromHash, shareUrl } from './shareUrl';
import { MemoryStorage } from './memoryStorage.testing';

async function newStore(options: SessionStoreOptions = {}) {
  const store = createSessionStore({ engine: () => new InlineEngine(), ...options });
  await store.getState().idle();
  return store;
}

async function storeWith(lines: readonly string[], options: SessionStoreOptions = {}) {
  const store = await newStore(options);
  for (const line of lines) await store.getState().runPython(line);
  return store;
}

const sources = (store: Awaited<ReturnType<typeof newStore>>) =>
  store.getState().transcript.map((e) => e.source);

/** A browser whose saved session is the student's own work. */
async function studentBrowser() {
  const storage = new MemoryStorage();
  const own = await storeWith(['mine = [1, 2]', 'other = mine'], { storage });
  await own.getState().undo();
  return { storage, saved: storage.getItem(STORAGE_KEY)! };
}

const TEACHER: SharedSession = {
  statements: [
    { source: 'a = []', origin: 'console', stop: null },
    { source: 'b = [a]', origin: 'canvas', stop: null },
    { source: 'a.append(b)', origin: 'console', stop: null },
    { source: 'del a', origin: 'console', stop: null },
  ],
  position: 3,
  profile: '3.11',
  view: { showSetup: true, showReachability: false, collectGeneration: 0 },
};

/** The teacher's session, through a real link: made by `shareUrl`, read by `sharedFromHash`. */
async function teacherLink(): Promise<string> {
  const teacher = await newStore();
  for (const s of TEACHER.statements) await teacher.getState().runPython(s.source, s.origin);
  await teacher.getState().undo();
  const made = shareUrl(
    { ...teacher.getState(), view: TEACHER.view },
    { href: 'https://example.org/heapscope/?x=1#s=old' },
  );
  if (!made.ok) throw new Error(made.message);
  expect(made.url.startsWith('https://example.org/heapscope/?x=1#s=')).toBe(true);
  return new URL(made.url).hash;
}

describe('running while the history is scrubbed back', () => {
  it('cancelled, nothing runs and nothing is dropped, saved or not', async () => {
    const storage = new MemoryStorage();
    const store = await storeWith(['a = []', 'b = []', 'c = []'], { storage });
    await store.getState().goTo(1);
    const saved = storage.getItem(STORAGE_KEY);
    expect(await store.getState().runPython('d = a')).toBeNull();
    store.getState().answerDropQuestion(false);
    await store.getState().idle();
    expect(store.getState().dropQuestion).toBeNull();
    expect(sources(store)).toEqual(['a = []', 'b = []', 'c = []']);
    expect(store.getState().position).toBe(1);
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('a second question answers the first one no', async () => {
    const store = await storeWith(['a = []', 'b = []']);
    await store.getState().undo();
    const answers: boolean[] = [];
    store.getState().askToDropUndone('x = 1', (drop) => answers.push(drop));
    store.getState().askToDropUndone('y = 2', (drop) => answers.push(drop));
    expect(answers).toEqual([false]);
    expect(store.getState().dropQuestion?.source).toBe('y = 2');
    store.getState().answerDropQuestion(true);
    expect(answers).toEqual([false, true]);
  });

  it('with dropUndone it runs at once; at the end of the history it never asks', async () => {
    const store = await storeWith(['a = []', 'b = []']);
    await store.getState().undo();
    const entry = await store.getState().runPython('c = 1', 'canvas', { dropUndone: true });
    expect(entry?.source).toBe('c = 1');
    expect(sources(store)).toEqual(['a = []', 'c = 1']);
    expect(await store.getState().runPython('d = 2')).not.toBeNull();
    expect(store.getState().dropQuestion).toBeNull();
  });
});

describe('a new session', () => {
  it('keeps the saved one aside, says where, and starts empty', async () => {
    const storage = new MemoryStorage();
    const store = await storeWith(['a = [1]', 'b = a'], { storage });
    await store.getState().undo();
    const before = storage.getItem(STORAGE_KEY)!;
    await store.getState().newSession();
    const key = `${STORAGE_KEY}.previous-1`;
    expect(storage.getItem(key)).toBe(before);
    expect(store.getState().storageNotice).toBe(
      `A new session has started. The previous one is kept in this browser's local storage under “${key}”.`,
    );
    expect(store.getState().transcript).toEqual([]);
    expect(store.getState().position).toBe(0);
    expect(store.getState().snapshot.frames[0]!.names.map((n) => n.name)).not.toContain('a');
    expect(decodeSession(storage.getItem(STORAGE_KEY)!)).toEqual({ statements: [], position: 0 });
    // The copy is the whole session, undone statement included.
    expect(decodeSession(storage.getItem(key)!)).toMatchObject({
      statements: [{ source: 'a = [1]' }, { source: 'b = a' }],
      position: 1,
    });
  });

  it('of another profile runs its CPython, is saved with it, and can replace the saved one', async () => {
    const storage = new MemoryStorage();
    const store = await storeWith(['a = [1]'], { storage });
    await store.getState().newSession({ profile: '2.7' });
    expect(store.getState().profile).toBe('2.7');
    const notice = store.getState().storageNotice;
    expect(notice).toMatch(/previous-1/);
    // 2.7's call keeps the caller's reference on its stack: 4 inside the callee, where 3.11 says 3.
    const entry = await store
      .getState()
      .runPython('import sys\ndef f(x):\n    print(sys.getrefcount(x))\nb = []\nf(b)', 'script');
    expect(entry?.output.map((c) => c.text).join('')).toBe('4\n');
    expect(decodeSession(storage.getItem(STORAGE_KEY)!)).toMatchObject({ profile: '2.7' });

    await store.getState().newSession({ profile: '3.12', replaceSaved: true });
    expect(store.getState().profile).toBe('3.12');
    // Nothing more was copied aside, and the notice about the first copy stays.
    expect(storage.getItem(`${STORAGE_KEY}.previous-2`)).toBeNull();
    expect(store.getState().storageNotice).toBe(notice);
    expect(decodeSession(storage.getItem(STORAGE_KEY)!)).toMatchObject({
      statements: [],
      profile: '3.12',
    });
    await store.getState().newSession();
    expect(store.getState().profile).toBe('3.11');
  });

  it('from an empty session keeps no empty copy and says nothing', async () => {
    const storage = new MemoryStorage();
    const store = await storeWith([], { storage });
    await store.getState().runPython('a = 1');
    await store.getState().undo();
    await store.getState().newSession();
    expect(storage.getItem(`${STORAGE_KEY}.previous-1`)).not.toBeNull();
    await store.getState().newSession();
    expect(storage.getItem(`${STORAGE_KEY}.previous-2`)).toBeNull();
    expect(store.getState().storageNotice).toBeNull();
  });

  it('does not write over a saved session it could not copy aside', async () => {
    const storage = new MemoryStorage();
    await storeWith(['a = 1'], { storage });
    const saved = storage.getItem(STORAGE_KEY);
    const full: StorageLike = {
      getItem: (k) => storage.getItem(k),
      setItem: (k, v) => {
        if (k !== STORAGE_KEY) throw new Error('QuotaExceededError');
        storage.setItem(k, v);
      },
    };
    const store = await newStore({ storage: full });
    await store.getState().newSession();
    expect(store.getState().storageNotice).toMatch(/could not be copied aside, so it stays saved/);
    await store.getState().runPython('b = 2');
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
  });
});

describe('a session opened from a share link', () => {
  it('replays the link into the same heap, and leaves the saved session untouched', async () => {
    const { storage, saved } = await studentBrowser();
    const hash = await teacherLink();
    const shared = sharedFromHash(hash);
    expect(shared?.kind).toBe('session');
    const store = await newStore({ storage, shared });
    const reference = await storeWith(TEACHER.statements.slice(0, 3).map((s) => s.source));
    expect(JSON.stringify(store.getState().snapshot)).toBe(
      JSON.stringify(reference.getState().snapshot),
    );
    expect(sources(store)).toEqual(TEACHER.statements.map((s) => s.source));
    expect(store.getState().position).toBe(3);
    expect(store.getState().transcript[1]!.origin).toBe('canvas');
    expect(store.getState().shared).toEqual({ statements: 4, view: TEACHER.view });
    // Looking through the shared history is not a change: nothing is saved.
    await store.getState().redo();
    await store.getState().goTo(1);
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);
  });

  it('leaving it brings back the saved session, still untouched', async () => {
    const { storage, saved } = await studentBrowser();
    const store = await newStore({ storage, shared: sharedFromHash(await teacherLink()) });
    await store.getState().leaveShared();
    expect(store.getState().shared).toBeNull();
    expect(sources(store)).toEqual(['mine = [1, 2]', 'other = mine']);
    expect(store.getState().position).toBe(1);
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('running a statement in it makes it the saved one, the old one kept aside and named', async () => {
    const { storage, saved } = await studentBrowser();
    const store = await newStore({ storage, shared: sharedFromHash(await teacherLink()) });
    await store.getState().goTo(4);
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
    await store.getState().runPython('c = 3');
    const key = `${STORAGE_KEY}.before-shared-1`;
    expect(storage.getItem(key)).toBe(saved);
    expect(store.getState().shared).toBeNull();
    expect(store.getState().storageNotice).toBe(
      `This shared session is now the one saved in this browser. Your earlier session is kept in this browser's local storage under “${key}”.`,
    );
    expect(decodeSession(storage.getItem(STORAGE_KEY)!).statements.map((s) => s.source)).toEqual([
      ...TEACHER.statements.map((s) => s.source),
      'c = 3',
    ]);
  });

  it('kept on purpose, it is saved as it is, and a reload shows the same heap', async () => {
    const { storage, saved } = await studentBrowser();
    const store = await newStore({ storage, shared: sharedFromHash(await teacherLink()) });
    store.getState().keepShared();
    expect(storage.getItem(`${STORAGE_KEY}.before-shared-1`)).toBe(saved);
    expect(decodeSession(storage.getItem(STORAGE_KEY)!).position).toBe(3);
    const reloaded = await newStore({ storage });
    expect(JSON.stringify(reloaded.getState().snapshot)).toBe(
      JSON.stringify(store.getState().snapshot),
    );
  });

  it('carries its CPython profile into the replay and into what is saved', async () => {
    const session: SharedSession = {
      statements: [{ source: 'x = 7', origin: 'console', stop: null }],
      position: 1,
      profile: '3.12',
      view: DEFAULT_VIEW,
    };
    const storage = new MemoryStorage();
    const store = await newStore({ storage, shared: { kind: 'session', session } });
    // 3.12's small ints are immortal: their refcount is not the 3.11 one.
    const seven = (s: typeof store) =>
      s.getState().snapshot.objects.find((o) => o.type === 'int' && o.repr === '7')!;
    const eleven = await storeWith(['x = 7']);
    expect(seven(store).refcount).not.toBe(seven(eleven).refcount);
    store.getState().keepShared();
    expect(decodeSession(storage.getItem(STORAGE_KEY)!).profile).toBe('3.12');
    const reloaded = await newStore({ storage });
    expect(reloaded.getState().profile).toBe('3.12');
    expect(seven(reloaded).refcount).toBe(seven(store).refcount);
  });

  it('is replayed within the safe-reload budget, and the restore question never saves it', async () => {
    const { storage, saved } = await studentBrowser();
    const session: SharedSession = {
      statements: [
        { source: 'a = 1', origin: 'console', stop: null },
        { source: 'for i in range(2000):\n    a = a + 1', origin: 'console', stop: null },
      ],
      position: 2,
      profile: '3.11',
      view: DEFAULT_VIEW,
    };
    // A clock that jumps a second at each look: the loop overruns the 3 s budget.
    let t = 0;
    const store = await newStore({
      storage,
      shared: { kind: 'session', session },
      engine: () => new InlineEngine({ now: () => (t += 1000) }),
    });
    expect(store.getState().restoreProblem).toMatchObject({ number: 2 });
    await store.getState().resolveRestore('keep');
    expect(store.getState().position).toBe(1);
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
    // Discarding a shared session goes back to the saved one.
    const again = await newStore({
      storage,
      shared: { kind: 'session', session },
      engine: () => new InlineEngine({ now: () => (t += 1000) }),
    });
    await again.getState().resolveRestore('discard');
    expect(sources(again)).toEqual(['mine = [1, 2]', 'other = mine']);
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('a refused link says why, shows the saved session and changes nothing saved', async () => {
    const { storage, saved } = await studentBrowser();
    const hash = await teacherLink();
    const shared = sharedFromHash(hash.slice(0, -7));
    expect(shared?.kind).toBe('refused');
    const store = await newStore({ storage, shared });
    expect(store.getState().storageNotice).toMatch(
      /^This share link is incomplete: it was cut off before its end \(.*\)\. .* Nothing saved in this browser was changed\.$/,
    );
    expect(store.getState().shared).toBeNull();
    expect(sources(store)).toEqual(['mine = [1, 2]', 'other = mine']);
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);
  });
});

describe('share links of a store', () => {
  it('hold what the store holds: statements, origins, stop points, position', async () => {
    const store = await storeWith(['a = [1]', 'b = a']);
    await store.getState().undo();
    const made = shareUrl({ ...store.getState(), view: DEFAULT_VIEW }, { href: 'http://h/#x=1' });
    if (!made.ok) throw new Error(made.message);
    expect(made.url).toMatch(/^http:\/\/h\/#x=1&s=[\w-]+$/);
    expect(sharedFromHash(new URL(made.url).hash)).toEqual({
      kind: 'session',
      session: {
        statements: [
          { source: 'a = [1]', origin: 'console', stop: null },
          { source: 'b = a', origin: 'console', stop: null },
        ],
        position: 1,
        profile: '3.11',
        view: DEFAULT_VIEW,
      },
    });
    expect(encodeSession({ statements: [], position: 0 })).not.toContain('profile');
  });

  it('a hash without the share parameter holds none, and an address loses only that parameter', () => {
    expect(sharedFromHash('')).toBeNull();
    expect(sharedFromHash('#x=1')).toBeNull();
    expect(sharedFromHash('#s=')).toMatchObject({ kind: 'refused', problem: 'truncated' });
    expect(withoutShare('http://h/p?q=1#s=abc')).toBe('http://h/p?q=1');
    expect(withoutShare('http://h/p#a=1&s=abc&b=2')).toBe('http://h/p#a=1&b=2');
    expect(withoutShare('http://h/p')).toBe('http://h/p');
  });
});
