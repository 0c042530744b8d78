/**
 * The page's session: its interpreter in a Web Worker (or, where no worker can start, in this
 * thread), kept in the browser's local storage between visits. A share link in the page's
 * address (`#s=…`) opens its session instead, without writing over the saved one.
 */
import { browserStorage } from '../store/persistence';
import { createSessionStore } from '../store/sessionStore';
import { sharedFromHash } from '../store/shareUrl';

export const useSession = createSessionStore({
  storage: browserStorage(),
  fallbackEngine: async () => new (await import('../store/inlineEngine')).InlineEngine(),
  shared: typeof location === 'undefined' ? null : sharedFromHash(location.hash),
});
