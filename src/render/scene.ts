/**
 * The scene: what to draw for a snapshot, with every box positioned. Pure data built from the
 * snapshot and the stable layout; the drawing modules only turn it into SVG.
 */
import type { FrameView, HeapSnapshot, ObjectView } from '../engine/snapshot';
import type { Selection } from '../store/selection';
import {
  CARD,
  FRAME,
  MONO_CHAR,
  PILL,
  SANS_BOLD_CHAR,
  SMALL_MONO_CHAR,
  type Box,
  type Exit,
  type Point,
} from './geometry';
import { grouped, pillText, pythonAddress, truncate } from './format';
import { cardValue, CARD_LINE, wrapText } from './cardText';
import { framePanels } from './framePanels';
import type { StableLayout } from './layout';
import { routeSceneArrows, type ArrowDraft } from './sceneArrows';

export interface SlotCell {
  readonly slot: string;
  /** Text shown in the cell: the slot itself, or "+N" for the cell that gathers the overflow. */
  readonly label: string;
  readonly x: number;
  readonly w: number;
  readonly targets: readonly number[];
  /** The reference this cell stands for; null for the "+N" cell, which stands for several. */
  readonly item: Selection | null;
  readonly ariaLabel: string;
  /** A weak reference (drawn dashed, with a hollow arrowhead). */
  readonly weak: boolean;
  /** Shows its target's value in place of the slot (a shared object drawn inline, no arrow). */
  readonly inline: boolean;
}

export interface ObjectNode {
  readonly id: number;
  readonly view: ObjectView;
  readonly kind: 'card' | 'pill';
  readonly box: Box;
  /** Card header: the type, and as much of the address as fits beside it. */
  readonly typeText: string;
  /** The type as the header sets it: one line, or wrapped onto two when it is long. */
  readonly typeLines: readonly string[];
  readonly addressText: string;
  /** A card's value in full (cardText.ts: an instance's attributes, ...); a pill's text. */
  readonly reprText: string;
  /** The card's value as its body sets it, wrapped (`[reprText]` for a pill). */
  readonly reprLines: readonly string[];
  /** The card's type and value in full when a line had to cut them (its hover title), else ''. */
  readonly hoverText: string;
  /** A big container's count, "first 16 of 100,000 items"; empty when it lists everything. */
  readonly countText: string;
  readonly ariaLabel: string;
  readonly cells: readonly SlotCell[];
  /** No name reaches it (only the cycle collector could find it). */
  readonly unreachable: boolean;
  /** Offers the "add reference" handle (a list, dict or instance that Python can name). */
  readonly canHold: boolean;
  /** A lesson asks whether it survives its step: clicking the card answers (see SceneMarks). */
  readonly offered: boolean;
  /** Guessed to survive, in the answer being given. */
  readonly guessed: boolean;
}

export interface NameRow {
  readonly key: string;
  readonly frameId: number;
  readonly label: string;
  readonly ariaLabel: string;
  readonly target: number;
  /** The target is not drawn (a module, say): the row has no arrow. */
  readonly hidden: boolean;
  /** Said beside a row without an arrow: "class" for a setup class left out, "not drawn". */
  readonly note: string;
  /** What selecting the row selects: the name, or for a stack slot the object on it. */
  readonly item: Selection;
  /** A name that can be dragged onto an object to rebind it. */
  readonly draggable: boolean;
  /** A value-stack slot (drawn apart from the names), not a name. */
  readonly stack: boolean;
  readonly box: Box;
}

export interface FramePanel {
  readonly id: number;
  readonly kind: FrameView['kind'];
  /** The header's text: "Globals", "f()". */
  readonly title: string;
  /** "frame <module>", "frame f", "REPL frame" (framePanels.ts). */
  readonly ariaLabel: string;
  readonly box: Box;
  readonly rows: readonly NameRow[];
}

export interface Edge {
  readonly key: string;
  /** The object the arrow leaves from, or for a name's arrow its frame. */
  readonly sourceId: number;
  /** The arrow of a name row (its source is a frame panel, always drawn), not of a card's slot. */
  readonly fromFrame: boolean;
  readonly targetId: number;
  readonly toInterned: boolean;
  /** A weak reference: dashed, with a hollow arrowhead; it keeps nothing alive. */
  readonly weak: boolean;
  /** "holder:slot", as the engine names the reference in incref/decref sites ("7f…:[3]", "7f…:b"). */
  readonly siteKey: string;
  readonly d: string;
  /** What clicking the arrow selects; null for arrows out of a "+N" cell. */
  readonly item: Selection | null;
}

export interface Scene {
  readonly frames: readonly FramePanel[];
  readonly nodes: readonly ObjectNode[];
  readonly edges: readonly Edge[];
  /** Bottom-right corner of everything drawn, for sizing the SVG. */
  readonly extent: Point;
}

