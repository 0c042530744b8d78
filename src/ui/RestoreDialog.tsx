/**
 * Restoring the saved session stopped before a statement that took too long to run again. The
 * person chooses: keep the session up to there (the later statements stay, undone, and can be
 * redone), run the rest anyway (Stop stays available), or discard the session (a copy is kept in
 * the browser's storage). Nothing saved is thrown away without this question.
 */
import { useModal } from './useModal';
import './dialogs.css';
import { useSession } from './core/context';

export function RestoreDialog() {
  const problem = useSession((s) => s.restoreProblem);
  const total = useSession((s) => s.transcript.length);
  const resolve = useSession((s) => s.resolveRestore);
  const shared = useSession((s) => s.shared !== null);
  const dialog = useModal(problem !== null);

  return (
    <dialog
      ref={dialog}
      className="restore-dialog"
      aria-labelledby="restore-title"
      aria-describedby="restore-why"
      onCancel={(e) => {
        // Escape keeps what was restored: the safe choice.
        e.preventDefault();
        void resolve('keep');
      }}
    >
      {problem && (
        <>
          <h2 id="restore-title">
            {shared
              ? 'The shared session was not fully opened'
              : 'Your session was not fully restored'}
          </h2>
          <p id="restore-why">
            Restoring stopped before statement {problem.number} of {total}: {problem.reason}. The
            heap is as it was just before it.
          </p>
          <pre className="restore-source">
            <code>{problem.source}</code>
          </pre>
          <div className="dialog-buttons restore-buttons">
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => void resolve('keep')}
            >
              Keep the session up to here
            </button>
            <button type="button" onClick={() => void resolve('resume')}>
              Run it anyway
            </button>
            <button type="button" onClick={() => void resolve('discard')}>
              {shared ? 'Back to my session' : 'Discard the session'}
            </button>
          </div>
          <p className="hint">
            Keeping leaves statement {problem.number} and the ones after it in the history, undone:
            Redo runs them.{' '}
            {shared
              ? 'Back to my session leaves the shared one for the session saved in this browser.'
              : "Discarding keeps a copy in this browser's storage."}
          </p>
        </>
      )}
    </dialog>
  );
}
