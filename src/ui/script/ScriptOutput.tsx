/**
 * What the last script run printed (all of it, whichever step is shown), stdout and stderr as they
 * came, an uncaught error's traceback in red; the same as its entry in the console's transcript.
 */
import type { TranscriptEntry } from '../../store/transcript';

export function ScriptOutput({ entry }: { readonly entry: TranscriptEntry }) {
  const empty = entry.output.every((chunk) => chunk.text === '');
  return (
    <section className="script-output" aria-label="What the script printed">
      <h3 className="script-output-title">{entry.ok ? 'Printed' : 'Printed, then failed'}</h3>
      {empty ? (
        <p className="script-output-none">Nothing.</p>
      ) : (
        entry.output.map((chunk, k) => (
          <pre key={k} className={`entry-output ${chunk.stream}`}>
            {chunk.text.replace(/\n$/, '')}
          </pre>
        ))
      )}
    </section>
  );
}
