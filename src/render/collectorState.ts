/**
 * What the canvas reports of the collector walkthrough, and whether a run has a collection to walk
 * through. The controls, the views that wait for the walkthrough and the canvas need only this:
 * the walkthrough's own code (collectorSteps.ts, collectorOverlay.ts, collectorPlayer.ts) loads
 * apart (walkthrough.ts), after the first heap is drawn.
 */
import type { HeapEvent } from '../engine/events';
import type { CollectorStep } from './collectorSteps';
import { walkable } from './collections';

export interface CollectorState {
  /** A walkthrough is on screen (its caption stays after the last step, until the next run). */
  readonly active: boolean;
  /** The step shown, 0-based. */
  readonly index: number;
  readonly total: number;
  readonly step: CollectorStep | null;
  readonly playing: boolean;
  /** The last step is shown: nothing left to step through. */
  readonly done: boolean;
  /** Steps per second, relative: 1 is the normal pace. */
  readonly speed: number;
  /**
   * The change walked through (the `seq` its caller gave, the session's RunRecord), or, with
   * `active` false, the change for which a walkthrough was asked but there was nothing to walk
   * through; null when no caller said. The views that must not run ahead of the canvas go by it.
   */
  readonly run: number | null;
  /** The heap after the run is drawn (from the deletion on, or at the end). */
  readonly committed: boolean;
  /**
   * Opened on demand (an automatic collection, after its statement was shown in full): nothing
   * waits for it.
   */
  readonly onDemand: boolean;
}

export const IDLE: CollectorState = {
  active: false,
  index: 0,
  total: 0,
  step: null,
  playing: false,
  done: true,
  speed: 1,
  run: null,
  committed: true,
  onDemand: false,
};

/** No walkthrough on screen, at `speed`, having last reported on change `run`. */
export const idleWith = (speed: number, run: number | null): CollectorState => ({
  ...IDLE,
  speed,
  run,
});

/** Does this run contain a collection (explicit or automatic: see collections.ts)? */
export function hasCollection(events: readonly HeapEvent[]): boolean {
  return events.some(walkable);
}
