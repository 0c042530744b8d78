/**
 * The collections a run made, read from the engine's events (never from the statement's text): a
 * gc.collect() wherever it was called (in a function, a callback, a loop) is an explicit one, and
 * the canvas walks through it; a collection an allocation started is automatic, and is said in one
 * line under the canvas, to be walked through on demand. What a collection counted but the canvas
 * does not draw is said by count and type.
 *
 * Plain data in, plain data out: the controls load this with the first heap (the walkthrough's
 * own code loads apart, see collectorState.ts).
 */
import type { GarbageCount, HeapEvent } from '../engine/events';
import { grouped } from './format';

/** Which collections of a run a walkthrough goes through. */
export type CollectionKind = 'explicit' | 'automatic';

export interface CollectionRun {
  readonly automatic: boolean;
  readonly generation: number;
  /** What it returned: collected + uncollectable. */
  readonly counted: number;
  readonly garbage: readonly GarbageCount[];
}

/** The collections of a run, in order, each with what its gcDone said. */
export function collectionsOf(events: readonly HeapEvent[]): CollectionRun[] {
  const runs: CollectionRun[] = [];
  let automatic: boolean | null = null;
  for (const e of events) {
    if (e.kind === 'gcStart') automatic = e.automatic === true;
    else if (e.kind === 'gcDone' && automatic !== null) {
      runs.push({
        automatic,
        generation: e.generation,
        counted: e.collected + e.uncollectable,
        garbage: e.garbage ?? [],
      });
      automatic = null;
    }
  }
  return runs;
}

/** Did the run call gc.collect() (anywhere), so that its collection is walked through? */
export function hasExplicitCollection(events: readonly HeapEvent[]): boolean {
  return events.some((e) => walkable(e) && e.automatic !== true);
}

/** Did an allocation in the run start a collection? */
export function hasAutomaticCollection(events: readonly HeapEvent[]): boolean {
  return events.some((e) => walkable(e) && e.automatic === true);
}

/**
 * A collection's start whose phases were recorded: one past the statement's event limit is only an
 * outline (its start and its result), told in the summaries but not walked through.
 */
export function walkable(e: HeapEvent): e is Extract<HeapEvent, { kind: 'gcStart' }> {
  return e.kind === 'gcStart' && e.outline !== true;
}

/**
 * "An automatic collection of generation 0 ran: 3 objects collected", or for several "2 automatic
 * collections ran (generation 0): 1,398 objects collected"; null when there was none.
 */
export function automaticSummary(events: readonly HeapEvent[]): string | null {
  const runs = collectionsOf(events).filter((r) => r.automatic);
  if (runs.length === 0) return null;
  const counted = runs.reduce((n, r) => n + r.counted, 0);
  const what = `${grouped(counted)} ${counted === 1 ? 'object' : 'objects'} collected`;
  if (runs.length === 1) {
    return `An automatic collection of generation ${runs[0]!.generation} ran: ${what}`;
  }
  const gens = [...new Set(runs.map((r) => r.generation))].sort();
  const which = `generation${gens.length === 1 ? '' : 's'} ${gens.join(', ')}`;
  return `${grouped(runs.length)} automatic collections ran (${which}): ${what}`;
}

/** What a collection counted that is not drawn: how many, by type, most first. */
export interface NotDrawn {
  readonly count: number;
  readonly types: readonly GarbageCount[];
}

/**
 * What a collection that counted `counted` objects, `garbage` by type, counted besides the drawn
 * ones (`drawnTypes`, one entry per drawn object it counted).
 */
export function notDrawn(
  counted: number,
  garbage: readonly GarbageCount[],
  drawnTypes: readonly string[],
): NotDrawn {
  const left = new Map(garbage.map((g) => [g.type, g.count]));
  for (const type of drawnTypes) {
    const n = left.get(type);
    if (n !== undefined) left.set(type, n - 1);
  }
  const types = [...left]
    .filter(([, n]) => n > 0)
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count);
  const count = Math.max(0, counted - drawnTypes.length);
  return { count, types };
}

/** "2 tuple, 2 getset_descriptor, 1 dict" (the first `most` types, then how many more). */
export function typeList(types: readonly GarbageCount[], most = Infinity): string {
  const said = types.slice(0, most).map((t) => `${grouped(t.count)} ${t.type}`);
  const more = types.length - said.length;
  if (more > 0) said.push(`${more} other ${more === 1 ? 'type' : 'types'}`);
  return said.join(', ');
}
