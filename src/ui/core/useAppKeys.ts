/**
 * Listens for the app's keys: on the page itself when this mount is the page's app (keys work
 * wherever the focus is, even on the page's body), else only inside the mount's own element, so
 * two apps on one page each take the keys pressed in them.
 */
import { useEffect, type RefObject } from 'react';
import { handleKey } from '../keyBindings';
import { useCore } from './context';

export function useAppKeys(root: RefObject<HTMLElement | null>, wholePage: boolean): void {
  const core = useCore();
  useEffect(() => {
    const target: HTMLElement | Document | null = wholePage ? document : root.current;
    if (!target) return;
    const onKey = (e: Event) => handleKey(core, e as KeyboardEvent);
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [core, root, wholePage]);
}
