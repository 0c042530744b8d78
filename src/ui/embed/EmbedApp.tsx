/**
 * Heapscope inside an iframe (`?embed=1`): the heap with as little around it as the embed asks for
 * (see embedOptions.ts): Back/Next through the session, the console hidden, read-only or full, a
 * theme, a text scale, autoplay and a first step. Its keys work inside the frame; its session is
 * its own (kept under its `id`, or not at all).
 *
 * With a lesson (`lesson=NAME&step=N`) the Lessons pane plays it in a column beside the heap (under
 * it in a narrow frame), never over it; its Previous/Next move the session, so the Back/Next bar
 * is left out (main.tsx gives the pane the lesson to start).
 */
import { useEffect, useRef } from 'react';
import { Announcer } from '../Announcer';
import { CanvasHost } from '../CanvasHost';
import { Console } from '../Console';
import { useCore } from '../core/context';
import { stepForward } from '../core/stepping';
import { useAppKeys } from '../core/useAppKeys';
import {
  LaterContextMenu,
  LaterHelpDialog,
  LaterQuestionDialog,
  LaterRestoreDialog,
} from '../laterParts';
import { LaterLessonsPane } from '../lessons/LaterLessonsPane';
import { StorageNotice } from '../StorageNotice';
import { connectDeck } from './deckApi';
import type { EmbedOptions } from './embedOptions';

export function EmbedApp({ options }: { options: EmbedOptions }) {
  const core = useCore();
  const root = useRef<HTMLDivElement>(null);
  // The frame's document is the embed's own: its keys work wherever the focus is in it.
  useAppKeys(root, true);

  // The text scale: the sheets size text in rem, so it is the frame's root font size.
  useEffect(() => {
    const html = document.documentElement;
    html.style.fontSize = options.scale === 1 ? '' : `${Math.round(options.scale * 100)}%`;
    return () => {
      html.style.fontSize = '';
    };
  }, [options.scale]);

  // A slide deck in the parent page may drive this embed (deckApi.ts).
  useEffect(() => connectDeck(core, window), [core]);

  // The first step, once the session is restored; then, with autoplay, a step every `speed` s.
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | null = null;
    void (async () => {
      await core.session.getState().idle();
      if (cancelled) return;
      // A lesson's step is the lesson's (its pane starts there), not the session's.
      if (options.step !== null && options.lesson === null) {
        await core.session.getState().goTo(options.step);
      }
      if (cancelled || !options.autoplay) return;
      timer = setInterval(() => {
        if (core.session.getState().busy) return;
        void stepForward(core).then((more) => {
          if (!more && timer) clearInterval(timer);
        });
      }, options.speed * 1000);
    })();
    return () => {
      cancelled = true;
      if (timer) clearInterval(timer);
    };
  }, [core, options.step, options.lesson, options.autoplay, options.speed]);

  const lesson = options.lesson !== null;
  const consolePanel = options.console !== 'hidden' && (
    <Console readOnly={options.console === 'read-only'} />
  );

  return (
    <div
      ref={root}
      className={`embed embed-controls-${options.controls} embed-console-${options.console}`}
    >
      {options.problems.length > 0 && (
        <p className="embed-problems" role="status">
          Ignored: {options.problems.join('; ')}.
        </p>
      )}
      <StorageNotice />
      <main className="embed-main">
        <CanvasHost chrome={options.controls} scale={options.scale} stepBar={!lesson} />
        {lesson ? (
          <div className="embed-side">
            <section className="embed-lesson panel" aria-label="Lesson">
              <LaterLessonsPane wanted />
            </section>
            {consolePanel}
          </div>
        ) : (
          consolePanel
        )}
        <LaterContextMenu />
      </main>
      <Announcer />
      <LaterHelpDialog />
      <LaterQuestionDialog />
      <LaterRestoreDialog />
    </div>
  );
}
