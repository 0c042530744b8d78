/**
 * The collector walkthrough's code: what turns a collection's events into steps, draws their marks
 * over the heap and plays them. No first heap needs it, so it is loaded apart (heapCanvas.ts
 * `loadWalkthrough`), as soon as the page is idle after the first heap is drawn: by the time
 * Collect is clicked it is there.
 */
import './walkthrough.css';

export { CollectorOverlay } from './collectorOverlay';
export { CollectorPlayer } from './collectorPlayer';
export { collectorSteps } from './collectorSteps';
export { stepBoxes } from './stepFocus';
