/**
 * The collector walkthrough as the controls see it: the state the canvas reports after each step,
 * the canvas's controls (set when it mounts), and the generation Collect will collect.
 */
import { create } from 'zustand';
import type { CollectorControls, CollectorState } from '../render/heapCanvas';
import { IDLE } from '../render/collectorState';

export interface CollectorUiState {
  readonly state: CollectorState;
  readonly controls: CollectorControls | null;
  /** The generation chosen for Collect: 0, 1 or 2. */
  readonly generation: number;
  report(state: CollectorState): void;
  setControls(controls: CollectorControls | null): void;
  setGeneration(generation: number): void;
}

export type CollectorStore = ReturnType<typeof createCollectorStore>;

/** One app's walkthrough state (each mount of the app has its own). */
export const createCollectorStore = () =>
  create<CollectorUiState>()((set) => ({
    state: IDLE,
    controls: null,
    generation: 2,
    report: (state) => set({ state }),
    setControls: (controls) => set({ controls }),
    setGeneration: (generation) => set({ generation }),
  }));