/** What the canvas marks on top of the snapshot; all computed by the caller. */
export interface SceneMarks {
  /** Objects left out of the drawing (the setup's classes and methods, unless asked for). */
  readonly hidden: ReadonlySet<number>;
  readonly unreachable: ReadonlySet<number>;
  /** Objects that get an "add reference" handle. */
  readonly canHold: ReadonlySet<number>;
  /**
   * A past step of a script is drawn, not the live heap: no name can be dragged (gestures run
   * on the live heap). Off unless given.
   */
  readonly readOnly?: boolean;
  /**
   * While a lesson asks which objects survive its step: the objects it asks about (their cards
   * look clickable) and those the learner has guessed survive so far. None unless given.
   */
  readonly offered?: ReadonlySet<number>;
  readonly guessed?: ReadonlySet<number>;
  /**
   * Shared objects (small ints, interned strs, None, booleans) are drawn inline, as Python Tutor
   * does: the caller hides their pills, and a slot that refers to one shows its value. Off
   * unless given; accessible names are the same either way.
   */
  readonly inlineValues?: boolean;
}

export const NO_MARKS: SceneMarks = {
  hidden: new Set(),
  unreachable: new Set(),
  canHold: new Set(),
};

/** The objects the canvas draws: all of the snapshot but the hidden ones. */
export function visibleObjects(snapshot: HeapSnapshot, marks: SceneMarks): ObjectView[] {
  return snapshot.objects.filter((o) => !marks.hidden.has(o.id));
}

