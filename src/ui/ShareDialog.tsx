/**
 * The dialog Share opens (ShareButton.tsx): the link, whether it was copied, and what it holds; or
 * why this session cannot be shared as a link. Loaded on the first Share, with the link's codec.
 */
import type { RefObject } from 'react';
import type { SharedSession } from '../store/shareLink';
import { useModal } from './useModal';
import './dialogs.css';

export type Shown =
  | { readonly kind: 'link'; readonly url: string; readonly session: SharedSession }
  | { readonly kind: 'refused'; readonly message: string };

export type Copy = 'copying' | 'copied' | 'refused';

export interface ShareDialogProps {
  /** What the dialog shows; null while it is closed. */
  readonly shown: Shown | null;
  readonly copy: Copy;
  /** The link's field: where the browser refuses the clipboard, it is selected to copy by hand. */
  readonly field: RefObject<HTMLInputElement | null>;
  onCopy(url: string): void;
  onClose(): void;
}

export function ShareDialog({ shown, copy, field, onCopy, onClose }: ShareDialogProps) {
  const dialog = useModal(shown !== null);
  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby="share-title"
      onClose={onClose}
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
            {contents(shown.session)} It is {shown.url.length.toLocaleString('en')} characters long.
          </p>
          <div className="dialog-buttons">
            <button type="button" onClick={() => onCopy(shown.url)}>
              Copy link
            </button>
            <button type="button" className="primary" autoFocus onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
      {shown?.kind === 'refused' && (
        <div className="dialog-buttons">
          <button type="button" className="primary" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </dialog>
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
