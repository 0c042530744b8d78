/**
 * The console's input line: a CodeMirror 6 editor with Python highlighting and REPL keys.
 * Enter runs the input and clears it; Shift+Enter adds a line. Inside a block (a line ending in
 * ':' was typed) Enter continues the block as the Python REPL does, and Enter on a blank line runs
 * it. Up on the first line and Down on the last line walk the input history.
 */
import { python } from '@codemirror/lang-python';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { minimalSetup } from 'codemirror';
import { consoleHighlighting } from './consoleHighlight';
import type { InputHistory } from './inputHistory';
import { continuesBlock, newlineAfter } from './replInput';

export interface ConsoleEditorOptions {
  /**
   * Called with the whole input when Enter runs it; returns false to refuse it (Python is busy),
   * and the input then stays as typed. The editor is cleared only for input that was taken; a
   * promise is an answer to come (the person is asked first): the input stays until it is true.
   */
  onSubmit(source: string): boolean | Promise<boolean>;
  /** Ctrl+C with nothing selected, as in a terminal: stop the running statement. */
  onInterrupt?(): boolean;
  /** The console's history, shared with the plain input that stood in for the editor. */
  history: InputHistory;
  /** What was typed before the editor arrived, and where the cursor was in it. */
  draft?: { text: string; cursor: number };
}

export function createConsoleEditor(
  parent: HTMLElement,
  options: ConsoleEditorOptions,
): EditorView {
  const { history } = options;

  const submit = (view: EditorView): boolean => {
    const source = view.state.doc.toString();
    const taken = options.onSubmit(source);
    if (taken === true) {
      history.push(source);
      setInput(view, '');
    } else if (taken !== false) {
      void taken.then((ok) => {
        if (!ok) return;
        history.push(source);
        if (view.state.doc.toString() === source) setInput(view, '');
      });
    }
    return true;
  };

  const replKeys = keymap.of([
    {
      key: 'Enter',
      run: (view) => (continuesBlock(view.state.doc.toString()) ? newline(view) : submit(view)),
    },
    { key: 'Shift-Enter', run: newline },
    {
      key: 'Mod-c',
      run: (view) => view.state.selection.main.empty && (options.onInterrupt?.() ?? false),
    },
    {
      key: 'ArrowUp',
      run: (view) => {
        if (!onFirstLine(view.state)) return false;
        const older = history.previous(view.state.doc.toString());
        if (older !== null) setInput(view, older);
        return true;
      },
    },
    {
      key: 'ArrowDown',
      run: (view) => {
        if (!onLastLine(view.state)) return false;
        const newer = history.next();
        if (newer !== null) setInput(view, newer);
        return true;
      },
    },
  ]);

  return new EditorView({
    parent,
    state: EditorState.create({
      doc: options.draft?.text ?? '',
      selection: { anchor: Math.min(options.draft?.cursor ?? 0, options.draft?.text.length ?? 0) },
      extensions: [
        Prec.highest(replKeys),
        minimalSetup,
        python(),
        consoleHighlighting,
        placeholder('Type Python, press Enter'),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-label': 'Python console',
          'aria-describedby': 'console-keys',
        }),
      ],
    }),
  });
}

function setInput(view: EditorView, text: string): void {
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor: text.length },
    scrollIntoView: true,
  });
}

/** A new line keeping the indentation, one level deeper after a ':'. */
function newline(view: EditorView): boolean {
  const { state } = view;
  const line = state.doc.lineAt(state.selection.main.head);
  view.dispatch(state.replaceSelection(newlineAfter(line.text)), { scrollIntoView: true });
  return true;
}

function onFirstLine(state: EditorState): boolean {
  return state.doc.lineAt(state.selection.main.head).number === 1;
}

function onLastLine(state: EditorState): boolean {
  return state.doc.lineAt(state.selection.main.head).number === state.doc.lines;
}
