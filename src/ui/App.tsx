/**
 * The main screen: a header, the console on the left, the heap canvas in the middle with the
 * status line under it, and the inspector on the right.
 */
import { Announcer } from './Announcer';
import { CanvasHost } from './CanvasHost';
import { Console } from './Console';
import { Inspector } from './Inspector';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Heapscope</h1>
        <p className="tagline">
          Run Python and watch CPython&apos;s heap: objects, references and refcounts, live.
        </p>
      </header>
      <main className="workspace">
        <Console />
        <div className="center">
          <CanvasHost />
          <Announcer />
        </div>
        <Inspector />
      </main>
    </div>
  );
}
