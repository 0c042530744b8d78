import { describe, expect, it } from 'vitest';
import { stepMarks } from '../python/stepColumns';
import { InlineEngine } from './inlineEngine';
import { loadSession } from './persistence';
import { createSessionStore, type SessionStoreOptions } from './sessionStore';
import { MemoryStorage } from './memoryStorage.testing';

const SCRIPT = 'def f(x):\n    y = [x]\n    return y\nb = f(5)\nprint(b)\n';

async function newStore(options: SessionStoreOptions = {}) {
  const store = createSessionStore({ engine: () => new InlineEngine(), ...options });
  await store.getState().idle();
  return store;
}

const titles = (store: Awaited<ReturnType<typeof newStore>>) =>
  store.getState().script!.view!.frames.map((f) => f.title);

describe('a script stepped through in the store', () => {
  it('runs as one statement of the history, then shows its first step', async () => {
    const store = await newStore();
    const entry = await store.getState().runScript(SCRIPT);
    expect(entry!.output).toEqual([{ stream: 'stdout', text: '[5]\n' }]);
    const script = store.getState().script!;
    expect(stepMarks(script.steps).map((m) => m.line)).toEqual([1, 4, 2, 3, 5]);
    expect(script.step).toBe(0);
    expect(script.viewStep).toBe(0);
    expect(titles(store)).toEqual(['Globals']);
  });

  it('shows the frame of a call in progress, and the heap after the script again', async () => {
    const store = await newStore();
    await store.getState().runScript(SCRIPT);
    await store.getState().showStep(3);
    expect(titles(store)).toEqual(['Globals', 'f']);
    expect(store.getState().script!.view!.frames[1]!.names.map((n) => n.name)).toEqual(['x', 'y']);
    await store.getState().showStep(99);
    expect(store.getState().script!.step).toBe(4);
    await store.getState().showStep(null);
    expect(store.getState().script!.view).toBeNull();
  });

  it('fetches only the last of steps asked for in quick succession', async () => {
    const store = await newStore();
    await store.getState().runScript(SCRIPT);
    const asked = [1, 2, 3, 2, 3].map((k) => store.getState().showStep(k));
    await Promise.all(asked);
    expect(store.getState().script!.viewStep).toBe(3);
    expect(titles(store)).toEqual(['Globals', 'f']);
  });

  it('leaves stepping at the next statement, and saves the script as a script', async () => {
    const storage = new MemoryStorage();
    const store = await newStore({ storage });
    await store.getState().runScript(SCRIPT);
    const entry = await store.getState().runPython('b.append(1)');
    expect(entry!.ok).toBe(true);
    expect(store.getState().script).toBeNull();
    const loaded = loadSession(storage);
    if (loaded.kind !== 'loaded') throw new Error(`not loaded: ${loaded.kind}`);
    expect(loaded.saved.statements.map((s) => s.origin)).toEqual(['script', 'console']);
    // Restored, the script replays as a program (no REPL echo, its print once).
    const again = await newStore({ storage });
    expect(again.getState().transcript[0]!.output).toEqual([{ stream: 'stdout', text: '[5]\n' }]);
  });
});

describe('a script run after the question to drop undone statements', () => {
  it('opens on its first step too', async () => {
    const store = await newStore();
    await store.getState().runPython('a = 1');
    await store.getState().undo();
    // The person answers yes to dropping the undone statement, once the question is shown.
    let answered!: Promise<void>;
    store.setState({
      askToDropUndone: (_source, then) => {
        answered = new Promise((resolve) => setTimeout(() => resolve(then(true)), 0));
      },
    });
    expect(await store.getState().runScript(SCRIPT)).toBeNull();
    await answered;
    await store.getState().idle();
    const script = store.getState().script!;
    expect(store.getState().transcript.map((e) => e.origin)).toEqual(['script']);
    expect(script.step).toBe(0);
    expect(script.viewStep).toBe(0);
  });
});
