/**
 * A <dialog> shown as a modal while `open` holds: the browser then keeps the focus in it, makes
 * the page behind it inert and gives Escape to it. Returns the ref to put on the <dialog>.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useModal(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
