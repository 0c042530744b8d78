/**
 * The context menu and the dialogs of the app (and of an embed), each loaded apart when it is
 * first opened (later.ts): no first heap needs them. Once loaded each stays mounted, as it was
 * before it was split off: a <dialog> that closes gives the focus back to what opened it.
 * The ones a gesture on the heap opens are also loaded ahead, when the page is idle after the
 * first heap is drawn (`useLoadAhead`).
 */
import { useEffect } from 'react';
import { useCore, useInteraction, useSession } from './core/context';
import { later, useLater, whenIdle } from './later';

export const contextMenu = later(() => import('./ContextMenu'));
export const questionDialog = later(() => import('./QuestionDialog'));
const helpDialog = later(() => import('./HelpDialog'));
const restoreDialog = later(() => import('./RestoreDialog'));
const dropUndoneDialog = later(() => import('./DropUndoneDialog'));

/** Right click, the Menu key or Shift+F10 on a card, a name or an arrow (ContextMenu.tsx). */
export function LaterContextMenu() {
  const code = useLater(
    contextMenu,
    useInteraction((s) => s.menu !== null),
  );
  return code && <code.ContextMenu />;
}

/** The keys' help (HelpDialog.tsx). */
export function LaterHelpDialog() {
  const code = useLater(
    helpDialog,
    useInteraction((s) => s.helpOpen),
  );
  return code && <code.HelpDialog />;
}

/** The text an action asks for (QuestionDialog.tsx). */
export function LaterQuestionDialog() {
  const code = useLater(
    questionDialog,
    useInteraction((s) => s.question !== null),
  );
  return code && <code.QuestionDialog />;
}

/** A restore stopped before a statement (RestoreDialog.tsx). */
export function LaterRestoreDialog() {
  const code = useLater(
    restoreDialog,
    useSession((s) => s.restoreProblem !== null),
  );
  return code && <code.RestoreDialog />;
}

/** Running a statement while the history is scrubbed back (DropUndoneDialog.tsx). */
export function LaterDropUndoneDialog() {
  const code = useLater(
    dropUndoneDialog,
    useSession((s) => s.dropQuestion !== null),
  );
  return code && <code.DropUndoneDialog />;
}

/**
 * Loads `parts` ahead once this mount's first heap is drawn (its session is idle) and the page is
 * idle: what they draw is then there at once when first wanted. A part that fails to load here is
 * asked for again when it is wanted.
 */
export function useLoadAhead(parts: readonly (() => Promise<unknown>)[]): void {
  const core = useCore();
  useEffect(() => {
    let live = true;
    let cancel = () => {};
    void core.session
      .getState()
      .idle()
      .then(() => {
        if (!live) return;
        cancel = whenIdle(() => {
          for (const load of parts) load().catch(() => {});
        });
      });
    return () => {
      live = false;
      cancel();
    };
  }, [core, parts]);
}
