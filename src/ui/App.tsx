/**
 * The main screen: a header, the console on the left, the heap canvas in the middle (palette
 * above, history below, status line under it), and the inspector on the right. In the compact
 * layout (small screens, projectors, presentation mode) the console and the inspector are drawers
 * over the heap instead (useWorkspaceLayout.ts). The help overlay and the question dialog live
 * here too, with the app's keys. It draws the app core its AppCoreProvider gives it (src/ui/core).
 */
import { Announcer } from './Announcer';
import { AppHeader } from './AppHeader';
import { CanvasHost } from './CanvasHost';
import { CollectorPanel } from './CollectorPanel';
import { Console } from './Console';
import { Drawer } from './Drawer';
import { Inspector, inspectorDetails } from './Inspector';
import { useAppKeys } from './core/useAppKeys';
import {
  contextMenu,
  LaterContextMenu,
  LaterDropUndoneDialog,
  LaterHelpDialog,
  LaterQuestionDialog,
  LaterRestoreDialog,
  questionDialog,
  useLoadAhead,
} from './laterParts';
import { SharedSessionBanner } from './SharedSessionBanner';
import { StorageNotice } from './StorageNotice';
import { useWorkspaceLayout } from './useWorkspaceLayout';
import { useRef } from 'react';

export interface AppProps {
  /** The page's own app takes keys pressed anywhere on the page; an app among others, only its own. */
  readonly wholePage?: boolean;
}

/** What a gesture on the heap opens: loaded ahead, when the page is idle after the first heap. */
const LOAD_AHEAD = [inspectorDetails.load, contextMenu.load, questionDialog.load];

export function App({ wholePage = true }: AppProps) {
  const root = useRef<HTMLDivElement>(null);
  useAppKeys(root, wholePage);
  useLoadAhead(LOAD_AHEAD);
  const layout = useWorkspaceLayout();
  return (
    <div className="app" ref={root} data-layout={layout.compact ? 'compact' : 'wide'}>
      <AppHeader layout={layout} />
      <StorageNotice />
      <SharedSessionBanner />
      <main className="workspace">
        <Drawer name="console" what="console" layout={layout}>
          <Console withScript />
        </Drawer>
        <div className="center">
          <CanvasHost />
          <Announcer />
        </div>
        <Drawer name="side" what="inspector" layout={layout} className="side">
          <Inspector />
          <CollectorPanel />
        </Drawer>
        {/* Inside the main landmark; it floats where it was opened. */}
        <LaterContextMenu />
      </main>
      <LaterHelpDialog />
      <LaterQuestionDialog />
      <LaterRestoreDialog />
      <LaterDropUndoneDialog />
    </div>
  );
}
