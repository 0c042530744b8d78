/**
 * A step's question, asked before its Python runs: a typed answer (what is printed), one of the
 * options, or the names whose objects will still exist afterwards (the names bound now). Check
 * runs the step and reveals; "Just run it" runs it without a guess.
 *
 * A survivors guess lives in the interaction store while the question is asked, from the form's
 * mount to its unmount (the step runs, is skipped, the player leaves): the heap canvas toggles it
 * when an offered card is clicked, the checkboxes here when they are ticked, and both show it.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Prediction } from '../../lessons/format';
import { useCore, useInteraction } from '../core/context';
import { Narration } from './Narration';
import type { Bound, Guess } from './reveal';
import { freshGuess } from './survivorGuess';

const NONE: ReadonlySet<number> = new Set();

interface PredictionFormProps {
  readonly predict: Prediction;
  /** The names bound before the step runs (for a survivors question). */
  readonly offered: readonly Bound[];
  readonly disabled: boolean;
  onCheck(guess: Guess): void;
  onSkip(): void;
}

export function PredictionForm({
  predict,
  offered,
  disabled,
  onCheck,
  onSkip,
}: PredictionFormProps) {
  const id = useId();
  const core = useCore();
  const [text, setText] = useState('');
  const [option, setOption] = useState<number | null>(null);
  const picked = useInteraction((s) => s.survivorGuess?.picked ?? NONE);

  const survivors = predict.kind === 'survivors';
  useEffect(() => {
    if (!survivors) return;
    const { setSurvivorGuess } = core.interaction.getState();
    setSurvivorGuess(freshGuess(offered.map((b) => b.id)));
    return () => setSurvivorGuess(null);
  }, [core, survivors, offered]);

  const guess = (): Guess | null => {
    switch (predict.kind) {
      case 'output':
        return { kind: 'output', text };
      case 'choice':
        return option === null ? null : { kind: 'choice', option };
      case 'survivors':
        return { kind: 'survivors', picked };
    }
  };
  const ready = guess() !== null && !(predict.kind === 'output' && text.trim() === '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const g = guess();
    if (g && ready) onCheck(g);
  };

  const toggle = (target: number) => void core.interaction.getState().toggleSurvivor(target);

  return (
    <form className="lesson-predict" onSubmit={submit} aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} className="lesson-question">
        <span className="lesson-predict-tag">Predict</span> <Narration text={predict.question} />
      </p>
      {predict.kind === 'output' && (
        <label className="lesson-answer">
          Your answer
          <input
            type="text"
            value={text}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      )}
      {predict.kind === 'choice' && (
        <fieldset className="lesson-options">
          <legend className="visually-hidden">Your answer</legend>
          {predict.options.map((label, i) => (
            <label key={i}>
              <input
                type="radio"
                name={`${id}-option`}
                checked={option === i}
                onChange={() => setOption(i)}
              />{' '}
              <Narration text={label} />
            </label>
          ))}
        </fieldset>
      )}
      {predict.kind === 'survivors' && (
        <fieldset className="lesson-options">
          <legend>
            Which of these objects still exist after the step? Click their cards on the heap, or
            tick them here.
          </legend>
          {offered.length === 0 && <p className="lesson-note">No names are bound.</p>}
          {offered.map((bound) => (
            <label key={bound.name}>
              <input
                type="checkbox"
                checked={picked.has(bound.id)}
                onChange={() => toggle(bound.id)}
              />{' '}
              the object <code>{bound.name}</code> names
            </label>
          ))}
        </fieldset>
      )}
      <div className="lesson-buttons">
        <button type="submit" className="lesson-primary" disabled={disabled || !ready}>
          Check
        </button>
        <button type="button" disabled={disabled} onClick={onSkip}>
          Just run it
        </button>
      </div>
    </form>
  );
}
