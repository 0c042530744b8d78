/**
 * The banner of a session opened from a share link (SharedSessionBanner.tsx): it is not saved in
 * this browser; keep it, or go back to your own. Loaded only for a page given a link.
 */
import type { SharedShown } from '../store/sessionStore';
import { useSession } from './core/context';
import './sharedBanner.css';

export function SharedBanner({ shared }: { readonly shared: SharedShown }) {
  const keep = useSession((s) => s.keepShared);
  const leave = useSession((s) => s.leaveShared);
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
