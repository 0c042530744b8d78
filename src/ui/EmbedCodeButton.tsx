/**
 * "Copy embed code" in the header: opens the dialog that makes the `<iframe>` snippet for slides
 * or a course page (embed/EmbedCodeDialog.tsx). The dialog, its sheet and the share-link codec
 * load on the first click: the page's first load is smaller without them. What was chosen in it
 * (controls, theme, size…) is still there when it is opened again for the next slide.
 */
import { lazy, Suspense, useState } from 'react';
import type { ShareSource } from '../store/shareUrl';
import { useAppearance } from './appearance';
import { useCore } from './core/context';
import type { DialogChoices } from './embed/EmbedCodeDialog';
import type { EmbedTheme } from './embed/embedOptions';
import { currentView } from './shareView';

const EmbedCodeDialog = lazy(async () => ({
  default: (await import('./embed/EmbedCodeDialog')).EmbedCodeDialog,
}));

/**
 * What the dialog is opened on: the session as it is now, and the page's theme. `seq` tells one
 * opening from the next: the browser closes a dialog on Escape at once but tells the page later,
 * so a quick reopen must not be undone by the previous dialog's close.
 */
interface Opened {
  readonly source: ShareSource;
  readonly pageTheme: EmbedTheme;
  readonly seq: number;
}

export function EmbedCodeButton() {
  const core = useCore();
  const [open, setOpen] = useState<Opened | null>(null);
  const [kept, setKept] = useState<DialogChoices | null>(null);
  return (
    <>
      <button
        type="button"
        className="header-button session-control"
        aria-haspopup="dialog"
        title="An <iframe> that shows this session in slides or a course page"
        onClick={() =>
          setOpen((now) => ({
            source: { ...core.session.getState(), view: currentView(core) },
            pageTheme: useAppearance.getState().theme,
            seq: (now?.seq ?? 0) + 1,
          }))
        }
      >
        {/* Where the header is short of room it shows "Embed"; its name stays the whole label. */}
        <span className="header-long">Copy embed code</span>
        <span className="header-short" aria-hidden="true">
          Embed
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedCodeDialog
            key={open.seq}
            source={open.source}
            pageTheme={open.pageTheme}
            kept={kept}
            onChoices={setKept}
            onClose={() => setOpen((now) => (now?.seq === open.seq ? null : now))}
          />
        </Suspense>
      )}
    </>
  );
}
