/**
 * What the session has run, as a Python REPL shows it: each input after ">>> " (continuation
 * lines after "... "), then what it printed; error output in red. The setup (the classes the
 * palette uses) comes first, folded. A program run from the Script pane is shown as written (no
 * prompts: it ran as a file does). Statements made by a gesture on the canvas say so; undone
 * statements stay, dimmed, until a new statement replaces them. Keeps the newest entry in view.
 * A statement whose collection the canvas walks through shows only what it had printed by the
 * step on screen, and says so (walkthroughShown.ts).
 */
import { useEffect, useRef } from 'react';
import type { OutputChunk, TranscriptEntry } from '../store/transcript';
import { outputShown, walkthroughHint, type WalkthroughShown } from './walkthroughShown';

interface Props {
  readonly entries: readonly TranscriptEntry[];
  /** How many entries are applied; the rest are undone. Everything by default. */
  readonly position?: number;
  /** A collection being walked through: its entry's output is held back to the step shown. */
  readonly walkthrough?: WalkthroughShown | null;
  /** A statement the interpreter failed to answer: last, with its error, outside the history. */
  readonly notRun?: TranscriptEntry | null;
}

export function Transcript({
  entries,
  position = entries.length,
  walkthrough = null,
  notRun = null,
}: Props) {
  const list = useRef<HTMLOListElement>(null);
  // The newest entry stays in view as entries come, and as a walkthrough adds to its output.
  const walkedTo = walkthrough ? walkthrough.step : -1;
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries.length, walkedTo, notRun]);

  // Focusable so that keyboard users can scroll it (it scrolls on its own once it is long).
  return (
    <ol ref={list} className="transcript" aria-label="Transcript" tabIndex={0}>
      {entries.map((entry, i) => {
        const undone = i >= position;
        const walking = walkthrough?.entryId === entry.id ? walkthrough : null;
        const output = walking ? outputShown(entry.output, walking.printed) : entry.output;
        // An error is said once the walkthrough is over, with the rest of the output.
        const failed = !entry.ok && !walking;
        const classes = ['entry', failed ? 'failed' : '', undone ? 'undone' : ''];
        return (
          <li key={entry.id} className={classes.filter(Boolean).join(' ')}>
            <pre className="entry-input">
              {entry.origin === 'script' ? entry.source : withPrompts(entry.source)}
            </pre>
            {(undone || entry.origin === 'canvas' || entry.origin === 'script') && (
              <span className="entry-tags">
                {entry.origin === 'canvas' && <span className="entry-tag">canvas</span>}
                {entry.origin === 'script' && <span className="entry-tag">script</span>}
                {undone && <span className="entry-tag undone-tag">undone</span>}
              </span>
            )}
            {!undone && <OutputChunks output={output} />}
            {walking && !undone && <p className="entry-walking">{walkthroughHint(walking)}</p>}
          </li>
        );
      })}
      {notRun && (
        <li key={`not-run-${notRun.id}`} className="entry failed not-run">
          <pre className="entry-input">{withPrompts(notRun.source)}</pre>
          <span className="entry-tags">
            <span className="entry-tag">not run</span>
          </span>
          <OutputChunks output={notRun.output} />
        </li>
      )}
    </ol>
  );
}

/** The setup statements, folded under one line that says what they define. */
export function SetupEntries({ entries }: { entries: readonly TranscriptEntry[] }) {
  if (entries.length === 0) return null;
  const names = entries.map((e) => /^class\s+(\w+)/.exec(e.source)?.[1] ?? 'setup');
  const failed = entries.some((e) => !e.ok);
  return (
    <details className={failed ? 'setup failed' : 'setup'}>
      <summary>
        Setup: defines{' '}
        {names.map((n, i) => (
          <span key={n}>
            {i > 0 && (i === names.length - 1 ? ' and ' : ', ')}
            <code>{n}</code>
          </span>
        ))}
        {failed && ' (failed: see below)'}
      </summary>
      {entries.map((entry) => (
        <div key={entry.id} className="entry">
          <pre className="entry-input">{withPrompts(entry.source.replace(/\n+$/, ''))}</pre>
          <OutputChunks output={entry.output} />
        </div>
      ))}
    </details>
  );
}

/** What a statement printed, stdout and stderr as they came, each chunk without its last newline. */
function OutputChunks({ output }: { output: readonly OutputChunk[] }) {
  return output.map((chunk, k) => (
    <pre key={k} className={`entry-output ${chunk.stream}`}>
      {chunk.text.replace(/\n$/, '')}
    </pre>
  ));
}

function withPrompts(source: string): string {
  return source
    .split('\n')
    .map((line, i) => `${i === 0 ? '>>>' : '...'} ${line}`)
    .join('\n');
}
