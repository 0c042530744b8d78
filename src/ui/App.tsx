/**
 * The main screen: a header, the console on the left, the heap canvas in the middle (palette
 * above, history below, status line under it), and the inspector on the right. The help overlay
 * and the question dialog live here too, with the page's keys.
 */
import { Announcer } from './Announcer';
import { CanvasHost } from './CanvasHost';
import { CollectorPanel } from './CollectorPanel';
import { ContextMenu } from './ContextMenu';
import { Console } from './Console';
import { DropUndoneDialog } from './DropUndoneDialog';
import { HelpDialog } from './HelpDialog';
import { Inspector } from './Inspector';
import { useInteraction } from './interactionStore';
import { NewSessionButton } from './NewSessionButton';
import { QuestionDialog } from './QuestionDialog';
import { RestoreDialog } from './RestoreDialog';
import { ShareButton } from './ShareButton';
import { SharedSessionBanner } from './SharedSessionBanner';
import { StorageNotice } from './StorageNotice';
import { useGlobalKeys } from './useGlobalKeys';

export function App() {
  useGlobalKeys();
  const setHelpOpen = useInteraction((s) => s.setHelpOpen);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Heapscope</h1>
        <p className="tagline">
          Run Python and watch CPython&apos;s heap: objects, references and refcounts, live.
        </p>
        <ShareButton />
        <NewSessionButton />
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
      <SharedSessionBanner />
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
      <DropUndoneDialog />
    </div>
  );
}
