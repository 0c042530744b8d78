/**
 * The console: the transcript above, the input below. Running the input goes through the store's
 * `runPython`, like every other change to the heap. In the app (not in an embed) it has two more
 * panes behind tabs: Script, a whole program run and stepped through (src/ui/script/), and
 * Lessons, narrated lessons played step by step (src/ui/lessons/). The panes stay mounted, so what
 * was typed in each stays; the run status (and Stop) is shared below them. Which pane is shown is
 * the interaction store's: the header's Lessons button chooses it too.
 */
import { useId, useState } from 'react';
import { useCore, useInteraction, useSession } from './core/context';
import { ConsoleInput } from './ConsoleInput';
import { RunStatus } from './RunStatus';
import { SetupEntries, Transcript } from './Transcript';
import { useWalkthroughShown } from './useWalkthroughShown';
import { LaterLessonsPane } from './lessons/LaterLessonsPane';
import { LaterScriptPane } from './script/LaterScriptPane';
import { paneIds, PaneTabs } from './script/PaneTabs';

export interface ConsoleProps {
  /** Shows the transcript only: an embed whose statements come from the deck or the steps. */
  readonly readOnly?: boolean;
  /** Offers the Script pane beside the console (the app does; an embed does not). */
  readonly withScript?: boolean;
}

export function Console({ readOnly = false, withScript = false }: ConsoleProps) {
  const core = useCore();
  const transcript = useSession((s) => s.transcript);
  const setup = useSession((s) => s.setup);
  const position = useSession((s) => s.position);
  const notRun = useSession((s) => s.notRun);
  const runPython = useSession((s) => s.runPython);
  const stop = useSession((s) => s.stop);
  const walkthrough = useWalkthroughShown();
  /** The run (by its start time) during which input was refused: the notice lasts as long. */
  const [refusedDuring, setRefusedDuring] = useState<number | null>(null);
  const chosen = useInteraction((s) => s.consolePane);
  const setPane = useInteraction((s) => s.setConsolePane);
  const base = useId();
  const tabs = withScript && !readOnly;
  const pane = tabs ? chosen : 'console';
  const consoleIds = paneIds(base, 'console');
  const scriptIds = paneIds(base, 'script');
  const lessonsIds = paneIds(base, 'lessons');

  const submit = (source: string): boolean | Promise<boolean> => {
    const { busy, position, transcript, askToDropUndone } = core.session.getState();
    // While a statement runs the input waits, as typed (a restore in progress queues it).
    if (busy?.stoppable) {
      setRefusedDuring(busy.since);
      return false;
    }
    // Scrubbed back: the person is asked before the later statements are dropped, and the input
    // stays as typed unless they agree.
    if (!busy && position < transcript.length && source.trim() !== '') {
      return new Promise<boolean>((resolve) =>
        askToDropUndone(source.replace(/\s+$/, ''), (drop) => {
          if (drop) void runPython(source, 'console', { dropUndone: true });
          resolve(drop);
        }),
      );
    }
    void runPython(source);
    return true;
  };
  const interrupt = (): boolean => {
    if (!core.session.getState().busy?.stoppable) return false;
    stop();
    return true;
  };

  const busySince = useSession((s) => s.busy?.since ?? null);
  const refused = busySince !== null && refusedDuring === busySince;

  return (
    <section className="console panel" aria-labelledby="console-title">
      <h2 id="console-title" className={tabs ? 'visually-hidden' : 'panel-title'}>
        Console
      </h2>
      {tabs && <PaneTabs base={base} selected={pane} onSelect={setPane} />}
      <div
        className="console-pane"
        {...(tabs && { role: 'tabpanel', id: consoleIds.panel, 'aria-labelledby': consoleIds.tab })}
        hidden={tabs && pane !== 'console'}
      >
        <SetupEntries entries={setup} />
        {transcript.length === 0 && (
          <p className="transcript-intro">
            Each line you run appears here with what it printed, and so does every statement a
            gesture on the canvas makes. Try <code>a = []</code>, then <code>b = a</code>.
          </p>
        )}
        <Transcript
          entries={transcript}
          position={position}
          walkthrough={walkthrough}
          notRun={notRun}
        />
        {!readOnly && (
          <div className="console-input">
            <span className="console-prompt" aria-hidden="true">
              &gt;&gt;&gt;
            </span>
            <ConsoleInput onSubmit={submit} onInterrupt={interrupt} />
          </div>
        )}
      </div>
      {tabs && (
        <div
          className="console-pane script-panel"
          role="tabpanel"
          id={scriptIds.panel}
          aria-labelledby={scriptIds.tab}
          hidden={pane !== 'script'}
        >
          <LaterScriptPane wanted={pane === 'script'} />
        </div>
      )}
      {tabs && (
        <div
          className="console-pane lessons-panel"
          role="tabpanel"
          id={lessonsIds.panel}
          aria-labelledby={lessonsIds.tab}
          hidden={pane !== 'lessons'}
        >
          <LaterLessonsPane wanted={pane === 'lessons'} />
        </div>
      )}
      <RunStatus />
      {refused && pane === 'console' && (
        <p className="console-refused" role="alert">
          The last statement is still running: your input waits here. Press Stop (or Ctrl+C) to end
          it.
        </p>
      )}
      {!readOnly && (
        <p id="console-keys" className="console-keys" hidden={pane !== 'console'}>
          <kbd>Enter</kbd> runs · <kbd>Shift+Enter</kbd> new line · <kbd>↑</kbd>
          <kbd>↓</kbd> history
        </p>
      )}
    </section>
  );
}
