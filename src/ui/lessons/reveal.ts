/**
 * Predict, then reveal: what the learner guessed before a step ran, and what the panel says once
 * it has run. An output guess is compared with the last line the step printed (both trimmed), a
 * choice with the lesson's answer, a set of survivors with the objects still on the heap. A
 * prediction skipped ("Just run it") is revealed without a verdict.
 */
import type { Prediction } from '../../lessons/format';
import { lastLine } from './lessonPlan';

/** A name bound before the step ran, and the object it was bound to. */
export interface Bound {
  readonly name: string;
  readonly id: number;
}

export type Guess =
  | { readonly kind: 'output'; readonly text: string }
  | { readonly kind: 'choice'; readonly option: number }
  | { readonly kind: 'survivors'; readonly picked: ReadonlySet<number> };

export interface Reveal {
  /** null: the prediction was skipped. */
  readonly right: boolean | null;
  /** "Right", "Not quite: it printed 2", "It printed 2". */
  readonly verdict: string;
  /** For survivors: the names whose objects are still there, and those whose objects were freed. */
  readonly survived?: readonly string[];
  readonly freed?: readonly string[];
  readonly explain: string;
}

export function judge(
  predict: Prediction,
  guess: Guess | null,
  outcome: {
    readonly printed: string;
    readonly offered: readonly Bound[];
    readonly alive: ReadonlySet<number>;
  },
): Reveal {
  const explain = predict.explain;
  switch (predict.kind) {
    case 'output': {
      const printed = lastLine(outcome.printed);
      const shown = printed === '' ? 'nothing' : printed;
      if (guess?.kind !== 'output') return { right: null, verdict: `It printed ${shown}`, explain };
      const right = guess.text.trim() === printed;
      return { right, verdict: right ? 'Right' : `Not quite: it printed ${shown}`, explain };
    }
    case 'choice': {
      const answer = predict.options[predict.answer] ?? '';
      if (guess?.kind !== 'choice')
        return { right: null, verdict: `The answer: ${answer}`, explain };
      const right = guess.option === predict.answer;
      return { right, verdict: right ? 'Right' : `Not quite: the answer is “${answer}”`, explain };
    }
    case 'survivors': {
      const survived = outcome.offered.filter((b) => outcome.alive.has(b.id));
      const freed = outcome.offered.filter((b) => !outcome.alive.has(b.id));
      const names = { survived: survived.map((b) => b.name), freed: freed.map((b) => b.name) };
      if (guess?.kind !== 'survivors')
        return { right: null, verdict: 'What survived', ...names, explain };
      const right =
        survived.every((b) => guess.picked.has(b.id)) &&
        freed.every((b) => !guess.picked.has(b.id));
      return { right, verdict: right ? 'Right' : 'Not quite', ...names, explain };
    }
  }
}
