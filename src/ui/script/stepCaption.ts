/**
 * What the script pane says about the step shown: "Step 5 of 212 — line 3 in f()", or, after the
 * last step, that the heap drawn is the one the script left. The slider's aria-valuetext says the
 * same, so a screen reader hears where each arrow key went.
 */
import { stepAt, type StepColumns } from '../../python/stepColumns';

/** "f()" for a function's frame, "<module>" for the module's own code. */
function frameWhere(frame: string): string {
  return frame === '<module>' ? frame : `${frame}()`;
}

/** The caption for `step` (0-based) of `steps`; null is the heap after the script. */
export function stepCaption(steps: StepColumns, step: number | null): string {
  const total = steps.length;
  if (step === null) {
    return `After the script: the heap it left (${total} ${total === 1 ? 'step' : 'steps'} run)`;
  }
  const mark = stepAt(steps, step);
  if (!mark) return `Step ${step + 1} of ${total}`;
  return `Step ${step + 1} of ${total} — line ${mark.line} in ${frameWhere(mark.frame)}`;
}

/** The step after `step` (null, the heap after the script, follows the last), or undefined. */
export function nextStep(total: number, step: number | null): number | null | undefined {
  if (step === null) return undefined;
  return step + 1 < total ? step + 1 : null;
}

/** The step before `step` (the last one comes before the heap after the script), or undefined. */
export function previousStep(total: number, step: number | null): number | undefined {
  if (step === null) return total > 0 ? total - 1 : undefined;
  return step > 0 ? step - 1 : undefined;
}
