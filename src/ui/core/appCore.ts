/**
 * One mount of the app: its session (and interpreter), its interaction and walkthrough state,
 * and the gestures bound to them. Made per mount and given to the components by React context
 * (`context.tsx`), so a page can hold more than one Heapscope (a lesson beside a sandbox, two
 * embeds) without them sharing anything. Nothing is made at import time.
 */
import type { StorageLike } from '../../store/persistence';
import { createSessionStore, type SessionStoreOptions } from '../../store/sessionStore';
import { createCollectorStore, type CollectorStore } from '../collectorStore';
import { createGestures, type Gestures } from '../gestures';
import { createInteractionStore, type InteractionStore } from '../interactionStore';

export type SessionStore = ReturnType<typeof createSessionStore>;

export interface AppCore {
  readonly session: SessionStore;
  readonly interaction: InteractionStore;
  readonly collector: CollectorStore;
  readonly gestures: Gestures;
}

export interface AppCoreOptions {
  /** Where this mount keeps its session between visits; null keeps none. */
  readonly storage: StorageLike | null;
  /** The interpreter (tests pass an in-thread one); a Web Worker by default. */
  readonly engine?: SessionStoreOptions['engine'];
  /** A session opened from a share link (the page's `#s=…`), shown instead of the saved one. */
  readonly shared?: SessionStoreOptions['shared'];
}

export function createAppCore(options: AppCoreOptions): AppCore {
  const session = createSessionStore({
    storage: options.storage,
    engine: options.engine,
    shared: options.shared ?? null,
    fallbackEngine: async () => new (await import('../../store/inlineEngine')).InlineEngine(),
  });
  const interaction = createInteractionStore();
  const collector = createCollectorStore();
  const core = { session, interaction, collector } as Omit<AppCore, 'gestures'>;
  return { ...core, gestures: createGestures(core) };
}
