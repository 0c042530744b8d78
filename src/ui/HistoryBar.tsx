/**
 * Undo, Redo and the history timeline under the canvas. The slider's value is how many statements
 * of the session are applied; dragging it (or using the arrow keys on it) rebuilds the heap at
 * that point by replay, exactly. Nothing is lost by going back: the later statements stay in the
 * transcript, marked undone, until a new statement replaces them.
 */
import { useState } from 'react';
import { useSession } from './core/context';

export function HistoryBar() {
  const position = useSession((s) => s.position);
  const transcript = useSession((s) => s.transcript);
  const undo = useSession((s) => s.undo);
  const redo = useSession((s) => s.redo);
  const goTo = useSession((s) => s.goTo);
  const moving = useSession(
    (s) => s.busy?.task === 'jump' || s.busy?.task === 'undo' || s.busy?.task === 'redo',
  );
  const length = transcript.length;
  // Where the slider was moved to while the history gets there: the next arrow key goes on from
  // there, so two quick presses move two statements (the store adds them up).
  const [heading, setHeading] = useState<number | null>(null);
  const shown = moving && heading !== null ? heading : position;
  const current = position > 0 ? transcript[position - 1]!.source.split('\n')[0] : null;
  const valueText =
    position === 0
      ? `Start: nothing run yet, ${length} statements after it`
      : `After statement ${position} of ${length}: ${current}`;

  return (
    <div className="history-bar" role="group" aria-label="History">
      <button
        type="button"
        onClick={undo}
        disabled={position === 0}
        aria-keyshortcuts="Control+Z"
        title="Undo the last statement (Ctrl+Z)"
      >
        <span aria-hidden="true">↶ </span>Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={position >= length}
        aria-keyshortcuts="Control+Shift+Z"
        title="Redo the next statement (Ctrl+Shift+Z)"
      >
        <span aria-hidden="true">↷ </span>Redo
      </button>
      <label className="history-slider">
        <span className="history-label">Timeline</span>
        <input
          type="range"
          min={0}
          max={Math.max(1, length)}
          step={1}
          value={shown}
          disabled={length === 0}
          aria-valuetext={valueText}
          onChange={(e) => {
            const to = Math.min(length, Number(e.currentTarget.value));
            setHeading(to);
            void goTo(to);
          }}
        />
      </label>
      <span className="history-count" aria-hidden="true">
        {position} / {length}
      </span>
    </div>
  );
}
