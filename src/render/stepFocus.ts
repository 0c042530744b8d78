/**
 * What a step of the collector walkthrough talks about, as boxes on the canvas: the canvas keeps
 * them in view (zoom.ts `reveal`) as the walkthrough goes.
 */
import { badgeFor, badgeWidth } from './collectorOverlay';
import type { CollectorStep } from './collectorSteps';
import type { Box } from './geometry';
import type { ObjectNode, Scene } from './scene';

/** Room above a card for the walkthrough's badge ("gc_refs 1" sits 21 units above the card). */
const BADGE_ROOM = 24;

/**
 * Where the things `step` talks about are drawn, the most important first: the cards whose marks
 * it changes, then the two ends of each arrow it lights (a card, or a name's row in its frame).
 * Looked up in the scenes given, in order (a card the step frees is only in the scene drawn
 * before the run). Each card's box has room for its badge (above it, and as wide as it is).
 */
export function stepBoxes(step: CollectorStep, scenes: readonly (Scene | null)[]): Box[] {
  const boxes: Box[] = [];
  const seen = new Set<string>();
  const card = (id: number) => {
    const key = `card ${id}`;
    if (seen.has(key)) return;
    for (const scene of scenes) {
      const node = scene && nodeIndex(scene).get(id);
      if (!node) continue;
      seen.add(key);
      const b = node.box;
      // The badge starts 4 units left of the card and may be wider than it.
      const badge = badgeFor(step.overlay, id);
      const w = Math.max(b.w + 8, badge ? badgeWidth(badge) : 0);
      boxes.push({ x: b.x - 4, y: b.y - BADGE_ROOM, w, h: b.h + BADGE_ROOM });
      return;
    }
  };
  for (const id of step.changed) card(id);
  for (const [holder, target] of step.highlight) {
    card(target);
    for (const scene of scenes) {
      const row = scene?.frames.find((f) => f.id === holder)?.rows.find((r) => r.target === target);
      if (row) {
        const key = `row ${row.key}`;
        if (!seen.has(key)) boxes.push(row.box);
        seen.add(key);
        break;
      }
    }
    card(holder);
  }
  return boxes;
}

/** Each scene's nodes by id, made once per scene. */
const nodeIndexes = new WeakMap<Scene, Map<number, ObjectNode>>();
function nodeIndex(scene: Scene): Map<number, ObjectNode> {
  let index = nodeIndexes.get(scene);
  if (!index) {
    index = new Map(scene.nodes.map((n) => [n.id, n]));
    nodeIndexes.set(scene, index);
  }
  return index;
}
