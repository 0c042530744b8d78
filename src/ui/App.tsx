/**
 * The main screen: a header, the console on the left, the heap canvas in the middle (palette
 * above, history below, status line under it), and the inspector on the right. The help overlay
 * and the question dialog live here too, with the app's keys. It draws the app core its
 * AppCoreProvider gives it (src/ui/core).
 */
import { Announcer } from './Announcer';
import { CanvasHost } from './CanvasHost';
import { CollectorPanel } from './CollectorPanel';
import { ContextMenu } from './ContextMenu';
import { Console } from './Console';
import { HelpDialog } from './HelpDialog';
import { Inspector } from './Inspector';
import { useInteraction } from './core/context';
import { useAppKeys } from './core/useAppKeys';
import { QuestionDialog } from './QuestionDialog';
import { RestoreDialog } from './RestoreDialog';
import { StorageNotice } from './StorageNotice';
import { useRef } from 'react';

export interface AppProps {
  /** The page's own app takes keys pressed anywhere on the page; an app among others, only its own. */
  readonly wholePage?: boolean;
}

export function App({ wholePage = true }: AppProps) {
  const root = useRef<HTMLDivElement>(null);
  useAppKeys(root, wholePage);
  const setHelpOpen = useInteraction((s) => s.setHelpOpen);
  return (
    <div className="app" ref={root}>
      <header className="app-header">
        <h1>Heapscope</h1>
        <p className="tagline">
          Run Python and watch CPython&apos;s heap: objects, references and refcounts, live.
        </p>
        <button
          type="button"
          className="help-button"
          onClick={() => setHelpOpen(true)}
          aria-keyshortcuts="?"
        >
          Keys <kbd>?</kbd>
        </button>
      </header>
      <StorageNotice />
      <main className="workspace">
        <Console />
        <div className="center">
          <CanvasHost />
          <Announcer />
        </div>
        <div className="side">
          <Inspector />
          <CollectorPanel />
        </div>
        {/* Inside the main landmark; it floats where it was opened. */}
        <ContextMenu />
      </main>
      <HelpDialog />
      <QuestionDialog />
      <RestoreDialog />
    </div>
  );
}
