/** The d3 selection shapes the drawing modules pass around, and the canvas's callbacks. */
import type { BaseType, Selection } from 'd3-selection';
import type { Selection as Picked } from '../store/selection';

/** A layer group of the canvas, selected on its own. */
export type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Bound groups inside a layer. */
export type Bound<Datum> = Selection<SVGGElement, Datum, SVGGElement, unknown>;

/** One bound group, selected on its own (`select(this)` inside `each`). */
export type One<Datum> = Selection<SVGGElement, Datum, BaseType, unknown>;

export interface CanvasCallbacks {
  /** A card, a name row or an arrow was clicked, or activated with Enter or Space. */
  onActivate(item: Picked): void;
  /** Keyboard focus moved to a card, a name row or a reference (selection follows focus). */
  onFocusItem(item: Picked): void;
  /** A name row was dragged onto an object: rebind the name to it. */
  onDropName(name: Extract<Picked, { kind: 'name' }>, target: number): void;
  /** An object's "add reference" handle was dragged onto an object (maybe itself). */
  onDropReference(source: number, target: number): void;
  /**
   * The context menu was asked for on an item (right click, the Menu key or Shift+F10), at a
   * point in the page.
   */
  onContextMenu?(item: Picked, at: { x: number; y: number }): void;
}

/** Makes a focusable group behave as a button: Enter and Space activate it like a click. */
export function activateOnKeys(event: KeyboardEvent, activate: () => void): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  activate();
}

/**
 * Opens the context menu of an item: on a right click at the pointer, and with the Menu key or
 * Shift+F10 (keyboard users) below the focused element.
 */
export function contextMenuOn(
  event: MouseEvent | KeyboardEvent,
  item: Picked,
  callbacks: CanvasCallbacks,
): void {
  if (!callbacks.onContextMenu) return;
  if (event instanceof KeyboardEvent) {
    if (event.key !== 'ContextMenu' && !(event.key === 'F10' && event.shiftKey)) return;
    const box = (event.currentTarget as Element).getBoundingClientRect();
    event.preventDefault();
    event.stopPropagation();
    callbacks.onContextMenu(item, { x: box.left + 12, y: box.bottom + 4 });
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  callbacks.onContextMenu(item, { x: event.clientX, y: event.clientY });
}

/** A string that identifies a selectable item ("name:7f…:a", "ref:7f…:[1]"), for comparisons. */
export function itemKey(item: Picked): string {
  switch (item.kind) {
    case 'object':
      return `object:${item.id}`;
    case 'name':
      return `name:${item.frameId}:${item.name}`;
    case 'ref':
      return `ref:${item.holderId}:${item.slot}`;
  }
}
