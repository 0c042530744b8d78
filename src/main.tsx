import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserStorage } from './store/persistence';
import { scopedStorage } from './store/scopedStorage';
import { sharedFromHash } from './store/shareUrl';
import { App } from './ui/App';
import { startAppearance, useAppearance } from './ui/appearance';
import { createAppCore } from './ui/core/appCore';
import { AppCoreProvider } from './ui/core/context';
import { EmbedApp } from './ui/embed/EmbedApp';
import { embedOptions, embedStorageName, isEmbed } from './ui/embed/embedOptions';
import './ui/app.css';
import './ui/embed/embed.css';

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
const core = createAppCore({ storage, shared: sharedFromHash(location.hash) });
// An embed's theme parameter shows its theme without changing the one chosen for the full app.
if (embed?.theme) useAppearance.getState().chooseTheme(embed.theme, { remember: false });
// The theme goes on <html> before the first render: no flash of the light theme.
startAppearance();

createRoot(container).render(
  <StrictMode>
    <AppCoreProvider core={core}>{embed ? <EmbedApp options={embed} /> : <App />}</AppCoreProvider>
  </StrictMode>,
);
