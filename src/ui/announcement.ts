/**
 * One sentence about what the last run did, for the live region (and the status line):
 * "list refcount 2 (+1: b)", "list freed (−1: a)", then what it printed or the error.
 * Temporaries that came and went within the run (a call argument pushed and popped again) are
 * left out: they change nothing a person can see afterwards.
 */
import type { HeapEvent } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import { grouped } from '../render/format';
import {
  objectStories,
  sameChangeKey,
  summedLabel,
  type ObjectStory,
  type RefChange,
} from '../render/refChanges';
import type { RunRecord } from '../store/sessionStore';
import type { TranscriptEntry } from '../store/transcript';

const MAX_OBJECTS = 3;
/** Changes said per object. */
const MAX_LABELS = 6;

/** The sentence for any change: a run as `announceRun` says it, undo and redo named as such. */
export function announceChange(
  change: RunRecord,
  after: HeapSnapshot,
  entry: TranscriptEntry | undefined,
  position: number,
  length: number,
): string {
  const source = entry ? ` ${oneLine(entry.source)}` : '';
  switch (change.kind) {
    case 'run':
      return announceRun(change.events, change.before, after, entry);
    case 'redo': {
      const said = announceRun(change.events, change.before, after, entry);
      return `Redid${source}. ${said}`;
    }
    case 'undo':
      return `Undid${source}. The heap is as it was after statement ${position} of ${length}.`;
    case 'jump':
      return `The heap is as it was after statement ${position} of ${length}.`;
    case 'restore':
      return `Session restored: ${position} ${position === 1 ? 'statement' : 'statements'} replayed.`;
  }
}

function oneLine(source: string): string {
  const first = source.split('\n')[0]!;
  const line = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return source.includes('\n') ? `${line} …` : line;
}

export function announceRun(
  events: readonly HeapEvent[],
  before: HeapSnapshot,
  after: HeapSnapshot,
  entry: TranscriptEntry | undefined,
): string {
  const parts: string[] = [];
  // An error comes first: it is what the person needs to hear about that run.
  if (entry && !entry.ok && entry.error) parts.push(entry.error);
  const collected = collectionSentence(events);
  if (collected) parts.push(collected);
  const evicted = evictionSentence(events, before);
  if (evicted) parts.push(evicted);
  const weak = newWeakSentence(before, after);
  if (weak) parts.push(weak);
  const heap = heapSentence(events, before, after);
  if (heap) parts.push(heap);
  const uncounted = omittedSentence(events);
  if (uncounted) parts.push(uncounted);
  if (entry?.ok) {
    const printed = entry.output
      .map((c) => c.text)
      .join('')
      .trim();
    if (printed)
      parts.push(`Output: ${printed.length > 80 ? `${printed.slice(0, 79)}…` : printed}`);
  }
  return parts.length > 0 ? parts.join('. ') : 'No change to the heap.';
}

function heapSentence(
  events: readonly HeapEvent[],
  before: HeapSnapshot,
  after: HeapSnapshot,
): string {
  const interned = new Set<number>();
  const seen = new Set<number>();
  for (const snap of [before, after]) {
    for (const o of snap.objects) {
      seen.add(o.id);
      if (o.interned) interned.add(o.id);
    }
  }
  const refcounts = new Map(after.objects.map((o) => [o.id, o.refcount]));

  // Objects that neither picture shows and the run did not make are the interpreter's own (a
  // WeakValueDictionary's KeyedRefs): what they did is said another way, or not at all.
  const sentences = objectStories(events, before, after)
    .filter((s) => !interned.has(s.id) && (seen.has(s.id) || s.allocated))
    .map((s) => storySentence(s, refcounts.get(s.id)))
    .filter((s): s is string => s !== null);
  if (sentences.length <= MAX_OBJECTS) return sentences.join('; ');
  const more = sentences.length - MAX_OBJECTS;
  return `${sentences.slice(0, MAX_OBJECTS).join('; ')}; and ${more} more ${more === 1 ? 'object' : 'objects'}`;
}

/**
 * "The collector (generation 2) collected 2 objects", for each collection the run made (the first
 * few of a loop's many, and how many more).
 */
function collectionSentence(events: readonly HeapEvent[]): string {
  const done = events.filter(
    (e): e is Extract<HeapEvent, { kind: 'gcDone' }> => e.kind === 'gcDone',
  );
  const said = done.slice(0, MAX_OBJECTS).map((e) => {
    const what = `${e.collected} ${e.collected === 1 ? 'object' : 'objects'}`;
    const kept = e.uncollectable > 0 ? `, ${e.uncollectable} uncollectable` : '';
    return `The collector (generation ${e.generation}) collected ${what}${kept}`;
  });
  const more = done.length - said.length;
  if (more > 0) said.push(`and ${grouped(more)} more ${more === 1 ? 'collection' : 'collections'}`);
  return said.join('; ');
}

/**
 * What the run did that its events count instead of listing (a bulk operation's items, a long
 * loop's temporaries): "Not drawn: 99,744 objects made, 199,488 reference changes".
 */
