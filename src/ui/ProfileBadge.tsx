/**
 * Says, in a corner of the heap, which CPython the heap imitates when it is not 3.11 (the one checked
 * against python3): a session started as 2.7 or 3.12 (New session, a lesson's step, a share link)
 * shows numbers that differ from today's python3 on purpose, and the reader must know it.
 */
import { useSession } from './core/context';
import { PROFILE_CHOICES } from './profileChoices';

export function ProfileBadge() {
  const profile = useSession((s) => s.profile);
  if (profile === '3.11') return null;
  const choice = PROFILE_CHOICES.find((c) => c.profile === profile);
  return (
    // Floats over the canvas's top right: the walkthrough keeps what it shows clear of it.
    <p className="profile-badge" title={choice?.detail} data-floats-over-canvas>
      CPython {profile}
    </p>
  );
}
