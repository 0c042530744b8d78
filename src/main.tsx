import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { browserStorage, hasSavedSession } from './store/persistence';
import { scopedStorage } from './store/scopedStorage';
import { shareParam } from './store/shareHash';
import { App } from './ui/App';
import { startAppearance, useAppearance } from './ui/appearance';
import { createAppCore } from './ui/core/appCore';
import { AppCoreProvider } from './ui/core/context';
import type { EmbedOptions } from './ui/embed/embedOptions';
import { freshStorage } from './ui/embed/freshStorage';
import { embedStorageName, isEmbed } from './ui/embed/embedUrl';
import { lessonLinkFrom } from './ui/lessons/lessonLink';
import { sharedBanner } from './ui/SharedSessionBanner';
import './ui/app.css';

// An embed's own screen and its slide-deck API load only in an embed: the app's first load is
// smaller without them.
const EmbedApp = lazy(async () => {
  await import('./ui/embed/embed.css');
  return { default: (await import('./ui/embed/EmbedApp')).EmbedApp };
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

type Linked = ReturnType<typeof import('./store/shareUrl').sharedFromHash>;

/**
 * Makes the app's core (an embed's, with its options) with the session a share link gave (or
 * none), and draws the page.
 */
function start(root: HTMLElement, embed: EmbedOptions | null, given: Linked | null) {
  // An embedded lesson plays in a new session of its own: a share link's session is not opened.
  const linked = embed?.lesson ? null : given;
  // The page's app keeps its session under the main key; an embed under its id, or nowhere. An
  // embedded lesson starts anew at each visit: what its id kept is replaced (freshStorage.ts).
  const kept = embed?.id ? scopedStorage(browserStorage(), embedStorageName(embed.id)) : null;
  const storage = embed ? (embed.lesson ? freshStorage(kept) : kept) : browserStorage();
  // An embed with an id is given its first session by the link in its snippet: once it has kept a
  // session of its own under the id, that one is shown instead.
  const ownSession = embed?.id && hasSavedSession(storage);
  const shared = ownSession && linked?.kind === 'session' ? null : linked;
  const core = createAppCore({ storage, shared });
  if (embed?.id && shared?.kind === 'session') {
    // ...and the linked session becomes the one kept under the id, so what the reader does is kept.
    void core.session
      .getState()
      .idle()
      .then(() => core.session.getState().keepShared());
  }
  // The app opened at a lesson (`?lesson=NAME&step=N`): the Lessons pane starts it once loaded. A
  // share link's session is what such an address opens instead, if it has both. An embed's lesson
  // (its options, embedOptions.ts) is played by the pane beside its heap (EmbedApp.tsx).
  const lesson = embed?.lesson
    ? { name: embed.lesson, step: (embed.step ?? 1) - 1 }
    : embed || linked
      ? null
      : lessonLinkFrom(location.search);
  if (lesson) core.interaction.getState().openLesson(lesson);
  // An embed's theme parameter shows its theme without changing the one chosen for the full app.
  if (embed?.theme) useAppearance.getState().chooseTheme(embed.theme, { remember: false });
  // The theme goes on <html> before the first render: no flash of the light theme.
  startAppearance();

  createRoot(root).render(
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
}

// An embed's options load only in an embed (its own screen is fetched alongside), and a share
// link (`#s=…`), which opens its session instead without writing over the saved one, has its
// codec loaded only for a page given one (and with it the app's banner that says so, so the page
// is drawn with it from the first). Not a top-level await: a chunk loaded with import() may import
// from this one, and would then wait for it forever.
const embedded = isEmbed(location.search);
const linked = shareParam(location.hash) !== null;
if (!embedded && !linked) start(container, null, null);
else {
  void Promise.all([
    embedded ? import('./ui/embed/embedOptions') : null,
    linked ? import('./store/shareUrl') : null,
    embedded
      ? import('./ui/embed/EmbedApp').catch(() => null)
      : linked
        ? sharedBanner.load().catch(() => null)
        : null,
  ]).then(([options, codec]) =>
    start(
      container,
      options?.embedOptions(location.search) ?? null,
      codec?.sharedFromHash(location.hash) ?? null,
    ),
  );
}
