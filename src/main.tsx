import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { browserStorage } from './store/persistence';
import { scopedStorage } from './store/scopedStorage';
import { shareParam } from './store/shareHash';
import { App } from './ui/App';
import { startAppearance, useAppearance } from './ui/appearance';
import { createAppCore } from './ui/core/appCore';
import { AppCoreProvider } from './ui/core/context';
import { embedOptions, embedStorageName, isEmbed } from './ui/embed/embedOptions';
import './ui/app.css';

// An embed's own screen and its slide-deck API load only in an embed: the app's first load is
// smaller without them.
const EmbedApp = lazy(async () => {
  await import('./ui/embed/embed.css');
  return { default: (await import('./ui/embed/EmbedApp')).EmbedApp };
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const embed = isEmbed(location.search) ? embedOptions(location.search) : null;
// The page's app keeps its session under the main key; an embed under its id, or nowhere.
const storage = embed
  ? embed.id
    ? scopedStorage(browserStorage(), embedStorageName(embed.id))
    : null
  : browserStorage();
// A share link in the address (`#s=…`) opens its session instead, without writing over the saved
// one (an embed given one shows it too).
// The codec loads only for a page given a session.
const shared =
  shareParam(location.hash) === null
    ? null
    : (await import('./store/shareUrl')).sharedFromHash(location.hash);
const core = createAppCore({ storage, shared });
// An embed's theme parameter shows its theme without changing the one chosen for the full app.
if (embed?.theme) useAppearance.getState().chooseTheme(embed.theme, { remember: false });
// The theme goes on <html> before the first render: no flash of the light theme.
startAppearance();

createRoot(container).render(
  <StrictMode>
    <AppCoreProvider core={core}>
      {embed ? (
        <Suspense fallback={null}>
          <EmbedApp options={embed} />
        </Suspense>
      ) : (
        <App />
      )}
    </AppCoreProvider>
  </StrictMode>,
);
