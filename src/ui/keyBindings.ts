/**
 * The explorer's keys, for the whole app except where text is typed (the console, a dialog's
 * field): each binding says which key presses it takes (`keyTest`) and what they do. The action
 * registry's shortcuts become bindings too (L D N F make objects, W and V make weak references to
 * the selection, G collects), so a new action with a shortcut needs no change here. PageDown /
 * PageUp (or . and ,) step forward and back through the session. The help overlay lists the keys.
 */
import { collect, PALETTE, WEAK_ACTIONS, type Action } from '../actions/registry';
import type { AppCore } from './core/appCore';
import { stepBack, stepForward } from './core/stepping';

export interface KeyBinding {
  readonly id: string;
  keyTest(event: KeyboardEvent): boolean;
  /** Does what the key means; returns false when it had nothing to do (the key is left alone). */
  run(core: AppCore, event: KeyboardEvent): boolean;
}

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const withMod = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;

/** A registry action on its shortcut: on the selection (W, V), or on nothing (palette, G). */
function actionKey(action: Action, onSelection: boolean): KeyBinding {
  return {
    id: action.id,
    keyTest: (e) => plain(e) && !e.shiftKey && e.key.toLowerCase() === action.shortcut,
    run(core, e) {
      const { selection, lastRun } = core.session.getState();
      const input =
        action === collect ? { generation: core.collector.getState().generation } : undefined;
      if (onSelection && !selection) {
        core.interaction
          .getState()
          .say(
            `Select an object first (an instance, a function or a class), then press ${e.key.toUpperCase()}: ${action.label}.`,
            lastRun?.seq ?? 0,
          );
        return true;
      }
      void core.gestures.perform(action, onSelection ? selection : null, input);
      return true;
    },
  };
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    id: 'undo',
    keyTest: (e) => withMod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    run: (core) => (void core.session.getState().undo(), true),
  },
  {
    id: 'redo',
    keyTest: (e) =>
      withMod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    run: (core) => (void core.session.getState().redo(), true),
  },
  {
    id: 'step-forward',
    keyTest: (e) => plain(e) && (e.key === 'PageDown' || e.key === '.'),
    run: (core) => (void stepForward(core), true),
  },
  {
    id: 'step-back',
    keyTest: (e) => plain(e) && (e.key === 'PageUp' || e.key === ','),
    run: (core) => (void stepBack(core), true),
  },
  {
    id: 'help',
    keyTest: (e) => plain(e) && e.key === '?',
    run: (core) => (core.interaction.getState().setHelpOpen(true), true),
  },
  {
    id: 'cancel',
    keyTest: (e) => plain(e) && e.key === 'Escape',
    run(core) {
      const ui = core.interaction.getState();
      const session = core.session.getState();
      if (ui.pick) core.gestures.cancelPick();
      else if (session.selection) session.select(null);
      else return false;
      return true;
    },
  },
  {
    id: 'delete',
    keyTest: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'),
    run: (core) => (core.gestures.deleteSelection(core.session.getState().selection), true),
  },
  {
    id: 'reference',
    keyTest: (e) => plain(e) && e.key.toLowerCase() === 'r',
    run: (core) => (core.gestures.startReference(core.session.getState().selection), true),
  },
  actionKey(collect, false),
  ...WEAK_ACTIONS.map((a) => actionKey(a, true)),
  ...PALETTE.map((a) => actionKey(a, false)),
];

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input:not([type="range"]), textarea, select, [contenteditable=""], [contenteditable="true"]',
    ) !== null
  );
}

/** Runs the binding a key press asks for, unless a dialog, a menu or a text field has the keys. */
export function handleKey(core: AppCore, event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  const ui = core.interaction.getState();
  if (ui.helpOpen || ui.question || ui.menu) return; // the dialog or menu has the keyboard
  if (typingIn(event.target)) return;
  const binding = KEY_BINDINGS.find((b) => b.keyTest(event));
  if (binding?.run(core, event)) event.preventDefault();
}
