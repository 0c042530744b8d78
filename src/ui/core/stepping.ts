/**
 * Stepping through a session, as a slide deck or a lesson does: forward runs the next statement
 * of the history (a redo, animated as the first time), or the next phase of a collection being
 * walked through; back undoes the last statement. Keys, the embed's step bar, autoplay and the
 * deck API all step through here.
 */
import type { AppCore } from './appCore';

export interface StepPosition {
  /** Statements applied, and how many the session has. */
  readonly position: number;
  readonly total: number;
  /** The phase of a collection being walked through, 1-based, or null. */
  readonly phase: { readonly index: number; readonly total: number } | null;
}

export function stepPosition(core: AppCore): StepPosition {
  const { position, transcript } = core.session.getState();
  const walk = core.collector.getState().state;
  const walking = walk.active && !walk.done;
  return {
    position,
    total: transcript.length,
    phase: walking ? { index: walk.index + 1, total: walk.total } : null,
  };
}

/** One step forward; false when there is nothing left (the end of the session). */
export async function stepForward(core: AppCore): Promise<boolean> {
  const { state, controls } = core.collector.getState();
  if (state.active && !state.done && controls) {
    controls.step();
    return true;
  }
  const session = core.session.getState();
  if (session.position >= session.transcript.length) return false;
  await session.redo();
  return true;
}

/** One statement back; false at the start. */
export async function stepBack(core: AppCore): Promise<boolean> {
  const session = core.session.getState();
  if (session.position === 0) return false;
  const { state, controls } = core.collector.getState();
  if (state.active && !state.done) controls?.skipToEnd();
  await session.undo();
  return true;
}
