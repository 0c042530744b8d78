import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, type StorageLike } from './persistence';
import { InlineEngine } from './inlineEngine';
import { createSessionStore, type SessionStoreOptions } from './sessionStore';
import { MemoryStorage } from './memoryStorage.testing';

const CYCLE = ['a = []', 'b = []', 'a.append(b)', 'b.append(a)', 'del a', 'del b'];

/** A store whose interpreter runs in this thread, once it has started. */
async function newStore(options: SessionStoreOptions = {}) {
  const store = createSessionStore({ engine: () => new InlineEngine(), ...options });
  await store.getState().idle();
  return store;
}

async function storeWith(lines: readonly string[], storage: StorageLike | null = null) {
  const store = await newStore({ storage });
  for (const line of lines) await store.getState().runPython(line, 'canvas');
  return store;
}

describe('session history', () => {
  it('runs the setup first: Node and Finalized exist before the first statement', async () => {
    const store = await storeWith(["n1 = Node('n1')", 'f1 = Finalized("f1")', 'del f1']);
    const { setup, transcript, setupIds, snapshot } = store.getState();
    expect(setup.map((e) => e.ok)).toEqual([true, true]);
    expect(setup.every((e) => e.origin === 'setup')).toBe(true);
    expect(transcript.at(-1)!.output).toEqual([
      { stream: 'stdout', text: '__del__ called for f1\n' },
    ]);
    // The classes and their methods are setup objects; the Node instance is not.
    const node = snapshot.objects.find((o) => o.type === 'Node')!;
    expect(setupIds.has(node.id)).toBe(false);
    expect(snapshot.objects.filter((o) => setupIds.has(o.id)).map((o) => o.type)).toContain('type');
  });

  it('undo rebuilds exactly the heap before the statement, addresses included', async () => {
    const store = await storeWith(CYCLE.slice(0, 5));
    const afterFive = JSON.stringify(store.getState().snapshot);
    await store.getState().runPython('del b');
    expect(store.getState().snapshot.frames[0]!.names.map((n) => n.name)).not.toContain('b');
    await store.getState().undo();
    expect(JSON.stringify(store.getState().snapshot)).toBe(afterFive);
    expect(store.getState().position).toBe(5);
    expect(store.getState().lastRun).toMatchObject({ kind: 'undo', events: [] });
  });

  it('redo runs the undone statement again on the current heap, with its events', async () => {
    const store = await storeWith(CYCLE);
    const end = JSON.stringify(store.getState().snapshot);
    await store.getState().undo();
    await store.getState().undo();
    await store.getState().redo();
    expect(store.getState().lastRun?.kind).toBe('redo');
    expect(store.getState().lastRun?.events.length).toBeGreaterThan(0);
    await store.getState().redo();
    expect(JSON.stringify(store.getState().snapshot)).toBe(end);
    await store.getState().redo(); // nothing left to redo
    expect(store.getState().position).toBe(6);
  });

  it('a new statement after an undo asks first, and drops the undone ones only when told', async () => {
    const store = await storeWith(CYCLE);
    await store.getState().undo();
    await store.getState().undo();
    const heap = JSON.stringify(store.getState().snapshot);
    // Nothing runs and nothing is dropped: the store asks.
    expect(await store.getState().runPython('c = []')).toBeNull();
    expect(store.getState().transcript.map((e) => e.source)).toEqual(CYCLE);
    expect(store.getState().position).toBe(4);
    expect(JSON.stringify(store.getState().snapshot)).toBe(heap);
    expect(store.getState().dropQuestion).toEqual({ source: 'c = []', position: 4, total: 6 });
    // The person agrees: the statement runs where the history was, the undone ones are gone.
    store.getState().answerDropQuestion(true);
    await store.getState().idle();
    expect(store.getState().dropQuestion).toBeNull();
    expect(store.getState().transcript.map((e) => e.source)).toEqual([
      ...CYCLE.slice(0, 4),
      'c = []',
    ]);
    expect(store.getState().position).toBe(5);
  });

  it('undo and redo presses that come while a move is under way add up', async () => {
    const store = await storeWith(CYCLE);
    const presses = [store.getState().undo(), store.getState().undo(), store.getState().undo()];
    await Promise.all(presses);
    expect(store.getState().position).toBe(3);
    // A press that comes while the first move is being made counts from where it will leave.
    const first = store.getState().undo();
    await Promise.resolve();
    await Promise.all([first, store.getState().undo()]);
    expect(store.getState().position).toBe(1);
    await store.getState().goTo(3);
    await Promise.all([store.getState().redo(), store.getState().redo()]);
    expect(store.getState().position).toBe(5);
    const reference = await storeWith(CYCLE.slice(0, 5));
    expect(JSON.stringify(store.getState().snapshot)).toBe(
      JSON.stringify(reference.getState().snapshot),
    );
  });

  it('a statement sent while the session is still being restored runs after it', async () => {
    const storage = new MemoryStorage();
    await storeWith(['a = [1]'], storage);
    const store = createSessionStore({ storage, engine: () => new InlineEngine() });
    const entry = await store.getState().runPython('b = a');
    expect(entry?.ok).toBe(true);
    expect(store.getState().transcript.map((e) => e.source)).toEqual(['a = [1]', 'b = a']);
  });

  it('goTo jumps back and forth through the history', async () => {
    const store = await storeWith(CYCLE);
    const end = JSON.stringify(store.getState().snapshot);
    await store.getState().goTo(2);
    expect(store.getState().snapshot.objects.filter((o) => o.type === 'list')).toHaveLength(2);
    expect(store.getState().position).toBe(2);
    await store.getState().goTo(0);
    expect(store.getState().snapshot.objects.filter((o) => o.type === 'list')).toHaveLength(0);
    await store.getState().goTo(99);
    expect(JSON.stringify(store.getState().snapshot)).toBe(end);
  });

  it('keeps the selection while its object lives and follows a selected name to its new target', async () => {
    const store = await storeWith(['a = []', 'b = []']);
    const [a, b] = store.getState().snapshot.frames[0]!.names.filter((n) => n.name.length === 1);
    store.getState().select({
      kind: 'name',
      frameId: store.getState().snapshot.frames[0]!.id,
      name: 'a',
      target: a!.target,
    });
    await store.getState().runPython('a = b');
    expect(store.getState().selection).toMatchObject({
      kind: 'name',
      name: 'a',
      target: b!.target,
    });
    expect(store.getState().selectedId).toBe(b!.target);
    await store.getState().runPython('del a');
    expect(store.getState().selection).toBeNull();
  });
});

