/**
 * The checkpoints of one session's history, by position (how many statements were applied when
 * it was taken), and the policy that decides when one is worth taking: once the statements run
 * since the last one cost more to replay than a capture does, so rewinding to any position costs
 * a restore plus a short replay, however long the history.
 */
import { capture, Uncapturable, type Checkpoint } from './checkpoint';

/** Replay time (ms) worth saving before a new checkpoint is taken. */
const REPLAY_WORTH_MS = 25;
/** Checkpoints kept; past it the one closest to its predecessor goes. */
const MAX_CHECKPOINTS = 24;
/**
 * JavaScript objects all checkpoints may cover together (a few hundred MB at most): a huge heap
 * keeps fewer checkpoints rather than exhausting the page's memory.
 */
const MAX_TOTAL_OBJECTS = 4_000_000;

export class CheckpointStore {
  private readonly byPosition = new Map<number, Checkpoint>();
  /** Replay time of the statements applied since the newest checkpoint at or below the position. */
  private costSince = 0;
  /** What the last capture cost, so a huge heap is not captured after every small statement. */
  private lastCaptureMs = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Forgets everything: a new session. */
  clear(): void {
    this.byPosition.clear();
    this.costSince = 0;
  }

  /** A statement that took `ms` was applied and the history now stands at `position`. */
  applied(root: object, position: number, ms: number): void {
    this.costSince += ms;
    if (this.byPosition.has(position)) {
      this.costSince = 0;
      return;
    }
    if (this.costSince < Math.max(REPLAY_WORTH_MS, 2 * this.lastCaptureMs)) return;
    this.take(root, position);
  }

  /** Captures now; returns false if the heap holds state a checkpoint cannot see. */
  take(root: object, position: number): boolean {
    const start = this.now();
    const c = capture(root);
    this.lastCaptureMs = this.now() - start;
    if (c instanceof Uncapturable) return false;
    this.byPosition.set(position, c);
    this.costSince = 0;
    this.thin();
    return true;
  }

  /** The history changed after `position`: later checkpoints describe another future. */
  dropAfter(position: number): void {
    for (const p of [...this.byPosition.keys()]) if (p > position) this.byPosition.delete(p);
  }

  /** Is there a checkpoint at exactly `position`? */
  has(position: number): boolean {
    return this.byPosition.has(position);
  }

  /** Restores the newest checkpoint at or below `target`; returns its position, or null. */
  restoreBest(target: number): number | null {
    let best = -1;
    for (const p of this.byPosition.keys()) if (p <= target && p > best) best = p;
    if (best < 0) return null;
    this.byPosition.get(best)!.restore();
    this.costSince = 0;
    return best;
  }

  /** The newest checkpoint position at or below `target` (-1 when none). */
  bestAtOrBelow(target: number): number {
    let best = -1;
    for (const p of this.byPosition.keys()) if (p <= target && p > best) best = p;
    return best;
  }

  get positions(): number[] {
    return [...this.byPosition.keys()].sort((a, b) => a - b);
  }

  private total(): number {
    let n = 0;
    for (const c of this.byPosition.values()) n += c.objects;
    return n;
  }

  private thin(): void {
    while (
      this.byPosition.size > 2 &&
      (this.byPosition.size > MAX_CHECKPOINTS || this.total() > MAX_TOTAL_OBJECTS)
    ) {
      const ps = this.positions;
      // Keep the first (the setup) and the newest; drop the one nearest its predecessor.
      let drop = ps[1]!;
      let gap = Infinity;
      for (let i = 1; i < ps.length - 1; i++) {
        const g = ps[i]! - ps[i - 1]!;
        if (g < gap) [gap, drop] = [g, ps[i]!];
      }
      this.byPosition.delete(drop);
    }
  }
}
