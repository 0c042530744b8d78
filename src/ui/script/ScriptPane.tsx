/**
 * The Script pane of the console drawer: an editor for a whole program (prefilled with a short
 * example), Run script, then the steps of the run (StepControls.tsx) with the line each step is
 * about to run marked in the editor, and what the program printed. Running goes through the
 * store's `runScript`, like every other change to the heap; the steps only change what the canvas
 * shows. Loaded apart (with CodeMirror) when the Script tab is first chosen.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCore, useSession } from '../core/context';
import { EXAMPLE_SCRIPT } from './exampleScript';
import { createScriptEditor, type ScriptEditor } from './scriptEditor';
import { ScriptOutput } from './ScriptOutput';
import { StepControls } from './StepControls';
import { MemoryChart } from './MemoryChart';
import { CacheVerdicts } from './CacheVerdicts';
import './script.css';
import { checkerScript, HIDDEN_CHECKS, REFERENCE_SOLUTION } from '../../lessons/weakCacheCheck';
import { stepAt } from '../../python/stepColumns';

/** A run of the weak-cache checks (the program, then the hidden checks). */
const isCheck = (ran: string) => ran.replace(/\s+$/, '').endsWith(HIDDEN_CHECKS.trimEnd());

/**
 * Whether the editor still holds the program that ran (line numbers mean the same lines): the
 * program itself, or the program with the weak-cache checks after it.
 */
function sameProgram(text: string, ran: string): boolean {
  const trimmed = text.replace(/\s+$/, '');
  const program = ran.replace(/\s+$/, '');
  return trimmed === program || checkerScript(text).replace(/\s+$/, '') === program;
}

export function ScriptPane() {
  const core = useCore();
  const script = useSession((s) => s.script);
  const runScript = useSession((s) => s.runScript);
  const transcript = useSession((s) => s.transcript);
  const position = useSession((s) => s.position);
  const busySince = useSession((s) => (s.busy?.stoppable ? s.busy.since : null));
  const [source, setSource] = useState(
    () => core.session.getState().script?.source ?? EXAMPLE_SCRIPT,
  );
  /** The transcript entry of the last run started here (kept when it made no steps: an error). */
  const [ranId, setRanId] = useState<number | null>(null);
  /** The run (by its start time) during which Run script was refused: the notice lasts as long. */
  const [refusedDuring, setRefusedDuring] = useState<number | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<ScriptEditor | null>(null);
  /** The editor's text now (its changes reach `source` a render later). */
  const sourceNow = useRef(source);

  /** Runs the editor's program; `check`: with the weak-cache exercise's hidden checks after it. */
  const run = (check = false) => {
    const { busy } = core.session.getState();
    if (busy?.stoppable) {
      setRefusedDuring(busy.since);
      return;
    }
    const text = check ? checkerScript(sourceNow.current) : sourceNow.current;
    void runScript(text).then((entry) => {
      if (entry) setRanId(entry.id);
    });
  };
  const showSolution = () => editor.current?.setText(REFERENCE_SOLUTION);
  // The editor is made once; Ctrl+Enter in it runs whatever the latest render would.
  const runNow = useRef(run);
  useLayoutEffect(() => {
    runNow.current = run;
  });

  useEffect(() => {
    const made = createScriptEditor(host.current!, {
      doc: sourceNow.current,
      onChange: (text) => {
        sourceNow.current = text;
        setSource(text);
      },
      onRun: () => runNow.current(),
    });
    editor.current = made;
    return () => {
      made.destroy();
      editor.current = null;
    };
  }, []);

  // The line the step shown is about to run, while the editor holds the program that ran.
  const mark = script && script.step !== null ? stepAt(script.steps, script.step) : undefined;
  const line = mark && sameProgram(source, script!.source) ? mark.line : null;
  useEffect(() => {
    editor.current?.showLine(line);
  }, [line]);

  // What the script printed: while its steps are there, or (a run that made none: it was refused
  // or raised at once) while it is still the last statement.
  const entryId = script?.entryId ?? (transcript[position - 1]?.id === ranId ? ranId : null);
  const entry = entryId === null ? undefined : transcript.find((e) => e.id === entryId);
  const edited = script !== null && !sameProgram(source, script.source);
  const refused = busySince !== null && refusedDuring === busySince;

  return (
    <div className="script-pane">
      <div ref={host} className="script-editor" />
      <div className="script-actions">
        <button
          type="button"
          className="script-run"
          onClick={() => run()}
          aria-keyshortcuts="Control+Enter"
          title="Run the whole program as one statement, recorded step by step (Ctrl+Enter)"
        >
          Run script
        </button>
        <p id="script-keys" className="script-keys">
          <kbd>Ctrl+Enter</kbd> runs · <kbd>Tab</kbd> leaves the editor
        </p>
      </div>
      <div className="script-exercise" role="group" aria-label="Weak-cache exercise">
        <button
          type="button"
          onClick={() => run(true)}
          title="Run the program's WeakCache(factory) with hidden checks: a hit, a miss, no strong reference, eviction, no collector"
        >
          Check as a weak cache
        </button>
        <button type="button" onClick={showSolution}>
          Show a solution
        </button>
      </div>
      {refused && (
        <p className="console-refused" role="alert">
          The last statement is still running. Press Stop (or Ctrl+C in the console) to end it, then
          run the script.
        </p>
      )}
      {script && script.steps.length > 0 && <StepControls script={script} />}
      {script && script.steps.length > 0 && <MemoryChart script={script} />}
      {edited && (
        <p className="script-note">
          The script has changed since it ran: run it again to step through the new one.
        </p>
      )}
      {entry && isCheck(entry.source) && <CacheVerdicts entry={entry} />}
      {entry && <ScriptOutput entry={entry} />}
    </div>
  );
}
