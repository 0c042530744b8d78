/**
 * The page's session: its interpreter in a Web Worker (or, where no worker can start, in this
 * thread), kept in the browser's local storage between visits.
 */
import { browserStorage } from '../store/persistence';
import { createSessionStore } from '../store/sessionStore';

export const useSession = createSessionStore({
  storage: browserStorage(),
  fallbackEngine: async () => new (await import('../store/inlineEngine')).InlineEngine(),
});
