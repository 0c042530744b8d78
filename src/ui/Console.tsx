/**
 * The console: the transcript above, the input below. Running the input goes through the store's
 * `runPython`, like every other change to the heap.
 */
import { useEffect, useRef } from 'react';
import { useSession } from '../store/sessionStore';
import { createConsoleEditor } from './consoleEditor';
import { SetupEntries, Transcript } from './Transcript';

export function Console() {
  const transcript = useSession((s) => s.transcript);
  const setup = useSession((s) => s.setup);
  const position = useSession((s) => s.position);
  const runPython = useSession((s) => s.runPython);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const view = createConsoleEditor(host.current!, { onSubmit: (source) => runPython(source) });
    view.focus();
    return () => view.destroy();
  }, [runPython]);

  return (
    <section className="console panel" aria-labelledby="console-title">
      <h2 id="console-title" className="panel-title">
        Console
      </h2>
      <SetupEntries entries={setup} />
      {transcript.length === 0 && (
        <p className="transcript-intro">
          Each line you run appears here with what it printed, and so does every statement a gesture
          on the canvas makes. Try <code>a = []</code>, then <code>b = a</code>.
        </p>
      )}
      <Transcript entries={transcript} position={position} />
      <div className="console-input">
        <span className="console-prompt" aria-hidden="true">
          &gt;&gt;&gt;
        </span>
        <div ref={host} className="console-editor" />
      </div>
      <p id="console-keys" className="console-keys">
        <kbd>Enter</kbd> runs · <kbd>Shift+Enter</kbd> new line · <kbd>↑</kbd>
        <kbd>↓</kbd> history
      </p>
    </section>
  );
}
