/**
 * What the console has run, as a Python REPL shows it: each input after ">>> " (continuation
 * lines after "... "), then what it printed; error output in red. Keeps the newest entry in view.
 */
import { useEffect, useRef } from 'react';
import type { TranscriptEntry } from '../store/transcript';

export function Transcript({ entries }: { entries: readonly TranscriptEntry[] }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries.length]);

  // Focusable so that keyboard users can scroll it (it scrolls on its own once it is long).
  return (
    <ol ref={list} className="transcript" aria-label="Transcript" tabIndex={0}>
      {entries.map((entry) => (
        <li key={entry.id} className={entry.ok ? 'entry' : 'entry failed'}>
          <pre className="entry-input">{withPrompts(entry.source)}</pre>
          {entry.output.map((chunk, i) => (
            <pre key={i} className={`entry-output ${chunk.stream}`}>
              {chunk.text.replace(/\n$/, '')}
            </pre>
          ))}
        </li>
      ))}
    </ol>
  );
}

function withPrompts(source: string): string {
  return source
    .split('\n')
    .map((line, i) => `${i === 0 ? '>>>' : '...'} ${line}`)
    .join('\n');
}