export function buildScene(
  snapshot: HeapSnapshot,
  layout: StableLayout,
  marks: SceneMarks = NO_MARKS,
): Scene {
  const nodes: ObjectNode[] = [];
  const views = new Map(snapshot.objects.map((o) => [o.id, o]));
  for (const view of visibleObjects(snapshot, marks)) {
    const at = layout.position(view.id);
    if (!at) continue;
    nodes.push(view.interned ? pillNode(view, at, marks) : cardNode(view, at, marks, views));
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const frames = framePanels(snapshot, byId, views, marks.readOnly);
  const drafts = [...nameEdges(frames, byId), ...slotEdges(nodes, byId)];
  const edges = routeSceneArrows(drafts, frames, nodes);
  return { frames, nodes, edges, extent: extentOf(frames, nodes) };
}

function cardNode(
  view: ObjectView,
  at: Point,
  marks: SceneMarks,
  views: ReadonlyMap<number, ObjectView>,
): ObjectNode {
  // A weak container keeps its (empty) strip: its rows come and go as their values die.
  const strip = view.refTotal > 0 || view.kind === 'weakcontainer';
  const countText = countOf(view);
  const header = cardHeader(view);
  const value = cardValue(view, views);
  const body = wrapText(value, REPR_CHARS, bodyLines(view, header.typeLines.length, countText));
  const h =
    headerHeight(header.typeLines.length) +
    CARD.reprLine +
    (body.lines.length - 1) * CARD_LINE +
    (countText ? CARD.countLine : 0) +
    (strip ? CARD.strip : 0) +
    4;
  const unreachable = marks.unreachable.has(view.id);
  const cut = body.cut || header.typeLines.join('') !== view.type;
  return {
    id: view.id,
    view,
    kind: 'card',
    box: { x: at.x, y: at.y, w: CARD.width, h },
    ...header,
    reprText: value,
    reprLines: body.lines,
    hoverText: cut ? `${view.type} ${value}` : '',
    countText,
    ariaLabel: accessibleName(view, unreachable, value, countText),
    cells: slotCells(view, views, marks.inlineValues === true),
    unreachable,
    canHold: marks.canHold.has(view.id),
    offered: marks.offered?.has(view.id) ?? false,
    guessed: marks.guessed?.has(view.id) ?? false,
  };
}

function pillNode(view: ObjectView, at: Point, marks: SceneMarks): ObjectNode {
  const text = truncate(pillText(view.repr), PILL.maxChars);
  const w = Math.max(PILL.minWidth, Math.ceil(text.length * MONO_CHAR) + 16);
  return {
    id: view.id,
    view,
    kind: 'pill',
    box: { x: at.x, y: at.y, w, h: PILL.height },
    typeText: view.type,
    typeLines: [view.type],
    addressText: '',
    reprText: text,
    reprLines: [text],
    hoverText: '',
    countText: '',
    ariaLabel: accessibleName(view, false),
    cells: [],
    unreachable: false,
    canHold: false,
    offered: marks.offered?.has(view.id) ?? false,
    guessed: marks.guessed?.has(view.id) ?? false,
  };
}

/** Characters of a card's value on one line of its body. */
const REPR_CHARS = Math.floor((CARD.width - 2 * CARD.padding) / MONO_CHAR);

/** Height of a card's header band with `lines` lines of type. */
export function headerHeight(lines: number): number {
  return CARD.header + (lines - 1) * CARD_LINE;
}

/**
 * Lines a card's value may take: an instance's attributes up to three, the reprs that name an
 * object (a function's qualified name, a set's members, a frame's line, a weakref's referent) up
 * to two, a container's or a value's one (its inspector has the rest). A long type or a count
 * line takes one of them, so a card stays within its grid cell (layout.ts).
 */
function bodyLines(view: ObjectView, typeLines: number, count: string): number {
  const most =
    view.kind === 'instance'
      ? 3
      : view.kind === 'list' ||
          view.kind === 'tuple' ||
          view.kind === 'dict' ||
          view.kind === 'value'
        ? 1
        : 2;
  return Math.max(1, most - (typeLines - 1) - (count ? 1 : 0));
}

/**
 * The header shows the type in full: the address shrinks to its last six digits ("…2081a0",
 * enough to tell cards apart) and then goes; a type too long for the line even then is wrapped
 * onto a second one (`WeakValue` / `Dictionary`), and past that cut, whole in the hover title
 * and the accessible name.
 */
function cardHeader(view: ObjectView): {
  typeText: string;
  typeLines: readonly string[];
  addressText: string;
} {
  const room = CARD.width - CARD.padding - 2 * CARD.badgeRadius;
  const typeWidth = view.type.length * SANS_BOLD_CHAR + 8;
  const full = pythonAddress(view);
  for (const address of [full, `…${full.slice(-6)}`, '']) {
    if (typeWidth + address.length * SMALL_MONO_CHAR <= room) {
      return { typeText: view.type, typeLines: [view.type], addressText: address };
    }
  }
  const { lines } = wrapText(view.type, Math.floor((room - 8) / SANS_BOLD_CHAR), 2);
  return { typeText: view.type, typeLines: lines, addressText: '' };
}

/**
 * "list [1, 2, 3], refcount 2, at 0x7f…": type first, then the exact `refcount N`; objects no
 * name reaches say so ("…, refcount 1, unreachable, at 0x7f…"), and a big container its count
 * ("list [0, 0, …], first 16 of 100,000 items, refcount 1, at 0x7f…"). An instance names its
 * attributes ("Node name='122' next=None, refcount 1, at 0x7f…"), whole up to a long bound.
 */
function accessibleName(
  view: ObjectView,
  unreachable: boolean,
  repr = view.repr,
  count = '',
): string {
  const shared = view.interned ? ', interned' : '';
  const lost = unreachable ? ', unreachable' : '';
  const many = count ? `, ${count}` : '';
  const shown = truncate(repr, view.kind === 'instance' ? 160 : 60);
  return `${view.type} ${shown}${many}, refcount ${view.refcount}${shared}${lost}, at ${pythonAddress(view)}`;
}

/**
 * "first 16 of 100,000 items" for an object whose references the snapshot cut short (a dict's
 * items are its entries, each a value row and maybe a key row); empty when it lists them all.
 */
function countOf(view: ObjectView): string {
  if (view.refs.length >= view.refTotal) return '';
  if (view.length === null)
    return `first ${view.refs.length} of ${grouped(view.refTotal)} references`;
  const listed =
    view.kind === 'list' || view.kind === 'tuple' || view.kind === 'set'
      ? view.refs.length
      : view.refs.filter((r) => !r.slot.startsWith('key ')).length;
  const noun = view.length === 1 ? 'item' : 'items';
  return `first ${listed} of ${grouped(view.length)} ${noun}`;
}

/** "reference [0] to list [1, 2]": what a slot cell (and its arrow) stands for. */
function referenceName(slot: string, target: ObjectView | undefined, weak: boolean): string {
  const to = target ? `${target.type} ${truncate(target.repr, 40)}` : 'an object not drawn';
  return `${weak ? 'weak reference' : 'reference'} ${slot} to ${to}`;
}

/**
 * The slot strip along a card's bottom edge: one cell per reference while they fit, then a last
 * "+N" cell that carries the arrows of the listed references that did not fit and counts every
 * reference left, listed or not ("+99,995" on a list of 100,000 whose first 16 are listed).
 */
function slotCells(
  view: ObjectView,
  views: ReadonlyMap<number, ObjectView>,
  inlineValues: boolean,
): SlotCell[] {
  const cells: SlotCell[] = [];
  const room = CARD.width - 2 * CARD.padding;
  const refs = view.refs;
  let x = CARD.padding;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const weak = ref.weak === true;
    const target = views.get(ref.target);
    const inline = inlineValues && target?.interned === true;
    const label = truncate(inline ? pillText(target.repr) : ref.slot, 10);
    const w = Math.ceil(label.length * (MONO_CHAR - 0.8)) + 12;
    const left = view.refTotal - i - 1;
    if (x + w + (left > 0 ? overflowWidth(left) : 0) <= CARD.padding + room) {
      const item: Selection = {
        kind: 'ref',
        holderId: view.id,
        slot: ref.slot,
        target: ref.target,
      };
      const ariaLabel = referenceName(ref.slot, views.get(ref.target), weak);
      const targets = [ref.target];
      cells.push({ slot: ref.slot, label, x, w, targets, item, ariaLabel, weak, inline });
      x += w + 4;
      continue;
    }
    cells.push(overflowCell(view, i, x));
    return cells;
  }
  if (view.refTotal > refs.length) cells.push(overflowCell(view, refs.length, x));
  return cells;
}

