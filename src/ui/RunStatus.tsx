/**
 * What Python is doing, once it has taken more than half a second: the statement, how long it
 * has run, its work and memory so far, and a Stop button (Ctrl+C in the console does the same).
 * Stop ends the statement with KeyboardInterrupt and keeps everything it did, as the REPL does.
 * While a saved session is restored it says how far restoring has got.
 */
import { useEffect, useState } from 'react';
import type { Busy } from '../store/sessionStore';
import { useSession } from './core/context';

/** How long a run goes before the status shows (a quick statement never flickers it). */
export const SHOW_AFTER_MS = 500;

export function RunStatus() {
  const busy = useSession((s) => s.busy);
  const stop = useSession((s) => s.stop);
  const [now, setNow] = useState(() => performance.now());

  // The clock ticks while anything runs (progress replaces `busy` often: not a reason to restart).
  const running = busy !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(timer);
  }, [running]);

  const elapsed = busy ? Math.max(0, now - busy.since) : 0;
  const shown = busy !== null && (elapsed >= SHOW_AFTER_MS || busy.stopping);
  return (
    <div className="run-status" aria-live="polite">
      {shown && (
        <>
          <span className="run-spinner" aria-hidden="true" />
          <span className="run-text">{describe(busy, elapsed)}</span>
          {busy.stoppable && (
            <button
              type="button"
              className="stop-button"
              onClick={stop}
              disabled={busy.stopping}
              aria-keyshortcuts="Control+C"
              title="Stop this statement (Ctrl+C in the console): it ends with KeyboardInterrupt and keeps what it did"
            >
              {busy.stopping ? 'Stopping…' : 'Stop'}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function describe(busy: Busy, elapsedMs: number): string {
  const seconds = `${(elapsedMs / 1000).toFixed(1)} s`;
  const p = busy.progress;
  const figures = p ? ` · ${compact(p.objects)} objects · ${megabytes(p.bytes)}` : '';
  if (busy.task === 'start' || (p?.task === 'replay' && busy.task !== 'run')) {
    const where = p ? `: statement ${p.index + 1}` : '';
    return `${busy.label}${where} (${seconds})`;
  }
  const what = busy.task === 'run' ? `Running ${quote(busy.label)}` : busy.label;
  return `${what} · ${seconds}${figures}`;
}

function quote(label: string): string {
  return label.length > 40 ? `“${label.slice(0, 39)}…”` : `“${label}”`;
}

function compact(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e4 ? `${Math.round(n / 1e3)}k` : String(n);
}

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
