/**
 * The question asked before a statement runs while the history is scrubbed back: running it there
 * drops the statements after it, which could then not be redone. Cancel (and Escape) keeps them.
 */
import { useModal } from './useModal';
import './dialogs.css';
import { useSession } from './core/context';

export function DropUndoneDialog() {
  const question = useSession((s) => s.dropQuestion);
  const answer = useSession((s) => s.answerDropQuestion);
  const dialog = useModal(question !== null);

  const later = question ? question.total - question.position : 0;
  return (
    <dialog
      ref={dialog}
      className="drop-undone-dialog"
      aria-labelledby="drop-undone-title"
      aria-describedby="drop-undone-why"
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
      // The page's keys (undo, the palette's letters) wait while the question is open.
      onKeyDown={(e) => e.stopPropagation()}
    >
      {question && (
        <>
          <h2 id="drop-undone-title">
            Drop the {later === 1 ? 'later statement' : `${later} later statements`}?
          </h2>
          <p id="drop-undone-why">
            The history is at statement {question.position} of {question.total}. Running this here
            drops{' '}
            {later === 1
              ? `statement ${question.total}`
              : `statements ${question.position + 1} to ${question.total}`}
            : they could not be redone afterwards.
          </p>
          <pre className="drop-undone-source">
            <code>{question.source}</code>
          </pre>
          <p className="hint">
            To keep them, cancel, go to the end of the history (Redo, or the timeline), and run it
            there.
          </p>
          <div className="dialog-buttons">
            <button type="button" autoFocus onClick={() => answer(false)}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => answer(true)}>
              Drop them and run
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
