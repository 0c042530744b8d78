/**
 * Back and Next through the session, for an embed in a slide (controls=step): Next runs the next
 * statement (or the next phase of a collection being walked through), Back undoes one. Says where
 * it is: "Statement 2 of 5: b = a". PageDown / PageUp and . / , do the same from the keyboard.
 */
import { useCore, useCollector, useSession } from './core/context';
import { stepBack, stepForward } from './core/stepping';

export function StepBar() {
  const core = useCore();
  const position = useSession((s) => s.position);
  const transcript = useSession((s) => s.transcript);
  const busy = useSession((s) => s.busy !== null);
  const walk = useCollector((s) => s.state);
  const walking = walk.active && !walk.done;
  const current = position > 0 ? transcript[position - 1]!.source.split('\n')[0] : null;
  const where = walking
    ? `Collection, step ${walk.index + 1} of ${walk.total}`
    : position === 0
      ? `Start: ${transcript.length} statements to run`
      : `Statement ${position} of ${transcript.length}`;
  return (
    <div className="step-bar" role="group" aria-label="Steps">
      <button
        type="button"
        onClick={() => void stepBack(core)}
        disabled={position === 0 || busy}
        aria-keyshortcuts="PageUp"
      >
        <span aria-hidden="true">◀ </span>Back
      </button>
      <p className="step-where" aria-live="polite">
        {where}
        {current && !walking && (
          <>
            : <code>{current}</code>
          </>
        )}
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => void stepForward(core)}
        disabled={(!walking && position >= transcript.length) || busy}
        aria-keyshortcuts="PageDown"
      >
        Next<span aria-hidden="true"> ▶</span>
      </button>
    </div>
  );
}
