/**
 * A step's `look` paths (`a`, `a.next`, `objs[1]`, `cache['x']`): their syntax, and the object
 * each one reaches on a heap snapshot, following the references the snapshot shows (the slots
 * `.attr`, `[i]` and `['key']` of the canvas's arrows).
 */
import type { HeapSnapshot } from '../engine/snapshot';

const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
const STEP = String.raw`\.${NAME}|\[(?:0|[1-9][0-9]*)\]|\['[^'\\\n]*'\]`;
const PATH = new RegExp(String.raw`^${NAME}(?:${STEP})*$`);
const STEPS = new RegExp(STEP, 'g');

/** Whether `path` is a name followed by `.attr`, `[int]` and `['key']` steps. */
export function isLookPath(path: string): boolean {
  return PATH.test(path);
}

/**
 * The object `path` reaches from the snapshot's Globals, or null (no such name or slot). A step
 * matches the arrow whose slot it is (`.next`, `[1]`, `['k']`); the snapshot labels some arrows
 * by bare name, which `.name` matches too (an exception's `__traceback__`, a traceback's
 * `tb_frame`, ...), as `['name']` does a namespace dict's.
 */
export function resolveLook(snapshot: HeapSnapshot, path: string): number | null {
  if (!isLookPath(path)) return null;
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(path)![0];
  const globals = snapshot.frames.find((f) => f.kind === 'globals');
  let id = globals?.names.find((n) => n.name === name)?.target ?? null;
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  for (const [step] of path.slice(name.length).matchAll(STEPS)) {
    const holder = id === null ? undefined : byId.get(id);
    if (!holder) return null;
    const bare = step.startsWith('.')
      ? holder.kind !== 'dict' && step.slice(1)
      : holder.kind === 'dict' && /^\['([A-Za-z_][A-Za-z0-9_]*)'\]$/.exec(step)?.[1];
    const ref = holder.refs.find((r) => !r.weak && (r.slot === step || r.slot === bare));
    id = ref?.target ?? null;
  }
  return id;
}
