/**
 * One statement on a session, with the budget and the stop point the host gives it: the seam
 * between the host and the interpreter's budgets (`python/budget.ts`).
 */
import type { Limits, StopPoint } from '../python/budget';
import type { RunOutcome, Session } from '../python/session';

export type RunLimits = Limits;

export function runOnSession(
  session: Session,
  source: string,
  options: { stopAt: StopPoint | null; limits: RunLimits },
): RunOutcome {
  session.setLimits(options.limits);
  return session.run(source, 'single', options.stopAt ? { stopAt: options.stopAt } : {});
}
