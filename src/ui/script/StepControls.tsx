/**
 * Moving through the steps of the last script run: Step back, Step forward, a slider over all the
 * steps (its arrow keys move one step, natively), End (the heap the script left, the live heap),
 * and a line saying where the step is: "Step 5 of 212 — line 3 in f()". The canvas draws the heap
 * at the step shown; nothing here changes the heap.
 */
import type { KeyboardEvent } from 'react';
import type { ScriptSteps } from '../../store/sessionStore';
import { useSession } from '../core/context';
import { nextStep, previousStep, stepCaption } from './stepCaption';

/**
 * Keys the slider takes for itself: a range moves on them natively (PageUp/PageDown by a tenth,
 * Home/End to its ends), and the app would otherwise step the session's history on them too.
 */
const SLIDER_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End']);

export function StepControls({ script }: { readonly script: ScriptSteps }) {
  const showStep = useSession((s) => s.showStep);
  const total = script.steps.length;
  const { step } = script;
  const back = previousStep(total, step);
  const forward = nextStep(total, step);
  const caption = stepCaption(script.steps, step);

  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (SLIDER_KEYS.has(event.key)) event.stopPropagation();
    // The app's step keys (. and ,) step the script while its slider has the focus.
    if (event.key !== '.' && event.key !== ',') return;
    event.preventDefault();
    event.stopPropagation();
    const to = event.key === '.' ? forward : back;
    if (to !== undefined) void showStep(to);
  };

  return (
    <div className="script-steps" role="group" aria-label="Steps of the script">
      <div className="script-step-buttons">
        <button
          type="button"
          disabled={back === undefined}
          onClick={() => back !== undefined && void showStep(back)}
        >
          <span aria-hidden="true">◀ </span>Step back
        </button>
        <button
          type="button"
          disabled={forward === undefined}
          onClick={() => forward !== undefined && void showStep(forward)}
        >
          Step forward<span aria-hidden="true"> ▶</span>
        </button>
        <button
          type="button"
          disabled={step === null}
          onClick={() => void showStep(null)}
          title="Back to the heap the script left: the live heap, where the console goes on"
        >
          End
        </button>
      </div>
      <label className="script-slider">
        <span className="script-slider-label">Step</span>
        <input
          type="range"
          min={0}
          max={Math.max(0, total - 1)}
          step={1}
          value={step ?? Math.max(0, total - 1)}
          disabled={total === 0}
          aria-valuetext={caption}
          onChange={(e) => void showStep(Number(e.currentTarget.value))}
          onKeyDown={onSliderKey}
        />
      </label>
      <p className="script-caption" aria-live="polite">
        {caption}
      </p>
    </div>
  );
}