function omittedSentence(events: readonly HeapEvent[]): string {
  let made = 0;
  let freed = 0;
  let refs = 0;
  let other = 0;
  for (const e of events) {
    if (e.kind !== 'omitted') continue;
    made += e.allocs;
    freed += e.deallocs;
    refs += e.increfs + e.decrefs + e.moves;
    other += e.other;
  }
  const parts: string[] = [];
  if (made > 0) parts.push(`${grouped(made)} ${made === 1 ? 'object' : 'objects'} made`);
  if (freed > 0) parts.push(`${grouped(freed)} freed`);
  if (refs > 0) parts.push(`${grouped(refs)} reference ${refs === 1 ? 'change' : 'changes'}`);
  if (other > 0) parts.push(`${grouped(other)} other ${other === 1 ? 'event' : 'events'}`);
  return parts.length > 0 ? `Not drawn: ${parts.join(', ')}` : '';
}

/** "cache['k'] evicted": weak rows and weakrefs drawn into objects that died. */
function evictionSentence(events: readonly HeapEvent[], before: HeapSnapshot): string {
  const died = new Set<number>();
  for (const e of events) if (e.kind === 'weakrefCleared') died.add(e.referent);
  if (died.size === 0) return '';
  const names = new Map<number, string>();
  for (const f of before.frames)
    for (const n of f.names) if (!names.has(n.target)) names.set(n.target, n.name);
  const said: string[] = [];
  for (const o of before.objects) {
    for (const r of o.refs) {
      if (!r.weak || !died.has(r.target)) continue;
      const holder = names.get(o.id) ?? o.type;
      said.push(
        o.kind === 'weakcontainer'
          ? `${holder}${r.slot} evicted`
          : `weak reference ${holder} cleared`,
      );
    }
  }
  return said.join('; ');
}

/** "weak reference cache['k2'] to Node added": weak rows and weakrefs the run made point at something. */
function newWeakSentence(before: HeapSnapshot, after: HeapSnapshot): string {
  const had = new Set<string>();
  for (const o of before.objects) for (const r of o.refs) if (r.weak) had.add(`${o.id}:${r.slot}`);
  const names = new Map<number, string>();
  for (const f of after.frames)
    for (const n of f.names) if (!names.has(n.target)) names.set(n.target, n.name);
  const types = new Map(after.objects.map((o) => [o.id, o.type]));
  const said: string[] = [];
  for (const o of after.objects) {
    for (const r of o.refs) {
      if (!r.weak || had.has(`${o.id}:${r.slot}`)) continue;
      const holder = names.get(o.id) ?? o.type;
      const where = o.kind === 'weakcontainer' ? `${holder}${r.slot}` : holder;
      const target = names.get(r.target) ?? types.get(r.target) ?? 'an object';
      said.push(`weak reference ${where} to ${target} (its refcount is unchanged)`);
    }
  }
  return said.join('; ');
}

function storySentence(story: ObjectStory, refcount: number | undefined): string | null {
  const lasting = lastingReasons(story);
  const why = lasting.length > 0 ? ` (${lasting.join(', ')})` : '';
  if (story.freed) return `${story.type} freed${why}`;
  if (refcount === undefined) return null;
  if (story.allocated) return `new ${story.type}, refcount ${refcount}${why}`;
  if (lasting.length === 0) return null;
  return `${story.type} refcount ${refcount}${why}`;
}

/**
 * The change labels that say something: not value-stack references that were taken and dropped
 * again, and not changes the engine gave no reason for. A new object starts with one reference
 * on the stack (its creator's), which the engine does not log; a move ("held by a") takes a
 * reference off the stack.
 */
function lastingReasons(story: ObjectStory): string[] {
  const stackNet = story.changes.reduce(
    (sum, c) => sum + (c.reason === 'stack' ? c.delta : c.delta === 0 ? -c.count : 0),
    story.allocated ? 1 : 0,
  );
  const kept = story.changes.filter(
    (c) => c.reason !== '' && (c.reason !== 'stack' || stackNet !== 0),
  );
  // A reference taken and given back by the same holder (a call's `self`) came and went too.
  const net = new Map<string, number>();
  for (const c of kept) net.set(c.reason, (net.get(c.reason) ?? 0) + c.delta);
  const lasting = kept.filter(
    (c) => c.delta === 0 || c.reason === 'stack' || net.get(c.reason) !== 0,
  );
  // Changes of one reason and sign add up, as on the canvas: "+200: Node.__class__".
  const sums = new Map<string, RefChange[]>();
  for (const c of lasting) sums.set(sameChangeKey(c), [...(sums.get(sameChangeKey(c)) ?? []), c]);
  const labels = [...sums.values()].map(summedLabel);
  // A loop's many changes of one object: the first few, and how many more.
  if (labels.length <= MAX_LABELS) return labels;
  const more = labels.length - MAX_LABELS;
  return [...labels.slice(0, MAX_LABELS), `${more} more ${more === 1 ? 'change' : 'changes'}`];
}