/** The "+N" cell for the references from index `from` on, with the arrows of the listed ones. */
function overflowCell(view: ObjectView, from: number, x: number): SlotCell {
  const count = view.refTotal - from;
  const listed = view.refs.length - from;
  const where =
    view.refs.length < view.refTotal
      ? `the inspector lists the first ${view.refs.length} of ${grouped(view.refTotal)}`
      : 'listed in the inspector';
  return {
    slot: '…',
    label: `+${grouped(count)}`,
    x,
    w: overflowWidth(count),
    targets: view.refs.slice(from).map((r) => r.target),
    item: null,
    ariaLabel: `${grouped(count)} more ${count === 1 ? 'reference' : 'references'}${listed < count ? `, ${listed > 0 ? `${listed} of them drawn` : 'none drawn'}` : ''} (${where})`,
    weak: false,
    inline: false,
  };
}

function overflowWidth(count: number): number {
  return Math.max(34, Math.ceil((grouped(count).length + 1) * (MONO_CHAR - 0.8)) + 12);
}

function nameEdges(frames: readonly FramePanel[], byId: Map<number, ObjectNode>): ArrowDraft[] {
  const edges: ArrowDraft[] = [];
  for (const frame of frames) {
    for (const row of frame.rows) {
      const target = byId.get(row.target);
      if (!target) continue;
      const from = { x: row.box.x + row.box.w - 10, y: row.box.y + row.box.h / 2 };
      const siteKey = `${frame.id}:${row.label}`;
      const item = row.item.kind === 'name' ? row.item : null;
      edges.push({
        ...edge(`n:${row.key}`, frame.id, siteKey, target, from, 'right', item, false),
        fromFrame: true,
      });
    }
  }
  return edges;
}

function slotEdges(nodes: readonly ObjectNode[], byId: Map<number, ObjectNode>): ArrowDraft[] {
  const edges: ArrowDraft[] = [];
  for (const node of nodes) {
    const weakOnly = weakOnlyTargets(node.view);
    for (const cell of node.cells) {
      const from = {
        x: node.box.x + cell.x + cell.w / 2,
        y: node.box.y + node.box.h - 4,
      };
      cell.targets.forEach((targetId, i) => {
        const target = byId.get(targetId);
        if (!target) return;
        const siteKey = `${node.id}:${cell.slot}`;
        const key = `s:${node.id}:${cell.slot}:${i}`;
        const weak = cell.item ? cell.weak : weakOnly.has(targetId);
        edges.push(edge(key, node.id, siteKey, target, from, 'down', cell.item, weak));
      });
    }
  }
  return edges;
}

/** Targets an object refers to only weakly (their arrows out of the "+N" cell are dashed). */
function weakOnlyTargets(view: ObjectView): Set<number> {
  const weak = new Set<number>();
  const strong = new Set<number>();
  for (const r of view.refs) (r.weak ? weak : strong).add(r.target);
  for (const t of strong) weak.delete(t);
  return weak;
}

function edge(
  key: string,
  sourceId: number,
  siteKey: string,
  target: ObjectNode,
  from: Point,
  exit: Exit,
  item: Selection | null,
  weak: boolean,
): ArrowDraft {
  return {
    key,
    sourceId,
    fromFrame: false,
    targetId: target.id,
    toInterned: target.kind === 'pill',
    weak,
    siteKey,
    from,
    exit,
    target: target.box,
    item,
  };
}

function extentOf(frames: readonly FramePanel[], nodes: readonly ObjectNode[]): Point {
  let x = FRAME.x + FRAME.width;
  let y = 0;
  for (const f of frames) y = Math.max(y, f.box.y + f.box.h);
  for (const n of nodes) {
    x = Math.max(x, n.box.x + n.box.w);
    y = Math.max(y, n.box.y + n.box.h);
  }
  return { x: x + 80, y: y + 80 };
}
