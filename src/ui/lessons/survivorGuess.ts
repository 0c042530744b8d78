/**
 * The learner's answer to a "which objects survive?" question while it is asked: the objects
 * offered (those the names bound before the step refer to) and the ones ticked as surviving. The
 * Lessons pane's checkboxes and the heap canvas's cards both change it, through the interaction
 * store, so the two always show the same guess.
 */
export interface SurvivorGuess {
  readonly offered: ReadonlySet<number>;
  readonly picked: ReadonlySet<number>;
}

/** A question just asked: every object offered, none ticked yet. */
export function freshGuess(offered: Iterable<number>): SurvivorGuess {
  return { offered: new Set(offered), picked: new Set() };
}

/**
 * `guess` with `id` ticked if it was not, unticked if it was; `guess` itself when `id` is not
 * offered (an object made since, or one no name bound: the question is not about it).
 */
export function toggled(guess: SurvivorGuess, id: number): SurvivorGuess {
  if (!guess.offered.has(id)) return guess;
  const picked = new Set(guess.picked);
  if (!picked.delete(id)) picked.add(id);
  return { offered: guess.offered, picked };
}
