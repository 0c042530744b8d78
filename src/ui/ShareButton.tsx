/**
 * Share: copies a link that opens this session anywhere (its statements, where the history is,
 * the view) and shows it in a small dialog, which also says what the link holds. Where the
 * browser refuses the clipboard, the link is there to copy by hand.
 */
import { useRef, useState } from 'react';
import type { SharedSession } from '../store/shareLink';
import { useCore } from './core/context';
import { useModal } from './useModal';
import { currentView } from './shareView';

type Shown =
  | { readonly kind: 'link'; readonly url: string; readonly session: SharedSession }
  | { readonly kind: 'refused'; readonly message: string };

type Copy = 'copying' | 'copied' | 'refused';

export function ShareButton() {
  const core = useCore();
  const [shown, setShown] = useState<Shown | null>(null);
  const [copy, setCopy] = useState<Copy>('copying');
  const field = useRef<HTMLInputElement>(null);
  const dialog = useModal(shown !== null);

  const copyLink = async (url: string) => {
    setCopy('copying');
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('refused');
      field.current?.focus();
      field.current?.select();
    }
  };

  const share = async () => {
    // The codec loads on the first Share: the page's first load is smaller without it.
    const { shareUrl } = await import('../store/shareUrl');
    const made = shareUrl({ ...core.session.getState(), view: currentView(core) }, window.location);
    if (!made.ok) {
      setShown({ kind: 'refused', message: made.message });
      return;
    }
    setShown({ kind: 'link', url: made.url, session: made.session });
    void copyLink(made.url);
  };

  return (
    <>
      <button type="button" className="header-button session-control" onClick={() => void share()}>
        Share
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby="share-title"
        onClose={() => setShown(null)}
        onKeyDown={(e) => e.stopPropagation()}
      >
        {shown?.kind === 'refused' && (
          <>
            <h2 id="share-title">This session cannot be shared as a link</h2>
            <p role="alert">{shown.message}</p>
          </>
        )}
        {shown?.kind === 'link' && (
          <>
            <h2 id="share-title">Share this session</h2>
            <p className="share-status" role="status">
              {copy === 'copied'
                ? 'The link is copied: paste it in a message, a slide or a browser.'
                : copy === 'refused'
                  ? 'This browser did not let Heapscope copy the link: select it below and copy it (Ctrl+C).'
                  : 'Copying the link…'}
            </p>
            <label className="field">
              <span>Link</span>
              <input
                ref={field}
                type="text"
                readOnly
                value={shown.url}
                spellCheck={false}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <p className="hint" id="share-contents">
              {contents(shown.session)} It is {shown.url.length.toLocaleString('en')} characters
              long.
            </p>
            <div className="dialog-buttons">
              <button type="button" onClick={() => void copyLink(shown.url)}>
                Copy link
              </button>
              <button type="button" className="primary" autoFocus onClick={() => setShown(null)}>
                Done
              </button>
            </div>
          </>
        )}
        {shown?.kind === 'refused' && (
          <div className="dialog-buttons">
            <button type="button" className="primary" autoFocus onClick={() => setShown(null)}>
              Close
            </button>
          </div>
        )}
      </dialog>
    </>
  );
}

/** What the link holds, in words. */
function contents(session: SharedSession): string {
  const n = session.statements.length;
  const undone = n - session.position;
  const statements =
    n === 0
      ? 'no statements yet'
      : `the ${n === 1 ? 'statement' : `${n} statements`} of this session as they were run` +
        (undone ? ` (${undone} of them undone, as here)` : '');
  const view = [
    session.view.showSetup ? 'classes shown' : 'classes hidden',
    session.view.showReachability ? 'reachability marked' : 'reachability not marked',
    `Collect on generation ${session.view.collectGeneration}`,
  ].join(', ');
  return (
    `It holds ${statements}, and the view (${view}): nothing else from this browser, not even ` +
    'the output. Opening it replays the statements to the same heap; it never changes the session saved in the browser that opens it.'
  );
}
