/**
 * The app core of the component tree's mount, and hooks that read its stores. Components use
 * these instead of page-wide stores, so two mounts on one page never share state.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SessionState } from '../../store/sessionStore';
import type { CollectorUiState } from '../collectorStore';
import type { InteractionState } from '../interactionStore';
import type { AppCore } from './appCore';

const AppCoreContext = createContext<AppCore | null>(null);

export function AppCoreProvider({ core, children }: { core: AppCore; children: ReactNode }) {
  return <AppCoreContext.Provider value={core}>{children}</AppCoreContext.Provider>;
}

/** This mount's core: its stores (for `getState()` in handlers) and its gestures. */
export function useCore(): AppCore {
  const core = useContext(AppCoreContext);
  if (!core) throw new Error('a Heapscope component was rendered outside its AppCoreProvider');
  return core;
}

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(useCore().session, selector);
}

export function useInteraction<T>(selector: (s: InteractionState) => T): T {
  return useStore(useCore().interaction, selector);
}

export function useCollector<T>(selector: (s: CollectorUiState) => T): T {
  return useStore(useCore().collector, selector);
}
