/**
 * Level of detail: how much of each card the drawing shows at a zoom scale. Below a scale where
 * card text is too small to read (13px type at half size is 6.5px), cards are drawn as plain
 * boxes (no text, no slot cells, no shadows; arrows without heads or hit strokes), and further
 * down as dots of their type's colour, with only the arrows the walkthrough or the selection
 * lights. It is a class on the <svg> (levelOfDetail.css), set by the zoom handler only when the
 * band changes: panning and zooming never rebuild the DOM, and every element and accessible name
 * stays; only what is painted changes.
 */

/** Below this scale (screen pixels per canvas unit) cards are boxes. */
export const LOD_BOXES_BELOW = 0.5;
/** Below this scale cards are dots. */
export const LOD_DOTS_BELOW = 0.25;

export type Detail = 'full' | 'boxes' | 'dots';

export function detailAt(scale: number): Detail {
  return scale < LOD_DOTS_BELOW ? 'dots' : scale < LOD_BOXES_BELOW ? 'boxes' : 'full';
}

/** Sets the <svg>'s level-of-detail classes for `scale` (`lod-boxes`, plus `lod-dots` lower). */
export function applyDetail(drawing: Element, scale: number): void {
  const detail = detailAt(scale);
  drawing.classList.toggle('lod-boxes', detail !== 'full');
  drawing.classList.toggle('lod-dots', detail === 'dots');
}
