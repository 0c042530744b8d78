/**
 * Plays a collection step by step: Step, Play/Pause at a chosen speed, Skip to the end. The heap
 * of the run (with the collected objects gone) is drawn when the walkthrough reaches the step
 * that deletes them, so until then the cards it frees are still there to be looked at.
 *
 * The player owns the walkthrough's time (the engine has none); it reports its state after every
 * change so the controls and the caption can follow.
 */
import type { CollectorStep } from './collectorSteps';
import type { CollectorOverlay } from './collectorOverlay';
import { idleWith, type CollectorState } from './collectorState';

export { IDLE, type CollectorState } from './collectorState';

/** How long each kind of step stays on screen while playing, at speed 1. */
const DWELL_MS: Partial<Record<CollectorStep['phase'], number>> = {
  subtract: 800,
  delete: 2200,
  callback: 1800,
  finalize: 1800,
};
const DEFAULT_DWELL_MS = 1500;

export class CollectorPlayer {
  private steps: readonly CollectorStep[] = [];
  private index = 0;
  private playing = false;
  private speed = 1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private commit: (() => void) | null = null;
  private reduced = false;
  private active = false;
  private run: number | null = null;
  private onDemand = false;

  /**
   * `shown` is told of each step drawn (the canvas brings what it talks about into view). A player
   * made after the canvas has reported on its own (see heapCanvas.ts) goes on from what it said:
   * `initial`, the speed chosen and the change last reported on.
   */
  constructor(
    private readonly overlay: CollectorOverlay,
    private readonly report: (state: CollectorState) => void,
    private readonly shown: (step: CollectorStep) => void = () => {},
    initial?: { readonly speed: number; readonly run: number | null },
  ) {
    if (initial) {
      this.speed = initial.speed;
      this.run = initial.run;
    }
  }

  /**
   * Starts a walkthrough at its first step; `commit` draws the heap after the run. `run` names
   * the change walked through, for the state reported.
   */
  start(
    steps: readonly CollectorStep[],
    commit: () => void,
    options: {
      autoplay: boolean;
      reducedMotion: boolean;
      run?: number | null;
      onDemand?: boolean;
    },
  ): void {
    this.abort(false);
    this.steps = steps;
    this.commit = commit;
    this.index = 0;
    this.active = true;
    this.run = options.run ?? null;
    this.onDemand = options.onDemand ?? false;
    this.reduced = options.reducedMotion;
    this.show(0);
    if (options.autoplay) this.play();
    else this.emit();
  }

  /** One step forward; pauses a walkthrough that was playing. */
  step(): void {
    if (!this.active || this.index >= this.steps.length - 1) return;
    this.stopTimer();
    this.playing = false;
    this.show(this.index + 1);
    this.emit();
  }

  play(): void {
    if (!this.active || this.index >= this.steps.length - 1) return;
    this.playing = true;
    this.schedule();
    this.emit();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.stopTimer();
    this.emit();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    if (this.playing) this.schedule();
    this.emit();
  }

  /** Straight to the last step: the heap after the run, and what gc.collect() returned. */
  skipToEnd(): void {
    if (!this.active) return;
    this.stopTimer();
    this.playing = false;
    if (this.index < this.steps.length - 1) this.show(this.steps.length - 1);
    this.emit();
  }

  /**
   * Ends the walkthrough without drawing anything more (a new change to the heap is about to
   * be drawn); with `report`, tells the controls it is over.
   */
  abort(report = true): void {
    this.stopTimer();
    const was = this.active;
    this.active = false;
    this.playing = false;
    this.commit = null;
    this.steps = [];
    this.overlay.clear();
    if (was && report) this.report(idleWith(this.speed, this.run));
  }

  /**
   * A walkthrough of change `run` was asked for, but it had nothing to walk through: says so,
   * so that what waited for it shows everything.
   */
  decline(run: number | null): void {
    this.abort(false);
    this.run = run;
    this.report(idleWith(this.speed, run));
  }

  get isActive(): boolean {
    return this.active;
  }

  /** Is the heap of the run drawn already? */
  get committed(): boolean {
    return this.commit === null;
  }

  private show(index: number): void {
    // Skipping over the deletion still draws the heap after it.
    for (let i = this.index + 1; i <= index; i++) {
      if (this.steps[i]!.commit) this.runCommit();
    }
    if (index === 0 && this.steps[0]!.commit) this.runCommit();
    this.index = index;
    const step = this.steps[index]!;
    if (step.phase === 'done') {
      this.overlay.clear();
      this.runCommit();
      this.playing = false;
      this.stopTimer();
      return;
    }
    this.overlay.apply(step, !this.reduced);
    this.shown(step);
  }

  private runCommit(): void {
    const commit = this.commit;
    this.commit = null;
    if (!commit) return;
    commit();
    const step = this.steps[this.index];
    if (step && step.phase !== 'done') this.overlay.refresh(step);
  }

  private schedule(): void {
    this.stopTimer();
    const step = this.steps[this.index];
    if (!step) return;
    const dwell = (DWELL_MS[step.phase] ?? DEFAULT_DWELL_MS) / this.speed;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.playing || !this.active) return;
      this.show(this.index + 1);
      if (this.index >= this.steps.length - 1) this.playing = false;
      else this.schedule();
      this.emit();
    }, dwell);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private emit(): void {
    this.report({
      active: this.active,
      index: this.index,
      total: this.steps.length,
      step: this.steps[this.index] ?? null,
      playing: this.playing,
      done: this.index >= this.steps.length - 1,
      speed: this.speed,
      run: this.run,
      committed: this.commit === null,
      onDemand: this.onDemand,
    });
  }
}
