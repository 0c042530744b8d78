import { describe, expect, it } from 'vitest';
import { createInteractionStore } from '../interactionStore';
import { freshGuess, toggled } from './survivorGuess';

const picked = (guess: { picked: ReadonlySet<number> } | null) => [...(guess?.picked ?? [])];

describe('a survivors guess', () => {
  it('starts with every object offered and none ticked', () => {
    const guess = freshGuess([3, 5, 3]);
    expect([...guess.offered]).toEqual([3, 5]);
    expect(picked(guess)).toEqual([]);
  });

  it('ticks an offered object, and unticks it the second time', () => {
    const once = toggled(freshGuess([3, 5]), 5);
    expect(picked(once)).toEqual([5]);
    expect(picked(toggled(once, 3)).sort()).toEqual([3, 5]);
    expect(picked(toggled(once, 5))).toEqual([]);
    // The guess toggled is left as it was (the store and React compare by identity).
    expect(picked(once)).toEqual([5]);
  });

  it('ignores an object the question does not offer', () => {
    const guess = freshGuess([3]);
    expect(toggled(guess, 4)).toBe(guess);
  });
});

describe("the interaction store's survivors question", () => {
  it('toggles only while a question is asked, and only the objects it offers', () => {
    const store = createInteractionStore();
    const { toggleSurvivor, setSurvivorGuess } = store.getState();
    expect(toggleSurvivor(3)).toBe(false);
    expect(store.getState().survivorGuess).toBeNull();

    setSurvivorGuess(freshGuess([3, 5]));
    expect(toggleSurvivor(4)).toBe(false);
    expect(picked(store.getState().survivorGuess)).toEqual([]);
    expect(toggleSurvivor(3)).toBe(true);
    expect(picked(store.getState().survivorGuess)).toEqual([3]);
    expect(toggleSurvivor(3)).toBe(true);
    expect(picked(store.getState().survivorGuess)).toEqual([]);

    // Once the question is over, activating a card selects it again.
    setSurvivorGuess(null);
    expect(toggleSurvivor(5)).toBe(false);
    expect(store.getState().survivorGuess).toBeNull();
  });
});
