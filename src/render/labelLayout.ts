/**
 * Collision-aware placement of the canvas's floating labels (labelPlacement.ts, what they keep
 * clear of: labelObstacles.ts, the "✗ unreachable" tags: lostTags.ts, the refcount-change labels:
 * changeLabelsDrawing.ts) as one chunk loaded apart
 * from the first load, whose budget it does not fit. The first heap shows no label; until the
 * chunk has come, runs show no label and tags stand where they prefer (labelsLater.ts).
 */
export { drawnObstacles, tagBoxes } from './labelObstacles';
export { placeLabels } from './labelPlacement';
export { placeLostTags } from './lostTags';
export { floatLabels } from './changeLabelsDrawing';
