/**
 * The console's input. CodeMirror (with Python highlighting) is loaded only once a console is
 * shown, after the first heap is drawn; until it arrives a plain text area with the same name and
 * the same REPL keys takes the input, and whatever was typed there (text, cursor, focus) moves into
 * the editor when it comes. A page whose console is hidden never renders this, so it loads no
 * editor at all.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { InputHistory } from './inputHistory';
import { continuesBlock, newlineAfter } from './replInput';

export interface ConsoleInputProps {
  /**
   * The whole input when Enter runs it; false refuses it and the input stays as typed. A promise
   * is an answer to come (the person is asked first): the input stays until it is true.
   */
  onSubmit(source: string): boolean | Promise<boolean>;
  /** Ctrl+C with nothing selected: true when it stopped a running statement. */
  onInterrupt(): boolean;
}

const PLACEHOLDER = 'Type Python, press Enter';

export function ConsoleInput({ onSubmit, onInterrupt }: ConsoleInputProps) {
  const host = useRef<HTMLDivElement>(null);
  const plain = useRef<HTMLTextAreaElement>(null);
  const [history] = useState(() => new InputHistory());
  const [editorShown, setEditorShown] = useState(false);
  const [rows, setRows] = useState(1);
  // The editor is made once; it calls whatever handlers the latest render gave.
  const handlers = useRef({ onSubmit, onInterrupt });
  useLayoutEffect(() => {
    handlers.current = { onSubmit, onInterrupt };
  });

  useEffect(() => {
    let live = true;
    let destroy: (() => void) | null = null;
    import('./consoleEditor').then(
      ({ createConsoleEditor }) => {
        if (!live) return;
        const input = plain.current;
        const hadFocus = input !== null && document.activeElement === input;
        const view = createConsoleEditor(host.current!, {
          history,
          draft: input ? { text: input.value, cursor: input.selectionEnd } : undefined,
          onSubmit: (source) => handlers.current.onSubmit(source),
          onInterrupt: () => handlers.current.onInterrupt(),
        });
        destroy = () => view.destroy();
        // The swap happens in this one task, so no key typed meanwhile lands in the old input.
        flushSync(() => setEditorShown(true));
        if (hadFocus) view.focus();
      },
      (error: unknown) => {
        // Without the editor (its file could not be fetched) the plain input goes on working.
        console.warn('The console editor could not be loaded; the plain input stays.', error);
      },
    );
    return () => {
      live = false;
      destroy?.();
    };
  }, [history]);

  const replace = (input: HTMLTextAreaElement, text: string) => {
    input.value = text;
    input.setSelectionRange(text.length, text.length);
    setRows(lineCount(text));
  };
  const insertNewline = (input: HTMLTextAreaElement) => {
    const before = input.value.slice(0, input.selectionStart);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    input.setRangeText(newlineAfter(line), input.selectionStart, input.selectionEnd, 'end');
    setRows(lineCount(input.value));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const input = event.currentTarget;
    const { value, selectionStart, selectionEnd } = input;
    const key = event.key;
    let handled = true;
    if (key === 'Enter' && event.shiftKey) insertNewline(input);
    else if (key === 'Enter') {
      if (continuesBlock(value)) insertNewline(input);
      else {
        const taken = handlers.current.onSubmit(value);
        if (taken === true) {
          history.push(value);
          replace(input, '');
        } else if (taken !== false) {
          void taken.then((ok) => {
            if (!ok) return;
            history.push(value);
            if (input.value === value) replace(input, '');
          });
        }
      }
    } else if (key === 'c' && (event.ctrlKey || event.metaKey) && selectionStart === selectionEnd)
      handled = handlers.current.onInterrupt();
    else if (key === 'ArrowUp' && !value.slice(0, selectionStart).includes('\n')) {
      const older = history.previous(value);
      if (older !== null) replace(input, older);
    } else if (key === 'ArrowDown' && !value.slice(selectionEnd).includes('\n')) {
      const newer = history.next();
      if (newer !== null) replace(input, newer);
    } else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className="console-editor">
      {!editorShown && (
        <textarea
          ref={plain}
          className="console-plain-input"
          aria-label="Python console"
          aria-describedby="console-keys"
          placeholder={PLACEHOLDER}
          rows={rows}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoFocus
          onKeyDown={onKeyDown}
          onInput={(e) => setRows(lineCount(e.currentTarget.value))}
        />
      )}
      <div ref={host} />
    </div>
  );
}

function lineCount(text: string): number {
  return Math.min(text.split('\n').length, 8);
}
