/**
 * Asks for the piece of text an action needs before it runs (the key of `d['k'] = b`, the
 * attribute of `n1.next = n2`), showing the statement it will run as the person types.
 */
import { useState } from 'react';
import { useModal } from './useModal';
import './dialogs.css';
import { useCore, useInteraction } from './core/context';
import type { Question } from './interactionStore';

export function QuestionDialog() {
  const core = useCore();
  const question = useInteraction((s) => s.question);
  const dialog = useModal(question !== null);

  return (
    <dialog
      ref={dialog}
      className="question-dialog"
      aria-labelledby="question-title"
      onCancel={(e) => {
        e.preventDefault();
        core.gestures.answer(null);
      }}
    >
      {question && <QuestionForm key={question.initial + question.action.id} question={question} />}
    </dialog>
  );
}

function QuestionForm({ question }: { question: Question }) {
  const core = useCore();
  const prompt = question.action.prompt!;
  const [text, setText] = useState(question.initial);
  const problem = prompt.check(text);
  let preview = '';
  if (!problem) {
    try {
      preview = question.action.toPython(question.selection, { ...question.input, text });
    } catch {
      preview = '';
    }
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) core.gestures.answer(text);
      }}
    >
      <h2 id="question-title">{prompt.title}</h2>
      <label className="field">
        <span>{prompt.label}</span>
        <input
          type="text"
          value={text}
          autoFocus
          spellCheck={false}
          aria-describedby="question-hint question-preview"
          aria-invalid={problem !== null}
          onChange={(e) => setText(e.currentTarget.value)}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <p id="question-hint" className={problem ? 'hint problem' : 'hint'}>
        {problem ?? prompt.hint}
      </p>
      <p id="question-preview" className="preview">
        Runs: <code>{preview || '…'}</code>
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => core.gestures.answer(null)}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={problem !== null}>
          Run
        </button>
      </div>
    </form>
  );
}
