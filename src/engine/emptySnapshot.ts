/**
 * The snapshot of a heap with nothing drawn: what the store starts from before the interpreter's
 * first answer. Its own module, with types only from snapshot.ts, so the page can use it without
 * loading the engine (which runs in the worker). The canvas has its own (render/nothingDrawn.ts):
 * render takes only types from the engine.
 */
import type { HeapSnapshot } from './snapshot';

export const EMPTY_SNAPSHOT: HeapSnapshot = {
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
