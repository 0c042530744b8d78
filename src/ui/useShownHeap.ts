/**
 * The heap the canvas draws: the live snapshot, or while a step of a script is shown, the heap
 * just before that step ran, with the frames of the calls in progress (the store's `script.view`;
 * while the next step is fetched it is still the step before, so moving through the steps never
 * flashes the live heap in between). Until the first step's heap has come, the live one is drawn.
 */
import type { HeapSnapshot } from '../engine/snapshot';
import { useSession } from './core/context';

export interface ShownHeap {
  readonly snapshot: HeapSnapshot;
  /** A step of a script is drawn, not the live heap: gestures on it would act on another heap. */
  readonly past: boolean;
}

export function useShownHeap(): ShownHeap {
  const live = useSession((s) => s.snapshot);
  const past = useSession((s) => s.script !== null && s.script.step !== null);
  const view = useSession((s) => s.script?.view ?? null);
  return { snapshot: past ? (view ?? live) : live, past };
}
