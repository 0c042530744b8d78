/**
 * The snapshot the canvas starts from, before anything is drawn. The engine has the same value
 * (engine/emptySnapshot.ts, which the store starts from), but render takes only types from the
 * layers below it (see the layering rules in eslint.config.js), so it keeps its own.
 */
import type { HeapSnapshot } from '../engine/snapshot';

export const NOTHING_DRAWN: HeapSnapshot = {
  frames: [],
  objects: [],
  omitted: 0,
  collector: {
    enabled: true,
    counts: [0, 0, 0],
    thresholds: [700, 10, 10],
    garbage: [],
    garbageTotal: 0,
  },
};
