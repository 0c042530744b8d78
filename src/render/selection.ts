/** The d3 selection shapes the drawing modules pass around. */
import type { BaseType, Selection } from 'd3-selection';

/** A layer group of the canvas, selected on its own. */
export type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Bound groups inside a layer. */
export type Bound<Datum> = Selection<SVGGElement, Datum, SVGGElement, unknown>;

/** One bound group, selected on its own (`select(this)` inside `each`). */
export type One<Datum> = Selection<SVGGElement, Datum, BaseType, unknown>;

export interface CanvasCallbacks {
  /** A card, a pill or a name row was activated (click, Enter, Space); null clears. */
  onSelect(id: number | null): void;
}

/** Makes a focusable group behave as a button: Enter and Space activate it like a click. */
export function activateOnKeys(event: KeyboardEvent, activate: () => void): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  activate();
}
