/**
 * Which layout the workspace has, and which drawer is open. Wide: the console, the heap and the
 * inspector side by side. Compact (a small window, a 1280x720 projector at 150% zoom, a slide's
 * iframe, or presentation mode): the heap takes the whole width, and the console and the
 * inspector (with the collector panel) are drawers that open over it, one at a time, from
 * buttons in the header. The drawers keep their content mounted either way, so the console keeps
 * what was typed in it.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import { useAppearance } from './appearance';

/**
 * Below this the side columns would squeeze the heap: at 1100 px the heap keeps about half the
 * width beside a 290 px console and a 250 px inspector; below 600 px of height the bars above and
 * below the heap leave it too little.
 */
export const COMPACT_QUERY = '(max-width: 1099px), (max-height: 599px)';

export type DrawerName = 'console' | 'side';

export interface WorkspaceLayout {
  readonly compact: boolean;
  /** The open drawer (always null in the wide layout, where nothing is a drawer). */
  readonly open: DrawerName | null;
  toggle(drawer: DrawerName): void;
  close(): void;
}

export function useWorkspaceLayout(): WorkspaceLayout {
  const small = useMediaQuery(COMPACT_QUERY);
  const presenting = useAppearance((s) => s.presenting);
  const compact = small || presenting;
  const [open, setOpen] = useState<DrawerName | null>(null);
  const toggle = useCallback(
    (drawer: DrawerName) => setOpen((now) => (now === drawer ? null : drawer)),
    [],
  );
  const close = useCallback(() => setOpen(null), []);
  return { compact, open: compact ? open : null, toggle, close };
}

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => matchMedia(query).matches);
}

/** The id of a drawer's element, for its toggle's aria-controls. */
export function drawerId(drawer: DrawerName): string {
  return `drawer-${drawer}`;
}

/** The id of a drawer's toggle button in the header, to give it the focus back. */
export function drawerToggleId(drawer: DrawerName): string {
  return `drawer-toggle-${drawer}`;
}
