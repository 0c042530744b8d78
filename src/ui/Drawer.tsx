/**
 * A side panel that becomes a drawer in the compact layout: hidden until its toggle in the header
 * opens it over the heap, then closed by its × button, the toggle or Escape (the focus goes back
 * to the toggle). In the wide layout it is a plain column. Its children stay mounted in both.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useCore } from './core/context';
import {
  drawerId,
  drawerToggleId,
  type DrawerName,
  type WorkspaceLayout,
} from './useWorkspaceLayout';

interface DrawerProps {
  readonly name: DrawerName;
  /** What the drawer holds, for its close button ("Close the console"). */
  readonly what: string;
  readonly layout: WorkspaceLayout;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Drawer({ name, what, layout, className = '', children }: DrawerProps) {
  const core = useCore();
  const element = useRef<HTMLDivElement>(null);
  const asDrawer = layout.compact;
  const open = layout.open === name;

  // Opening moves the focus in: to the input of the pane shown (the console's, or the script's
  // editor), or to the drawer itself. An input is a plain text area until its editor has loaded.
  useEffect(() => {
    if (!open) return;
    const drawer = element.current;
    const inputs = drawer?.querySelectorAll<HTMLElement>('textarea, [contenteditable="true"]');
    const input = [...(inputs ?? [])].find((el) => el.closest('[hidden]') === null);
    (input ?? drawer)?.focus();
  }, [open]);

  const close = () => {
    layout.close();
    document.getElementById(drawerToggleId(name))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Escape closes the drawer unless something in it took the key, or a pick is under way
    // (Escape cancels the pick first, as everywhere).
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    if (core.interaction.getState().pick) return;
    event.preventDefault();
    close();
  };

  return (
    <div
      id={drawerId(name)}
      ref={element}
      className={`drawer drawer-${name} ${className}`}
      hidden={asDrawer && !open}
      tabIndex={asDrawer ? -1 : undefined}
      onKeyDown={asDrawer ? onKeyDown : undefined}
    >
      {asDrawer && (
        <button
          type="button"
          className="drawer-close"
          onClick={close}
          aria-label={`Close the ${what}`}
          title={`Close the ${what} (Esc)`}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      {children}
    </div>
  );
}
