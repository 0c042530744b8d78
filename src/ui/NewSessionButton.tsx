/**
 * New session: after the person confirms, the heap and the history start empty. The session
 * saved in the browser is first copied to a key of its own (the banner says which), so nothing is
 * lost by a slip of the mouse.
 */
import { useState } from 'react';
import { useModal } from './useModal';
import { useSession } from './core/context';

export function NewSessionButton() {
  const [asking, setAsking] = useState(false);
  const statements = useSession((s) => s.transcript.length);
  const shared = useSession((s) => s.shared !== null);
  const newSession = useSession((s) => s.newSession);
  const dialog = useModal(asking);

  return (
    <>
      <button
        type="button"
        className="header-button session-control"
        onClick={() => setAsking(true)}
      >
        New session
      </button>
      <dialog
        ref={dialog}
        className="new-session-dialog"
        aria-labelledby="new-session-title"
        aria-describedby="new-session-why"
        onClose={() => setAsking(false)}
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
              <button type="button" autoFocus onClick={() => setAsking(false)}>
                Cancel
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  setAsking(false);
                  void newSession();
                }}
              >
                Start over
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
