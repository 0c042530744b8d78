/**
 * Group cards (groups.ts, groupScene.ts, drawGroups.ts) as one chunk loaded apart from the first
 * load, whose budget they do not fit: a heap is drawn unfolded until it has come (heapCanvas.ts
 * draws again then). No first heap needs it: folding starts at more than 20 objects of one type
 * in one container.
 *
 * The level-of-detail styles come with it: a heap is only zoomed out that far once it is big.
 */
import './groupCards.css';
import './levelOfDetail.css';
export { drawGroups } from './drawGroups';
export { extentWith, groupScene, placeables } from './groupScene';
export { foldGroups } from './groups';
