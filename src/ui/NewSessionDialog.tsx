/**
 * The question New session asks (NewSessionButton.tsx): start over, the saved session copied aside
 * first. Loaded when the button is first pressed.
 */
import { useModal } from './useModal';
import './dialogs.css';
import { useSession } from './core/context';

export interface NewSessionDialogProps {
  readonly asking: boolean;
  onClose(): void;
}

export function NewSessionDialog({ asking, onClose }: NewSessionDialogProps) {
  const statements = useSession((s) => s.transcript.length);
  const shared = useSession((s) => s.shared !== null);
  const newSession = useSession((s) => s.newSession);
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
      {asking && (
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
          <div className="dialog-buttons">
            <button type="button" autoFocus onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                onClose();
                void newSession();
              }}
            >
              Start over
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
