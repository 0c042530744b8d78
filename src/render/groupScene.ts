/**
 * The group cards of a scene, and the arrows into them. The scene (scene.ts) is built without the
 * folded objects; this adds what stands for them: one card per group, placed by the stable layout
 * under the group's id, and the arrows that pointed at folded objects, now pointing at their
 * group's card: one arrow from each card (or name row) that refers to any of them, not one per
 * reference (the 16 listed slots of `objs` make one arrow).
 */
import type { Selection } from '../store/selection';
import { CARD, type Box, type Point } from './geometry';
import type { Folding, Group } from './groups';
import type { Placeable, StableLayout } from './layout';
import type { Edge, Scene } from './scene';
import { routeSceneArrows, type ArrowDraft } from './sceneArrows';

/** A group card's height: a header, its count line, and the Expand/Collapse button. */
export const GROUP_CARD = { width: CARD.width, height: 84, button: { w: 78, h: 22 } } as const;

export interface GroupNode {
  readonly group: Group;
  readonly box: Box;
  /** "with 200 str": what it carries besides its members; empty when nothing. */
  readonly detail: string;
}

export interface GroupScene {
  readonly groups: readonly GroupNode[];
  readonly edges: readonly Edge[];
}

/** The group cards of `folding` that the layout has placed, and the arrows into the folded ones. */
export function groupScene(folding: Folding, layout: StableLayout, scene: Scene): GroupScene {
  const groups: GroupNode[] = [];
  const cardOf = new Map<number, GroupNode>();
  for (const group of folding.groups) {
    const at = layout.position(group.id);
    if (!at) continue;
    const node: GroupNode = {
      group,
      box: { x: at.x, y: at.y, w: GROUP_CARD.width, h: GROUP_CARD.height },
      detail: detailOf(group),
    };
    groups.push(node);
    cardOf.set(group.id, node);
  }
  const into = (id: number): GroupNode | undefined => {
    const g = folding.folded.get(id);
    return g ? cardOf.get(g.id) : undefined;
  };

  // Routed as the scene's arrows are, around its cards and frames (sceneArrows.ts).
  const drafts: ArrowDraft[] = [];
  const made = new Set<string>();
  const add = (
    sourceId: number,
    fromFrame: boolean,
    siteKey: string,
    to: GroupNode,
    from: Point,
    exit: 'right' | 'down',
    item: Selection | null,
  ) => {
    const key = `g:${sourceId}:${to.group.key}`;
    if (made.has(key)) return;
    made.add(key);
    drafts.push({
      key,
      sourceId,
      fromFrame,
      targetId: to.group.id,
      toInterned: false,
      weak: false,
      siteKey,
      item,
      from,
      exit,
      target: to.box,
    });
  };
  for (const frame of scene.frames) {
    for (const row of frame.rows) {
      const to = into(row.target);
      if (!to) continue;
      const from = { x: row.box.x + row.box.w - 10, y: row.box.y + row.box.h / 2 };
      add(frame.id, true, `${frame.id}:${row.label}`, to, from, 'right', row.item);
    }
  }
  for (const node of scene.nodes) {
    for (const cell of node.cells) {
      for (const target of cell.targets) {
        const to = into(target);
        if (!to) continue;
        const from = { x: node.box.x + cell.x + cell.w / 2, y: node.box.y + node.box.h - 4 };
        add(node.id, false, `${node.id}:${cell.slot}`, to, from, 'down', cell.item);
      }
    }
  }
  // A holder whose listed slots reach none of its members (they are past its first items) still
  // points at its group, from its last cell.
  for (const node of groups) {
    if (node.group.expanded) continue;
    const holder = scene.nodes.find((n) => n.id === node.group.holderId);
    const cell = holder?.cells[holder.cells.length - 1];
    if (!holder || !cell) continue;
    const from = { x: holder.box.x + cell.x + cell.w / 2, y: holder.box.y + holder.box.h - 4 };
    add(holder.id, false, `${holder.id}:${cell.slot}`, node, from, 'down', cell.item);
  }
  return { groups, edges: routeSceneArrows(drafts, scene.frames, scene.nodes) };
}

/** "with 200 str": the carried objects by type, the two most common. */
function detailOf(group: Group): string {
  const parts = group.carriedCounts.slice(0, 2).map((c) => `${c.count} ${c.type}`);
  const more = group.carriedCounts.length > 2 ? ', …' : '';
  return parts.length > 0 ? `with ${parts.join(', ')}${more}` : '';
}

/** The bottom-right corner of the scene and its group cards together. */
export function extentWith(extent: Point, groups: readonly GroupNode[]): Point {
  let { x, y } = extent;
  for (const g of groups) {
    x = Math.max(x, g.box.x + g.box.w + 80);
    y = Math.max(y, g.box.y + g.box.h + 80);
  }
  return { x, y };
}

/**
 * What the layout places: the objects drawn (the folded ones left out), each beside its first
 * referrer, and each group's card right after its holder, beside it.
 */
export function placeables(objects: readonly Placeable[], folding: Folding): Placeable[] {
  const after = new Map<number, Placeable[]>();
  for (const g of folding.groups) {
    const list = after.get(g.holderId) ?? [];
    list.push({ id: g.id, interned: false, referrer: g.holderId });
    after.set(g.holderId, list);
  }
  const out: Placeable[] = [];
  for (const o of objects) {
    if (!folding.folded.has(o.id)) out.push(o);
    out.push(...(after.get(o.id) ?? []));
  }
  return out;
}
