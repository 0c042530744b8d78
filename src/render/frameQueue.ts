/**
 * Work spread over animation frames: one task a frame, in order, from the frame after the one
 * being prepared (that frame shows what the caller drew at once). `run` or `cancel` drops what is
 * left of the previous work; `flush` does it all now.
 */
export class FrameQueue {
  private tasks: (() => void)[] = [];
  private frame: number | null = null;
  private done: (() => void) | null = null;

  /** Runs `tasks` one a frame, then `done`; with no tasks, `done` at once. */
  run(tasks: readonly (() => void)[], done: () => void): void {
    this.cancel();
    if (tasks.length === 0) {
      done();
      return;
    }
    this.tasks = [...tasks];
    this.done = done;
    // A frame requested now is the one about to show the caller's drawing: wait one more.
    this.frame = requestAnimationFrame(() => {
      this.frame = requestAnimationFrame(this.step);
    });
  }

  /** Runs what is left now. */
  flush(): void {
    this.stopFrame();
    while (this.tasks.length > 0) this.tasks.shift()!();
    this.finish();
  }

  /** Drops what is left, without calling `done`. */
  cancel(): void {
    this.stopFrame();
    this.tasks = [];
    this.done = null;
  }

  private readonly step = () => {
    this.frame = null;
    this.tasks.shift()?.();
    if (this.tasks.length > 0) this.frame = requestAnimationFrame(this.step);
    else this.finish();
  };

  private finish(): void {
    const done = this.done;
    this.done = null;
    done?.();
  }

  private stopFrame(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }
}
