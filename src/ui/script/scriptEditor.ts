/**
 * The script pane's editor: a CodeMirror 6 editor for a whole program, with line numbers, Python
 * highlighting and indentation. Enter adds a line (as in any editor: the program runs only from
 * the Run script button, or Ctrl+Enter); Tab is left to move the focus on. The line a step of the
 * script is about to run is marked (a line decoration, and its number in the gutter), and scrolled
 * into view. It is loaded with the script pane, apart from the first load; it shares CodeMirror
 * with the console's editor.
 */
import { python } from '@codemirror/lang-python';
import { EditorState, Prec, RangeSet, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  GutterMarker,
  gutterLineClass,
  keymap,
  lineNumbers,
  type DecorationSet,
} from '@codemirror/view';
import { minimalSetup } from 'codemirror';
import { consoleHighlighting } from '../consoleHighlight';

export interface ScriptEditorOptions {
  readonly doc: string;
  /** Every change of the text, with the whole text. */
  onChange(text: string): void;
  /** Ctrl+Enter (Cmd+Enter): run the script. */
  onRun(): void;
}

export interface ScriptEditor {
  /** Marks the line (1-based) a step is about to run and scrolls it into view; null unmarks. */
  showLine(line: number | null): void;
  /** Replaces the whole text (as the person could, in one edit they can undo). */
  setText(text: string): void;
  focus(): void;
  destroy(): void;
}

/** The line marked, as its 1-based number, or null. */
const setStepLine = StateEffect.define<number | null>();

const lineDecoration = Decoration.line({ class: 'cm-step-line' });

class StepGutterMarker extends GutterMarker {
  override elementClass = 'cm-step-gutter';
}
const gutterMarker = new StepGutterMarker();

/** The step's line: kept at its line number as the text changes, gone when that line is gone. */
const stepLine = StateField.define<number | null>({
  create: () => null,
  update(line, tr) {
    for (const effect of tr.effects) if (effect.is(setStepLine)) line = effect.value;
    return line !== null && line <= tr.state.doc.lines ? line : null;
  },
  provide: (field) => [
    EditorView.decorations.from(field, (line) => (view: EditorView): DecorationSet => {
      if (line === null) return Decoration.none;
      return Decoration.set([lineDecoration.range(view.state.doc.line(line).from)]);
    }),
    gutterLineClass.compute([field], (state) => {
      const line = state.field(field);
      if (line === null) return RangeSet.empty;
      return RangeSet.of([gutterMarker.range(state.doc.line(line).from)]);
    }),
  ],
});

export function createScriptEditor(
  parent: HTMLElement,
  options: ScriptEditorOptions,
): ScriptEditor {
  const runKeys = keymap.of([
    {
      key: 'Mod-Enter',
      run: () => {
        options.onRun();
        return true;
      },
    },
  ]);
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        Prec.highest(runKeys),
        lineNumbers(),
        minimalSetup,
        python(),
        consoleHighlighting,
        stepLine,
        EditorState.tabSize.of(4),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
        EditorView.contentAttributes.of({
          'aria-label': 'Python script',
          'aria-describedby': 'script-keys',
        }),
      ],
    }),
  });

  return {
    showLine(line) {
      const shown = line !== null && line >= 1 && line <= view.state.doc.lines ? line : null;
      if (view.state.field(stepLine) === shown) return;
      view.dispatch({
        effects: [
          setStepLine.of(shown),
          ...(shown === null
            ? []
            : [EditorView.scrollIntoView(view.state.doc.line(shown).from, { y: 'nearest' })]),
        ],
      });
    },
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
