/**
 * A polite live region that says what the last run did ("list refcount 2 (+1: b)"). It is also
 * shown as the status line under the canvas, so everyone gets the same summary.
 */
import { useMemo } from 'react';
import { useSession } from '../store/sessionStore';
import { announceRun } from './announcement';

export function Announcer() {
  const lastRun = useSession((s) => s.lastRun);
  const snapshot = useSession((s) => s.snapshot);
  const transcript = useSession((s) => s.transcript);

  const message = useMemo(() => {
    if (!lastRun) return '';
    const entry = transcript.find((e) => e.id === lastRun.seq);
    return announceRun(lastRun.events, lastRun.before, snapshot, entry);
  }, [lastRun, snapshot, transcript]);

  return (
    <p className="status-line" role="status" aria-live="polite">
      {message || 'Ready. Run a line to see what it does to the heap.'}
    </p>
  );
}
