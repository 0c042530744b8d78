/**
 * The explorer's keys, for the whole page except where text is typed (the console, a dialog's
 * field): ? help, Ctrl+Z / Ctrl+Shift+Z undo and redo, L D N F make objects, R adds a reference
 * from the selection (then pick the target), W makes a weak reference to it and V puts it in a
 * WeakValueDictionary, G collects, Delete deletes the selected name or arrow, Escape cancels.
 * Every key runs an action from the registry, as the buttons do.
 */
import { useEffect } from 'react';
import { collect, PALETTE, WEAK_ACTIONS } from '../actions/registry';
import { useCollector } from './collectorStore';
import { useSession } from './pageSession';
import { cancelPick, deleteSelection, perform, startReference } from './gestures';
import { useInteraction } from './interactionStore';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input:not([type="range"]), textarea, select, [contenteditable=""], [contenteditable="true"]',
    ) !== null
  );
}

export function handleGlobalKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  const ui = useInteraction.getState();
  if (ui.helpOpen || ui.question || ui.menu) return; // the dialog or menu has the keyboard
  if (typingIn(event.target)) return;
  const session = useSession.getState();
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;

  if (mod && !event.altKey) {
    const lower = key.toLowerCase();
    if (lower === 'z' && !event.shiftKey) void session.undo();
    else if ((lower === 'z' && event.shiftKey) || lower === 'y') void session.redo();
    else return;
    event.preventDefault();
    return;
  }
  if (event.altKey || event.metaKey || event.ctrlKey) return;

  if (key === '?') {
    ui.setHelpOpen(true);
  } else if (key === 'Escape') {
    if (ui.pick) cancelPick();
    else if (session.selection) session.select(null);
    else return;
  } else if (key === 'Delete' || key === 'Backspace') {
    deleteSelection(session.selection);
  } else if (key === 'r' || key === 'R') {
    startReference(session.selection);
  } else if (key.toLowerCase() === collect.shortcut && !event.shiftKey) {
    void perform(collect, null, { generation: useCollector.getState().generation });
  } else if (WEAK_ACTIONS.some((a) => a.shortcut === key.toLowerCase()) && !event.shiftKey) {
    const action = WEAK_ACTIONS.find((a) => a.shortcut === key.toLowerCase())!;
    if (!session.selection) {
      ui.say(
        `Select an object first (an instance, a function or a class), then press ${key.toUpperCase()}: ${action.label}.`,
        session.lastRun?.seq ?? 0,
      );
    } else void perform(action, session.selection);
  } else {
    const action = PALETTE.find((a) => a.shortcut === key.toLowerCase());
    if (!action || event.shiftKey) return;
    void perform(action, null);
  }
  event.preventDefault();
}

export function useGlobalKeys(): void {
  useEffect(() => {
    document.addEventListener('keydown', handleGlobalKey);
    return () => document.removeEventListener('keydown', handleGlobalKey);
  }, []);
}
