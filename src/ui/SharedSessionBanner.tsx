/**
 * Says that the session shown came from a share link and is not saved in this browser: the
 * person's own saved session is untouched. They can keep the shared one (their own is copied
 * aside) or go back to their own. The page's address keeps the link only while the shared
 * session is shown, so a reload shows what the banner says; a link pasted into the address of an
 * open page is opened as if loaded. The banner itself (SharedBanner.tsx) loads only for a page
 * given a link (main.tsx loads it with the link's codec, before the first render).
 */
import { useEffect } from 'react';
import { shareParam, withoutShare } from '../store/shareHash';
import { useCore, useSession } from './core/context';
import { later, useLater } from './later';
import { applyView } from './shareView';

export const sharedBanner = later(() => import('./SharedBanner'));

const hasShareLink = (hash: string) => shareParam(hash) !== null;

export function SharedSessionBanner() {
  const core = useCore();
  const shared = useSession((s) => s.shared);
  const view = shared?.view;
  const code = useLater(sharedBanner, shared !== null);

  useEffect(() => {
    if (view) applyView(core, view);
  }, [core, view]);

  const showing = shared !== null;
  useEffect(() => {
    if (!showing && hasShareLink(window.location.hash)) {
      window.history.replaceState(window.history.state, '', withoutShare(window.location.href));
    }
  }, [showing]);

  useEffect(() => {
    const opened = () => {
      if (hasShareLink(window.location.hash)) window.location.reload();
    };
    window.addEventListener('hashchange', opened);
    return () => window.removeEventListener('hashchange', opened);
  }, []);

  if (!shared || !code) return null;
  return <code.SharedBanner shared={shared} />;
}
