/**
 * Says that the session shown came from a share link and is not saved in this browser: the
 * person's own saved session is untouched. They can keep the shared one (their own is copied
 * aside) or go back to their own. The page's address keeps the link only while the shared
 * session is shown, so a reload shows what the banner says; a link pasted into the address of an
 * open page is opened as if loaded.
 */
import { useEffect } from 'react';
import { shareParam, withoutShare } from '../store/shareHash';
import { useCore, useSession } from './core/context';
import { applyView } from './shareView';

const hasShareLink = (hash: string) => shareParam(hash) !== null;

export function SharedSessionBanner() {
  const core = useCore();
  const shared = useSession((s) => s.shared);
  const keep = useSession((s) => s.keepShared);
  const leave = useSession((s) => s.leaveShared);
  const view = shared?.view;

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

  if (!shared) return null;
  return (
    <section className="shared-banner" aria-labelledby="shared-banner-title">
      <p>
        <strong id="shared-banner-title">This is a shared session</strong>, opened from a link (
        {shared.statements} {shared.statements === 1 ? 'statement' : 'statements'}). It is not saved
        in this browser: your own saved session is untouched. Running a statement here, or Keep,
        makes this one yours (your own is copied aside first).
      </p>
      <button type="button" onClick={keep}>
        Keep this session
      </button>
      <button type="button" onClick={() => void leave()}>
        Back to my session
      </button>
    </section>
  );
}
