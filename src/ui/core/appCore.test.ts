import { describe, expect, it } from 'vitest';
import { InlineEngine } from '../../store/inlineEngine';
import { STORAGE_KEY } from '../../store/persistence';
import { scopedStorage } from '../../store/scopedStorage';
import { KEY_BINDINGS } from '../keyBindings';
import { createAppCore } from './appCore';
import { MemoryStorage } from '../../store/memoryStorage.testing';

const names = (core: ReturnType<typeof createAppCore>) =>
  core.session.getState().snapshot.frames[0]?.names.map((n) => n.name) ?? [];

describe('app cores', () => {
  it('two cores on one page share nothing: heap, selection, storage', async () => {
    const storage = new MemoryStorage();
    const main = createAppCore({ storage, engine: () => new InlineEngine() });
    const embed = createAppCore({
      storage: scopedStorage(storage, 'heapscope.embed.demo'),
      engine: () => new InlineEngine(),
    });
    await main.session.getState().runPython('a = [1]');
    await embed.session.getState().runPython('b = {}');
    expect(names(main)).toContain('a');
    expect(names(main)).not.toContain('b');
    expect(names(embed)).toContain('b');
    expect(names(embed)).not.toContain('a');
    main.interaction.getState().setHelpOpen(true);
    expect(embed.interaction.getState().helpOpen).toBe(false);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).statements[0].source).toBe('a = [1]');
    expect(JSON.parse(storage.getItem('heapscope.embed.demo')!).statements[0].source).toBe(
      'b = {}',
    );
  });

  it('an embed without storage keeps nothing', async () => {
    const core = createAppCore({ storage: null, engine: () => new InlineEngine() });
    await core.session.getState().runPython('x = 1');
    expect(core.session.getState().storageNotice).toBeNull();
  });
});

describe('key bindings', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
    ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...mods,
    }) as KeyboardEvent;
  const which = (e: KeyboardEvent) => KEY_BINDINGS.filter((b) => b.keyTest(e)).map((b) => b.id);

  it('each key press is taken by exactly one binding, the registry shortcuts included', () => {
    expect(which(key('z', { ctrlKey: true }))).toEqual(['undo']);
    expect(which(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual(['redo']);
    expect(which(key('y', { metaKey: true }))).toEqual(['redo']);
    expect(which(key('?'))).toEqual(['help']);
    expect(which(key('Delete'))).toEqual(['delete']);
    expect(which(key('l'))).toEqual(['create-list']);
    expect(which(key('g'))).toEqual(['collect']);
    expect(which(key('w'))).toHaveLength(1);
    expect(which(key('l', { ctrlKey: true }))).toEqual([]);
    expect(which(key('q'))).toEqual([]);
  });

  it('a key on a core runs its action on that core only', async () => {
    const a = createAppCore({ storage: null, engine: () => new InlineEngine() });
    const b = createAppCore({ storage: null, engine: () => new InlineEngine() });
    await a.session.getState().idle();
    await b.session.getState().idle();
    KEY_BINDINGS.find((k) => k.id === 'create-list')!.run(a, key('l'));
    await a.session.getState().idle();
    expect(a.session.getState().transcript.map((e) => e.source)).toEqual(['a = []']);
    expect(b.session.getState().transcript).toEqual([]);
  });
});
