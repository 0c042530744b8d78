/**
 * Snapshots made by hand for the canvas's tests: an object's view with the snapshot's defaults,
 * and `objs = [Node('0'), …]` as the snapshot has it (the list's first 16 items listed, the
 * Nodes past them carrying `holder`, each Node's name a str it alone holds).
 */
import { NOTHING_DRAWN } from './nothingDrawn';
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';

export const GLOBALS = 1;
export const LIST = 2;
export const OTHER = 3;
/** The i-th Node's id; its name's str is the id after it. */
export const nodeId = (i: number) => 1000 + 2 * i;

/** An object's view: an instance with one reference to it and nothing else, unless `o` says. */
export const objectView = (o: Partial<ObjectView> & { id: number; type: string }): ObjectView => ({
  repr: '',
  refcount: 1,
  interned: false,
  refs: [],
  length: null,
  kind: 'instance',
  generation: 0,
  finalized: false,
  weakrefCount: 0,
  unreachable: false,
  ...o,
  refTotal: o.refTotal ?? o.refs?.length ?? 0,
});

/** `objs` holding `n` Nodes; with `other`, also `other = [objs[20]]`. */
export function nodesHeap(n: number, { other = false } = {}): HeapSnapshot {
  const objects: ObjectView[] = [
    objectView({
      id: LIST,
      type: 'list',
      kind: 'list',
      length: n,
      refTotal: n,
      refs: Array.from({ length: Math.min(n, 16) }, (_, i) => ({
        slot: `[${i}]`,
        target: nodeId(i),
      })),
    }),
  ];
  if (other) {
    objects.push(
      objectView({
        id: OTHER,
        type: 'list',
        kind: 'list',
        refs: [{ slot: '[0]', target: nodeId(20) }],
      }),
    );
  }
  for (let i = 0; i < n; i++) {
    objects.push(
      objectView({
        id: nodeId(i),
        type: 'Node',
        refs: [{ slot: '.name', target: nodeId(i) + 1 }],
        // Past the list's listed items, the snapshot says who holds them.
        ...(i >= 16 ? { holder: LIST } : {}),
      }),
    );
    objects.push(objectView({ id: nodeId(i) + 1, type: 'str', kind: 'value', repr: `'${i}'` }));
  }
  const names = [{ name: 'objs', target: LIST }];
  if (other) names.push({ name: 'other', target: OTHER });
  return {
    ...NOTHING_DRAWN,
    frames: [{ id: GLOBALS, kind: 'globals', title: 'Globals', names, stack: [] }],
    objects,
  };
}
