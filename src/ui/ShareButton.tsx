/**
 * Share: copies a link that opens this session anywhere (its statements, where the history is,
 * the view) and shows it in a small dialog, which also says what the link holds. Where the
 * browser refuses the clipboard, the link is there to copy by hand. The dialog (ShareDialog.tsx)
 * and the link's codec load on the first Share: the page's first load is smaller without them.
 */
import { useRef, useState } from 'react';
import { useCore } from './core/context';
import { later, useLater } from './later';
import type { Copy, Shown } from './ShareDialog';
import { currentView } from './shareView';

const shareDialog = later(() => import('./ShareDialog'));

export function ShareButton() {
  const core = useCore();
  const [shown, setShown] = useState<Shown | null>(null);
  const [copy, setCopy] = useState<Copy>('copying');
  const field = useRef<HTMLInputElement>(null);
  const code = useLater(shareDialog, shown !== null);

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
    const [{ shareUrl }] = await Promise.all([import('../store/shareUrl'), shareDialog.load()]);
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
      {code && (
        <code.ShareDialog
          shown={shown}
          copy={copy}
          field={field}
          onCopy={(url) => void copyLink(url)}
          onClose={() => setShown(null)}
        />
      )}
    </>
  );
}
