/**
 * Performance measures of the app's own work, for the browser's performance timeline and the
 * big-heap benchmark (scripts/bench-big-heaps.mjs): `hs:engine` (the interpreter runs a
 * statement), `hs:snapshot` (the snapshot and the condensed events: the part that will run beside
 * the interpreter), `hs:store` (committing them), `hs:render` (the canvas drawing them) and
 * `hs:view` (from the commit to the frame after it: the main thread's whole share). Harmless
 * where there is no `performance.measure` or no frames (Node, tests).
 */

/** Records `name` as lasting from `start` (a `performance.now()`) until now. */
export function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // No user timing here: nothing to record.
  }
}

/** Records `name` as lasting from `start` until the browser is done with the next frame. */
export function measureToNextFrame(name: string, start: number): void {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => setTimeout(() => measure(name, start), 0));
}
