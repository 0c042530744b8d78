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
import { InputHistory } from './inputHistory';

export interface ConsoleEditorOptions {
  /**
   * Called with the whole input when Enter runs it; returns false to refuse it (Python is busy),
   * and the input then stays as typed. The editor is cleared only for input that was taken; a
   * promise is an answer to come (the person is asked first): the input stays until it is true.
   */
  onSubmit(source: string): boolean | Promise<boolean>;
  /** Ctrl+C with nothing selected, as in a terminal: stop the running statement. */
  onInterrupt?(): boolean;
}

export function createConsoleEditor(
  parent: HTMLElement,
  options: ConsoleEditorOptions,
): EditorView {
  const history = new InputHistory();

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
      run: (view) => (continuesBlock(view.state) ? newline(view) : submit(view)),
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
      extensions: [
        Prec.highest(replKeys),
        minimalSetup,
        python(),
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
  const indent = /^\s*/.exec(line.text)![0];
  const deeper = line.text.trimEnd().endsWith(':') ? '    ' : '';
  view.dispatch(state.replaceSelection(`\n${indent}${deeper}`), { scrollIntoView: true });
  return true;
}

/** True while typing a block: the input opened one and the current last line is not blank. */
function continuesBlock(state: EditorState): boolean {
  const lines = state.doc.toString().split('\n');
  const last = lines.at(-1)!;
  if (withoutComment(last).endsWith(':')) return true;
  const opened = lines.some((l) => withoutComment(l).endsWith(':'));
  return opened && lines.length > 1 && last.trim() !== '';
}

function withoutComment(line: string): string {
  return line.replace(/#.*$/, '').trimEnd();
}

function onFirstLine(state: EditorState): boolean {
  return state.doc.lineAt(state.selection.main.head).number === 1;
}

function onLastLine(state: EditorState): boolean {
  return state.doc.lineAt(state.selection.main.head).number === state.doc.lines;
}
