/**
 * Draws a scene in parts when it brings many new cards (the policy is fillPlan.ts): the cards
 * already drawn and the new ones in view with the update, the others a chunk a frame, each part
 * a consistent picture (no arrow to a card not drawn yet). It remembers which cards are drawn,
 * so an update that comes before a fill is over starts from what is on the page.
 */
import { FrameQueue } from './frameQueue';
import type { Box } from './geometry';
import { partialScene, planFill } from './fillPlan';
import type { Scene } from './scene';

export class ProgressiveFill<Drawn> {
  /** Ids of the cards (and pills) on the page, not counting those fading out. */
  private drawn = new Set<number>();
  private readonly queue = new FrameQueue();

  constructor(
    /** Draws a part of a scene; `first` is the update's own part (it may animate). */
    private readonly drawPart: (part: Scene, first: boolean) => Drawn,
    /** Told when cards are still to come (true) and when the drawing is complete (false). */
    private readonly onBusy: (busy: boolean) => void,
  ) {}

  /** Draws `scene`, the new cards in `view` first; returns what the first part drew. */
  draw(scene: Scene, view: Box): Drawn {
    this.queue.cancel();
    const entering = scene.nodes.filter((n) => !this.drawn.has(n.id));
    const [now = [], ...later] = planFill(entering, view);
    const shown = new Set(scene.nodes.filter((n) => this.drawn.has(n.id)).map((n) => n.id));
    for (const id of now) shown.add(id);
    this.drawn = shown;
    const drawn = this.drawPart(partialScene(scene, shown), true);
    if (later.length > 0) this.onBusy(true);
    const chunks = later.map((chunk) => () => {
      for (const id of chunk) shown.add(id);
      this.drawPart(partialScene(scene, shown), false);
    });
    this.queue.run(chunks, () => this.onBusy(false));
    return drawn;
  }

  /** Draws what is left at once (the collector's walkthrough needs every card on the page). */
  flush(): void {
    this.queue.flush();
  }

  /** Stops drawing what is left (the canvas goes away). */
  cancel(): void {
    this.queue.cancel();
    this.onBusy(false);
  }
}
