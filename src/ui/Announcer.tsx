/**
 * A polite live region that says what the last change did ("list refcount 2 (+1: b)", "Undid
 * del b"), or a notice from a gesture ("No name reaches this list..."). It is also shown as the
 * status line under the canvas, so everyone gets the same summary. The line is bounded (a line or
 * two, then "more"), so a long summary never pushes the heap off the screen.
 *
 * While the canvas walks through a collection, the summary (what was freed, what was printed)
 * waits for the last step: until then the line says a walkthrough is going on, once, and the
 * walkthrough's caption says each step.
 *
 * The sentences about a change (announcement.ts) are loaded apart: no first heap needs them (a
 * fresh page says "Ready."). They load when the page is idle after the first heap is drawn, or
 * with the first change; until they come, the line is empty.
 */
import { useMemo } from 'react';
import { useInteraction, useSession } from './core/context';
import { BoundedText } from './BoundedText';
import { later, useLater } from './later';
import { useLoadAhead } from './laterParts';
import { useWalkthroughShown } from './useWalkthroughShown';
import { walkthroughStatus } from './walkthroughShown';

const announcement = later(() => import('./announcement'));
const LOAD_AHEAD = [announcement.load];

export function Announcer() {
  const lastRun = useSession((s) => s.lastRun);
  const snapshot = useSession((s) => s.snapshot);
  const transcript = useSession((s) => s.transcript);
  const position = useSession((s) => s.position);
  const notice = useInteraction((s) => s.notice);
  const walkthrough = useWalkthroughShown();
  const walking = walkthrough ? walkthroughStatus(walkthrough) : null;
  useLoadAhead(LOAD_AHEAD);
  const code = useLater(announcement, lastRun !== null);

  const message = useMemo(() => {
    if (!lastRun) return '';
    if (walking) return walking;
    if (!code) return null;
    const entry = transcript.find((e) => e.id === lastRun.entryId);
    return code.announceChange(lastRun, snapshot, entry, position, transcript.length);
  }, [lastRun, snapshot, transcript, position, walking, code]);

  // A notice newer than the last change wins; the next change replaces it. Null: the sentence
  // about the change is on its way (the line stays empty meanwhile).
  const text = notice && (!lastRun || notice.after >= lastRun.seq) ? notice.text : message;
  const shown =
    text === null
      ? ''
      : text ||
        'Ready. Run a line, or make objects with the palette, to see what it does to the heap.';
  return (
    <BoundedText
      slotClassName="status-slot"
      className="status-line"
      role="status"
      aria-live="polite"
      textKey={shown}
      what="status line"
    >
      {shown}
    </BoundedText>
  );
}
