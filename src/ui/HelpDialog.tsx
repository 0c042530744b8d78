/**
 * The keyboard help overlay, opened with ? (or the Keys button). It lists every key of the
 * explorer, read from the same places that handle them.
 */
import { useModal } from './useModal';
import './dialogs.css';
import { PALETTE } from '../actions/registry';
import { useInteraction } from './core/context';

const KEYS: readonly [keys: string[], what: string][] = [
  [['Tab', 'Shift+Tab'], 'Move between names, objects and their references (arrows)'],
  [['←', '↑', '→', '↓'], 'Move to the nearest name, object or reference in that direction'],
  [['Enter', 'Space'], 'Select what has the focus (the inspector shows it)'],
  [
    ['R'],
    'Add a reference from the selected list, dict or instance, or point the selected name elsewhere: then pick the target and press Enter',
  ],
  [['Delete'], 'Delete the selected name (del b) or arrow (del a[1], del n1.next)'],
  [['W'], 'Make a weak reference to the selected object (w1 = weakref.ref(n1))'],
  [['V'], "Put the selected object in a WeakValueDictionary (cache['k'] = n1)"],
  [['Menu', 'Shift+F10'], 'Open the context menu of the focused name, object or arrow'],
  [['G'], 'Collect: run gc.collect() and walk through it (then Tab to Step, Play, Skip to end)'],
  [
    ['Escape'],
    'Cancel picking, clear the selection, close the drawer the focus is in, or leave presentation mode',
  ],
  [['Ctrl+Z'], 'Undo the last statement'],
  [['Ctrl+Shift+Z', 'Ctrl+Y'], 'Redo'],
  [
    ['PageDown', '.'],
    'Step forward: the next phase of a collection being walked through, else the next statement',
  ],
  [['PageUp', ','], 'Step back one statement'],
  [
    ['Ctrl+Enter'],
    'In the console’s Script tab: run the script; then ← → on its Step slider (or . and ,) move through its steps',
  ],
  [['?'], 'This help'],
];

export function HelpDialog() {
  const open = useInteraction((s) => s.helpOpen);
  const setOpen = useInteraction((s) => s.setHelpOpen);
  const dialog = useModal(open);

  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="help-title">Keyboard</h2>
      <p className="muted">
        Every gesture becomes a Python statement, shown in the transcript. Keys work anywhere but in
        the console and text fields.
      </p>
      <table className="keys-table">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {PALETTE.map((a) => (
            <tr key={a.id}>
              <td>
                <kbd>{a.shortcut?.toUpperCase()}</kbd>
              </td>
              <td>{a.label}, bound to a fresh name</td>
            </tr>
          ))}
          {KEYS.map(([keys, what]) => (
            <tr key={what}>
              <td>
                {keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="dialog-buttons">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
