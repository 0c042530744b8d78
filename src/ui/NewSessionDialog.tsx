/**
 * The question New session asks (NewSessionButton.tsx): start over, the saved session copied aside
 * first, on the CPython chosen here (3.11 unless another is picked). Loaded when the button is
 * first pressed.
 */
import { useState } from 'react';
import type { ProfileName } from '../engine/profiles';
import { PROFILE_CHOICES } from './profileChoices';
import { useModal } from './useModal';
import './dialogs.css';
import { useSession } from './core/context';

export interface NewSessionDialogProps {
  readonly asking: boolean;
  onClose(): void;
}

export function NewSessionDialog({ asking, onClose }: NewSessionDialogProps) {
  const dialog = useModal(asking);

  return (
    <dialog
      ref={dialog}
      className="new-session-dialog"
      aria-labelledby="new-session-title"
      aria-describedby="new-session-why"
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      {asking && <Question onClose={onClose} />}
    </dialog>
  );
}

/** The dialog's content, made anew each time it is asked: the choice starts at 3.11. */
function Question({ onClose }: { onClose(): void }) {
  const statements = useSession((s) => s.transcript.length);
  const shared = useSession((s) => s.shared !== null);
  const newSession = useSession((s) => s.newSession);
  const [profile, setProfile] = useState<ProfileName>('3.11');
  return (
    <>
      <h2 id="new-session-title">Start a new session?</h2>
      <p id="new-session-why">
        The heap and the history start empty.{' '}
        {shared
          ? 'The shared session shown here closes (its link still opens it), and your own session saved in this browser is copied aside first.'
          : statements > 0
            ? `This session (${statements} ${statements === 1 ? 'statement' : 'statements'}) is copied aside in this browser's storage first; the banner says where.`
            : 'This session has no statements yet.'}
      </p>
      <fieldset className="profile-choices">
        <legend>Python</legend>
        {PROFILE_CHOICES.map((choice) => (
          <label key={choice.profile}>
            <input
              type="radio"
              name="new-session-profile"
              checked={profile === choice.profile}
              onChange={() => setProfile(choice.profile)}
            />{' '}
            CPython {choice.profile} <span className="profile-detail">({choice.detail})</span>
          </label>
        ))}
      </fieldset>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            onClose();
            void newSession({ profile });
          }}
        >
          Start over
        </button>
      </div>
    </>
  );
}
