/**
 * The page's header: the name, then (in the compact layout) the buttons that open the console and
 * the inspector as drawers, the Lessons button (src/ui/lessons/), and on the right Share, Copy embed code, New session, the Export buttons
 * (wide layout), the Theme chooser, Presentation and the keys' help.
 */
import { AppearanceControls } from './AppearanceControls';
import { EmbedCodeButton } from './EmbedCodeButton';
import { ExportButtons } from './ExportButtons';
import { LessonsButton } from './lessons/LessonsButton';
import { NewSessionButton } from './NewSessionButton';
import { ShareButton } from './ShareButton';
import { useInteraction } from './core/context';
import { useSession } from './core/context';
import {
  drawerId,
  drawerToggleId,
  type DrawerName,
  type WorkspaceLayout,
} from './useWorkspaceLayout';

const DRAWERS: readonly [DrawerName, string][] = [
  ['console', 'Console'],
  ['side', 'Inspector'],
];

export function AppHeader({ layout }: { readonly layout: WorkspaceLayout }) {
  const setHelpOpen = useInteraction((s) => s.setHelpOpen);
  const running = useSession((s) => s.busy !== null);
  return (
    <header className="app-header">
      <h1>Heapscope</h1>
      {layout.compact ? (
        <div className="drawer-toggles">
          {DRAWERS.map(([name, label]) => (
            <button
              key={name}
              id={drawerToggleId(name)}
              type="button"
              className="header-button"
              aria-expanded={layout.open === name}
              aria-controls={drawerId(name)}
              onClick={() => layout.toggle(name)}
            >
              {label}
              {/* Python is running: the console (closed) has its status and Stop button. */}
              {name === 'console' && running && layout.open !== name && (
                <span className="busy-dot" aria-hidden="true" title="Running" />
              )}
            </button>
          ))}
        </div>
      ) : (
        <p className="tagline">
          Run Python and watch CPython&apos;s heap: objects, references and refcounts, live.
        </p>
      )}
      <div className="header-controls">
        <LessonsButton layout={layout} />
        <ShareButton />
        <EmbedCodeButton />
        <NewSessionButton />
        <ExportButtons />
        <AppearanceControls />
        <button
          type="button"
          className="header-button help-button"
          onClick={() => setHelpOpen(true)}
          aria-keyshortcuts="?"
        >
          Keys <kbd>?</kbd>
        </button>
      </div>
    </header>
  );
}
