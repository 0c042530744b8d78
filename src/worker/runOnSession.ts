/**
 * One statement on a session, with the budget and the stop point the host gives it: the seam
 * between the host and the interpreter's budgets (`python/budget.ts`).
 */
import type { Limits, StopPoint } from '../python/budget';
import type { RunOutcome, Session } from '../python/session';

export type RunLimits = Limits;

/** A script's file name, as its tracebacks and its steps (stepTrace.ts) know it. */
export const SCRIPT_FILE = '<script>';

/** A console statement runs as the REPL runs it ('single'); a script as a program ('exec'). */
export function runOnSession(
  session: Session,
  source: string,
  options: { stopAt: StopPoint | null; limits: RunLimits; script?: boolean },
): RunOutcome {
  session.setLimits(options.limits);
  const stop = options.stopAt ? { stopAt: options.stopAt } : {};
  if (options.script) return session.run(source, 'exec', { ...stop, file: SCRIPT_FILE });
  return session.run(source, 'single', stop);
}