describe('the session saved in the browser', () => {
  it('a reload replays the saved statements into the same heap, undone ones included', async () => {
    const storage = new MemoryStorage();
    const first = await storeWith(CYCLE, storage);
    await first.getState().undo();
    const heap = JSON.stringify(first.getState().snapshot);

    const reloaded = await newStore({ storage });
    const state = reloaded.getState();
    expect(JSON.stringify(state.snapshot)).toBe(heap);
    expect(state.position).toBe(5);
    expect(state.transcript.map((e) => e.source)).toEqual(CYCLE);
    expect(state.transcript[0]!.origin).toBe('canvas');
    await state.redo();
    expect(reloaded.getState().snapshot.frames[0]!.names.map((n) => n.name)).not.toContain('b');
  });

  it('starting writes nothing: a session saved meanwhile (another tab) is not written over', async () => {
    const storage = new MemoryStorage();
    const store = createSessionStore({ storage, engine: () => new InlineEngine() });
    storage.setItem(STORAGE_KEY, 'saved by another tab');
    await store.getState().idle();
    expect(storage.getItem(STORAGE_KEY)).toBe('saved by another tab');
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);
  });

  it('keeps unreadable text aside, says where, and starts a new session without losing it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"format": "heapscope-session", "version": 1, "statements": [');
    const store = await newStore({ storage });
    const notice = store.getState().storageNotice!;
    expect(notice).toMatch(/could not be read: it is not valid JSON/);
    expect(notice).toContain(`${STORAGE_KEY}.unreadable-1`);
    expect(storage.getItem(`${STORAGE_KEY}.unreadable-1`)).toMatch(/^\{"format"/);
    expect(store.getState().transcript).toEqual([]);
    await store.getState().runPython('a = []');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ position: 1 });
  });

  it('does not write over unreadable text it could not copy aside', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'not json');
    const refusing: StorageLike = {
      getItem: (k) => storage.getItem(k),
      setItem: (k, v) => {
        if (k !== STORAGE_KEY) throw new Error('QuotaExceededError');
        storage.setItem(k, v);
      },
    };
    const store = await newStore({ storage: refusing });
    expect(store.getState().storageNotice).toMatch(/left where it was/);
    await store.getState().runPython('a = []');
    expect(storage.getItem(STORAGE_KEY)).toBe('not json');
  });

  it('reports a session that cannot be saved, and a statement that fails on replay stays in the transcript', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        format: 'heapscope-session',
        version: 1,
        position: 2,
        statements: [{ source: 'zz', origin: 'console' }, { source: 'x = [1]' }],
      }),
    );
    const full: StorageLike = {
      getItem: (k) => storage.getItem(k),
      setItem: () => {
        throw new Error('quota exceeded');
      },
    };
    const store = await newStore({ storage: full });
    expect(store.getState().transcript.map((e) => e.ok)).toEqual([false, true]);
    await store.getState().runPython('y = 2');
    expect(store.getState().storageNotice).toMatch(/could not be saved.*quota exceeded/);
  });
});

/** An interpreter that fails to answer a statement containing `marker` (a bug of its own). */
class FailingEngine extends InlineEngine {
  constructor(private readonly marker: string) {
    super();
  }
  override request<R extends Parameters<InlineEngine['request']>[0]>(request: R) {
    if (request.type === 'run' && request.source.includes(this.marker))
      return Promise.reject(new Error('the reply was lost'));
    return super.request(request);
  }
}

describe('a statement the interpreter fails to answer', () => {
  it('is shown with its error outside the history, and the session goes on', async () => {
    const store = createSessionStore({ engine: () => new FailingEngine('boom') });
    await store.getState().idle();
    await store.getState().runPython('a = []');
    const entry = await store.getState().runPython('boom = 1');
    expect(entry).toMatchObject({ ok: false, error: 'InternalError: the reply was lost' });
    const state = store.getState();
    expect(state.notRun).toBe(entry);
    // Not part of the history: nothing is undone, so the next statement runs without a question.
    expect(state.transcript.map((e) => e.source)).toEqual(['a = []']);
    expect(state.position).toBe(1);
    expect(await store.getState().runPython('b = a')).toMatchObject({ ok: true });
    expect(store.getState().notRun).toBeNull();
    expect(store.getState().transcript.map((e) => e.source)).toEqual(['a = []', 'b = a']);
  });
});
