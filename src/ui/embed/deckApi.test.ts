import { describe, expect, it } from 'vitest';
import { InlineEngine } from '../../store/inlineEngine';
import { createAppCore } from '../core/appCore';
import { connectDeck } from './deckApi';
import { parseDeckMessage } from './deckMessages';

describe('deck messages', () => {
  it('accepts exactly the known commands', () => {
    for (const m of [
      { heapscope: 1, command: 'run', code: 'a = []' },
      { heapscope: 1, id: 7, command: 'step' },
      { heapscope: 1, id: 'x', command: 'goTo', step: 3 },
      { heapscope: 1, command: 'collect', generation: 0 },
      { heapscope: 1, command: 'load', statements: ['a = 1', 'b = a'] },
      { heapscope: 1, command: 'getState' },
    ]) {
      expect(parseDeckMessage(m), JSON.stringify(m)).toMatchObject({ ok: true });
    }
  });

  it('refuses malformed commands with a message, and ignores messages that are not addressed to it', () => {
    const refused = (m: unknown) => {
      const p = parseDeckMessage(m);
      expect(p.ok, JSON.stringify(m)).toBe(false);
      return p.ok ? '' : p.error;
    };
    expect(refused({ heapscope: 1, id: 1, command: 'explode' })).toMatch(
      /unknown command "explode"/,
    );
    expect(refused({ heapscope: 1, command: 'run' })).toMatch(/^Refused run: code/);
    expect(refused({ heapscope: 1, command: 'run', code: 42 })).toMatch(/^Refused run/);
    expect(refused({ heapscope: 1, command: 'goTo', step: -1 })).toMatch(/^Refused goTo: step/);
    expect(refused({ heapscope: 1, command: 'goTo', step: 1.5 })).toMatch(/^Refused goTo/);
    expect(refused({ heapscope: 1, command: 'step', extra: true })).toMatch(/^Refused step/);
    expect(refused({ heapscope: 2, command: 'step' })).toMatch(/^Refused step: heapscope/);
    expect(refused({ heapscope: 1, command: 'run', code: 'x'.repeat(70_000) })).toMatch(
      /^Refused run/,
    );
    expect(parseDeckMessage({ type: 'reveal', state: 3 })).toEqual({
      ok: false,
      id: null,
      error: null,
    });
    expect(parseDeckMessage('hello')).toEqual({ ok: false, id: null, error: null });
  });
});

/** A frame and its parent, as far as connectDeck uses them. */
function fakeFrame() {
  const sent: unknown[] = [];
  const listeners: ((e: MessageEvent) => void)[] = [];
  const parent = { postMessage: (m: unknown) => sent.push(m) } as unknown as Window;
  const frame = {
    parent,
    addEventListener: (_: string, l: (e: MessageEvent) => void) => listeners.push(l),
    removeEventListener: () => {},
  } as unknown as Window;
  const post = (data: unknown, source: unknown = parent) =>
    listeners.forEach((l) => l({ data, source, origin: 'https://deck.example' } as MessageEvent));
  return { frame, sent, post };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the deck API on a core', () => {
  it('loads a program, steps through it, answers getState and refuses what is malformed', async () => {
    const core = createAppCore({ storage: null, engine: () => new InlineEngine() });
    const { frame, sent, post } = fakeFrame();
    connectDeck(core, frame);
    await core.session.getState().idle();
    await settle();
    expect(sent[0]).toMatchObject({ heapscope: 1, event: 'ready' });

    post({ heapscope: 1, id: 1, command: 'load', statements: ['a = [1, 2]', 'b = a'] });
    await settle();
    post({ heapscope: 1, id: 2, command: 'step' });
    await settle();
    post({ heapscope: 1, id: 3, command: 'step' });
    await settle();
    post({ heapscope: 1, id: 4, command: 'getState' });
    await settle();
    const state = sent.find((m) => (m as { replyTo?: number }).replyTo === 4) as {
      result: {
        position: number;
        names: { name: string }[];
        objects: { type: string; refcount: number }[];
      };
    };
    expect(state.result.position).toBe(2);
    expect(state.result.names.map((n) => n.name)).toEqual(['Node', 'Finalized', 'a', 'b']);
    expect(state.result.objects.find((o) => o.type === 'list')?.refcount).toBe(2);
    expect(sent).toContainEqual(
      expect.objectContaining({ event: 'stepChanged', position: 2, total: 2 }),
    );

    post({ heapscope: 1, id: 5, command: 'jump' });
    await settle();
    expect(sent).toContainEqual({
      heapscope: 1,
      replyTo: 5,
      ok: false,
      error: expect.stringMatching(/unknown command "jump"/),
    });
    // Only the parent is listened to.
    const before = sent.length;
    post({ heapscope: 1, id: 6, command: 'getState' }, {});
    await settle();
    expect(sent.length).toBe(before);
  });

  it('runs code and reports the statement and the collection it made', async () => {
    const core = createAppCore({ storage: null, engine: () => new InlineEngine() });
    const { frame, sent, post } = fakeFrame();
    connectDeck(core, frame);
    await core.session.getState().idle();
    post({ heapscope: 1, id: 1, command: 'run', code: 'a = []\na.append(a)\ndel a' });
    await settle();
    post({ heapscope: 1, id: 2, command: 'collect' });
    await settle();
    await core.session.getState().idle();
    await settle();
    expect(sent).toContainEqual(expect.objectContaining({ event: 'statementRun', ok: true }));
    expect(sent).toContainEqual(
      expect.objectContaining({ event: 'collectionFinished', generation: 2, collected: 1 }),
    );
  });
});
