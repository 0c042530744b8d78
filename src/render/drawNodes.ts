/**
 * Heap objects: a card per ordinary object (type, short repr, address, refcount badge, and a strip
 * of slots its arrows leave from) and a small pill per interned object.
 *
 * Each object is a group keyed by address that holds, in this order: the card itself, a focusable
 * button whose accessible name starts with its type and holds the exact "refcount N"; one button
 * per slot of its strip ("reference [0] to list []"), which selects that reference; and the "add
 * reference" handle a person drags onto another object. Buttons are siblings, never nested, so
 * each keeps its own name, and Tab reaches a card and then its references.
 *
 * The markup is lean because every element of ~500 cards costs style, layout and paint in each
 * frame that changes anything (design/rendering-performance.md): a card's four lines are one
 * <text> (each <text> is laid out and painted on its own: text was half of a frame's paint),
 * positions are coordinates rather than nested transforms, no filter or opacity makes a paint
 * effect per card, and the "unreachable" tag, the handle and a lesson's "survives?" mark are made
 * only for the cards that show them.
 *
 * Cards are keyed by address and never move. A card whose data did not change is not touched,
 * so one statement costs DOM work in proportion to what it changed. Dead objects are not removed
 * here: they are handed back, marked as exiting, for the timeline to fade out.
 */
import { select, selectAll } from 'd3-selection';
import type { Selection as Picked } from '../store/selection';
import { CARD_LINE } from './cardText';
import { BADGE_CENTRE, CARD } from './geometry';
import { headerHeight, type ObjectNode, type SlotCell } from './scene';
import {
  activateOnKeys,
  contextMenuOn,
  itemKey,
  type Bound,
  type CanvasCallbacks,
  type Layer,
  type One,
} from './selection';

export interface DrawnNodes {
  readonly entered: Bound<ObjectNode>;
  readonly exited: Bound<ObjectNode>;
  /** Slot cells of live cards whose reference went (an evicted WeakValueDictionary row). */
  readonly exitedCells: readonly ExitedCell[];
  /** Cards that got their "add reference" handle now (it is made when a card first offers it). */
  readonly handles: Bound<ObjectNode>;
}

/** A slot cell on its way out: still drawn, no longer focusable, for the timeline to fade. */
export interface ExitedCell {
  readonly element: SVGGElement;
  readonly holderId: number;
  readonly cell: SlotCell;
}

/** What a node shows; when it is unchanged the node's DOM is left alone. */
const drawnSignature = new WeakMap<SVGGElement, string>();

export const HANDLE_RADIUS = 9;
/** How far outside the card its "survives?" ring runs: clear of the focus ring. */
const GUESS_GAP = 9;
/** Advance of one digit of the badge's bold 12px count. */
const BADGE_DIGIT = 7.4;

export function drawNodes(
  layer: Layer,
  nodes: readonly ObjectNode[],
  callbacks: CanvasCallbacks,
): DrawnNodes {
  const joined = layer
    .selectAll<SVGGElement, ObjectNode>('g.node:not(.exiting)')
    .data(nodes, (d) => String(d.id));

  const entered = joined
    .enter()
    .append('g')
    .attr('class', (d) => `node ${d.kind} type-${cssName(d.view.type)}`)
    .attr('data-id', (d) => d.id)
    .attr('transform', (d) => `translate(${d.box.x},${d.box.y})`);
  const hit = entered
    .append('g')
    .attr('class', 'hit')
    .attr('role', 'button')
    .attr('tabindex', 0)
    .attr('aria-pressed', 'false')
    .attr('data-nav', (d) => `object:${d.id}`)
    .on('click', (_event, d) => callbacks.onActivate({ kind: 'object', id: d.id }))
    .on('focus', (_event, d) => callbacks.onFocusItem({ kind: 'object', id: d.id }))
    .on('keydown', (event: KeyboardEvent, d) => {
      contextMenuOn(event, { kind: 'object', id: d.id }, callbacks);
      activateOnKeys(event, () => callbacks.onActivate({ kind: 'object', id: d.id }));
    })
    .on('contextmenu', (event: MouseEvent, d) =>
      contextMenuOn(event, { kind: 'object', id: d.id }, callbacks),
    );
  hit
    .filter((d) => d.kind === 'card')
    .each(function () {
      buildCard(select<SVGGElement, ObjectNode>(this));
    });
  hit
    .filter((d) => d.kind === 'pill')
    .each(function () {
      buildPill(select<SVGGElement, ObjectNode>(this));
    });
  entered
    .filter((d) => d.kind === 'card')
    .append('g')
    .attr('class', 'card-strip');

  const exitedCells: ExitedCell[] = [];
  const withNewHandle: SVGGElement[] = [];
  entered.merge(joined).each(function (d) {
    const signature = signatureOf(d);
    if (drawnSignature.get(this) === signature) return;
    drawnSignature.set(this, signature);
    const g = select<SVGGElement, ObjectNode>(this);
    g.classed('unreachable', d.unreachable)
      .classed('can-hold', d.canHold)
      .classed('offered', d.offered)
      .classed('guessed', d.guessed);
    g.select('g.hit').attr('aria-label', d.ariaLabel);
    if (d.kind !== 'card') {
      fillPill(g, d);
      return;
    }
    if (d.unreachable && g.select('g.lost-tag').empty()) buildLostTag(g.select('g.hit'));
    if (d.offered && g.select('g.guess-mark').empty()) buildGuessMark(g.select('g.hit'));
    if (d.canHold && g.select('g.ref-handle').empty()) {
      buildHandle(g);
      withNewHandle.push(this);
    }
    exitedCells.push(...fillCard(g, d, callbacks));
  });

  const exited = joined.exit<ObjectNode>().classed('exiting', true).attr('aria-hidden', 'true');
  exited
    .selectAll('[tabindex]')
    .attr('tabindex', null)
    .attr('role', null)
    .attr('data-nav', null)
    .on('click', null)
    .on('focus', null)
    .on('keydown', null)
    .on('contextmenu', null);
  exited.select('g.ref-handle').remove();

  const handles = selectAll<SVGGElement, ObjectNode>(withNewHandle) as unknown as Bound<ObjectNode>;
  return { entered, exited, exitedCells, handles };
}

/** Marks the selected object, or the selected reference's cell. */
export function markSelected(layer: Layer, selection: Picked | null): void {
  // Only what was marked and what is to be marked are touched, not every card.
  layer
    .selectAll<SVGGElement, ObjectNode>('g.node.selected')
    .classed('selected', false)
    .select('g.hit')
    .attr('aria-pressed', 'false');
  layer
    .selectAll<SVGGElement, SlotCell>('g.cell.selected')
    .classed('selected', false)
    .attr('aria-pressed', 'false');
  if (selection?.kind === 'object') {
    layer
      .select<SVGGElement>(`g.node:not(.exiting)[data-id="${selection.id}"]`)
      .classed('selected', true)
      .select('g.hit')
      .attr('aria-pressed', 'true');
  } else if (selection?.kind === 'ref') {
    const key = itemKey(selection);
    layer
      .select<SVGGElement>(`g.node:not(.exiting)[data-id="${selection.holderId}"]`)
      .selectAll<SVGGElement, SlotCell>('g.cell:not(.exiting)')
      .filter((c) => c.item !== null && itemKey(c.item) === key)
      .classed('selected', true)
      .attr('aria-pressed', 'true');
  }
}

function buildCard(g: One<ObjectNode>): void {
  g.append('rect').attr('class', 'focus-ring').attr('x', -5).attr('y', -5).attr('rx', 12);
  // A shadow drawn as a shape: a CSS drop-shadow is a paint effect (and a blur) per card.
  g.append('rect').attr('class', 'card-shadow').attr('y', 1).attr('rx', 8);
  g.append('rect').attr('class', 'card-body').attr('rx', 8);
  g.append('path').attr('class', 'card-band');
  const text = g.append('text').attr('class', 'card-text');
  text.append('tspan').attr('class', 'card-type').attr('x', CARD.padding).attr('y', 18);
  text
    .append('tspan')
    .attr('class', 'card-address')
    .attr('x', CARD.width - 18)
    .attr('y', 18);
  text.append('tspan').attr('class', 'card-count').attr('x', CARD.padding);
  // The badge pulses by a transform about its centre (timeline.ts); at rest it has none.
  const badge = g.append('g').attr('class', 'badge-pulse');
  badge
    .append('rect')
    .attr('class', 'badge-body')
    .attr('y', BADGE_CENTRE.y - CARD.badgeRadius)
    .attr('height', 2 * CARD.badgeRadius)
    .attr('rx', CARD.badgeRadius);
  badge
    .append('text')
    .attr('class', 'badge-count')
    .attr('x', BADGE_CENTRE.x)
    .attr('y', BADGE_CENTRE.y + 4);
  g.selectAll(':scope > *').attr('aria-hidden', 'true');
}

/** Shown by the reachability overlay above a card: what the collector alone can find. */
function buildLostTag(hit: One<ObjectNode>): void {
  const lost = hit
    .insert('g', 'g.badge-pulse')
    .attr('class', 'lost-tag')
    .attr('aria-hidden', 'true')
    .attr('transform', 'translate(6,-31)');
  lost.append('rect').attr('rx', 7).attr('width', 168).attr('height', 28);
  lost
    .append('text')
    .attr('x', 8)
    .attr('y', 11.5)
    .attr('class', 'lost-head')
    .text('✗ unreachable:');
  lost.append('text').attr('x', 8).attr('y', 23.5).text('only the collector can find it');
}

/**
 * A lesson's "which objects survive?" mark: a ring around the card, outside the focus ring (dotted
 * while the card is only offered, thick and dashed once guessed), and a "survives?" tab on the
 * ring's top left, clear of the refcount badge on the top right. Shown by the card's classes
 * (heapCanvas.css); the card's accessible name stays as it is: the Lessons pane's checkboxes are
 * the accessible way to answer, and `aria-pressed` already says whether the card is selected.
 */
function buildGuessMark(hit: One<ObjectNode>): void {
  const mark = hit
    .insert('g', ':first-child')
    .attr('class', 'guess-mark')
    .attr('aria-hidden', 'true');
  mark
    .append('rect')
    .attr('class', 'guess-ring')
    .attr('x', -GUESS_GAP)
    .attr('y', -GUESS_GAP)
    .attr('rx', 14);
  const tag = mark
    .append('g')
    .attr('class', 'guess-tag')
    .attr('transform', `translate(${-GUESS_GAP},${-GUESS_GAP - 17})`);
  tag.append('rect').attr('rx', 5).attr('width', 78).attr('height', 19);
  tag.append('text').attr('x', 7).attr('y', 13.5).text('✓ survives?');
}

/**
 * The "add reference" handle: a round "+" on the card's bottom right corner, dragged onto a
 * target. It sits at the corner, not halfway down the right edge, where arrows coming from the
 * right end (and a weak arrow's hollow head would be hidden under it).
 */
function buildHandle(card: One<ObjectNode>): void {
  const handle = card
    .append('g')
    .attr('class', 'ref-handle')
    .attr('aria-hidden', 'true')
    .attr('transform', (d) => handleTransform(d.box.h));
  handle.append('title').text('Drag onto an object to add a reference to it');
  handle
    .append('circle')
    .attr('class', 'handle-hit')
    .attr('r', HANDLE_RADIUS + 5);
  handle.append('circle').attr('class', 'handle-dot').attr('r', HANDLE_RADIUS);
  handle.append('path').attr('class', 'handle-plus').attr('d', 'M-4.5,0 H4.5 M0,-4.5 V4.5');
}

/** Where the handle goes on a card of height `h` (exported for the drag band's start). */
export function handleTransform(h: number): string {
  return `translate(${CARD.width - 4},${h - 4})`;
}

function fillCard(g: One<ObjectNode>, d: ObjectNode, callbacks: CanvasCallbacks): ExitedCell[] {
  const gone: ExitedCell[] = [];
  const { w, h } = d.box;
  g.select('rect.focus-ring')
    .attr('width', w + 10)
    .attr('height', h + 10);
  g.select('rect.guess-ring')
    .attr('width', w + 2 * GUESS_GAP)
    .attr('height', h + 2 * GUESS_GAP);
  g.select('rect.card-shadow').attr('width', w).attr('height', h);
  g.select('rect.card-body').attr('width', w).attr('height', h);
  const header = headerHeight(d.typeLines.length);
  g.select('path.card-band').attr('d', bandPath(w, header));
  fillCardLines(g, d, header);
  g.select('tspan.card-address').text(d.addressText);
  g.select('tspan.card-count')
    .attr('y', header + CARD.reprLine + (d.reprLines.length - 1) * CARD_LINE + 9)
    .text(d.countText);
  g.select('text.badge-count').text(String(d.view.refcount));
  // A round badge for up to three digits, wider for the counts of big heaps (100004).
  const badgeWidth = Math.max(
    2 * CARD.badgeRadius,
    String(d.view.refcount).length * BADGE_DIGIT + 10,
  );
  g.select('rect.badge-body')
    .attr('x', BADGE_CENTRE.x - badgeWidth / 2)
    .attr('width', badgeWidth);
  g.select('g.ref-handle')
    .attr('display', d.canHold ? null : 'none')
    .attr('transform', handleTransform(h));
  g.select('g.card-strip')
    .selectAll<SVGGElement, SlotCell>('g.cell:not(.exiting)')
    .data(d.cells, (c) => (c.item ? c.slot : '+more'))
    .join(
      (enter) => {
        const cell = enter
          .append('g')
          .attr('class', 'cell')
          .attr('role', 'button')
          .attr('tabindex', 0)
          .attr('aria-pressed', (c) => (c.item ? 'false' : null))
          .on('click', (event: MouseEvent, c) => {
            event.stopPropagation();
            callbacks.onActivate(c.item ?? { kind: 'object', id: d.id });
          })
          .on('focus', (_event, c) => callbacks.onFocusItem(c.item ?? { kind: 'object', id: d.id }))
          .on('keydown', (event: KeyboardEvent, c) => {
            contextMenuOn(event, c.item ?? { kind: 'object', id: d.id }, callbacks);
            activateOnKeys(event, () =>
              callbacks.onActivate(c.item ?? { kind: 'object', id: d.id }),
            );
          })
          .on('contextmenu', (event: MouseEvent, c) =>
            contextMenuOn(event, c.item ?? { kind: 'object', id: d.id }, callbacks),
          );
        cell.append('rect').attr('class', 'cell-body').attr('rx', 4).attr('aria-hidden', 'true');
        cell.append('text').attr('aria-hidden', 'true');
        return cell;
      },
      undefined,
      (exit) => {
        // Kept for the timeline to fade (a WeakValueDictionary row evicted), but out of reach.
        exit
          .classed('exiting', true)
          .attr('aria-hidden', 'true')
          .attr('tabindex', null)
          .attr('role', null)
          .attr('data-nav', null)
          .on('click', null)
          .on('focus', null)
          .on('keydown', null)
          .on('contextmenu', null)
          .each(function (c) {
            gone.push({ element: this, holderId: d.id, cell: c });
          });
        return exit;
      },
    )
    .classed('weak', (c) => c.weak)
    .classed('inline', (c) => c.inline)
    .attr('aria-label', (c) => c.ariaLabel)
    .attr('data-nav', (c) => (c.item ? `ref:${d.id}:${c.slot}` : `more:${d.id}`))
    .call((cell) => {
      // Placed by coordinates, not a transform per cell (each would be a paint property node).
      const top = h - CARD.strip + 1;
      cell
        .select('rect')
        .attr('x', (c) => c.x)
        .attr('y', top)
        .attr('width', (c) => c.w)
        .attr('height', CARD.strip - 8);
      cell
        .select('text')
        .attr('x', (c) => c.x + c.w / 2)
        .attr('y', top + 13)
        .text((c) => c.label);
    });
  return gone;
}

/**
 * The type's lines (the first is the header's tspan) and the value's lines, one tspan each, and
 * the hover title that holds both whole when a line cut them.
 */
function fillCardLines(g: One<ObjectNode>, d: ObjectNode, header: number): void {
  const text = g.select<SVGTextElement>('text.card-text');
  text.selectAll('tspan.card-line').remove();
  g.select('tspan.card-type').text(d.typeLines[0] ?? '');
  d.typeLines.slice(1).forEach((line, i) => {
    text
      .append('tspan')
      .attr('class', 'card-line card-type')
      .attr('x', CARD.padding)
      .attr('y', 18 + (i + 1) * CARD_LINE)
      .text(line);
  });
  d.reprLines.forEach((line, i) => {
    text
      .append('tspan')
      .attr('class', 'card-line card-repr')
      .attr('x', CARD.padding)
      .attr('y', header + 15 + i * CARD_LINE)
      .text(line);
  });
  g.select('g.hit')
    .selectAll('title')
    .data(d.hoverText ? [d.hoverText] : [])
    .join('title')
    .text((t) => t);
}

function buildPill(g: One<ObjectNode>): void {
  g.append('rect').attr('class', 'focus-ring').attr('x', -4).attr('y', -4).attr('rx', 14);
  g.append('rect').attr('class', 'pill-body').attr('rx', 11);
  g.append('text').attr('class', 'pill-text').attr('y', 15);
  g.selectAll('*').attr('aria-hidden', 'true');
}

function fillPill(g: One<ObjectNode>, d: ObjectNode): void {
  const { w, h } = d.box;
  g.select('rect.focus-ring')
    .attr('width', w + 8)
    .attr('height', h + 8);
  g.select('rect.pill-body').attr('width', w).attr('height', h);
  g.select('text.pill-text')
    .attr('x', w / 2)
    .text(d.reprText);
}

/** The tinted header band: the card's top with its rounded corners, square at the bottom. */
function bandPath(w: number, h: number): string {
  const r = 8;
  return `M0,${h} V${r} Q0,0 ${r},0 H${w - r} Q${w},0 ${w},${r} V${h} Z`;
}

function signatureOf(d: ObjectNode): string {
  const cells = d.cells.map((c) => `${c.label}@${c.x}:${c.ariaLabel}`).join(',');
  return `${d.ariaLabel}|${d.typeLines.join('\n')}|${d.reprLines.join('\n')}|${d.countText}|${d.box.h}|${d.canHold}|${d.unreachable}|${d.offered}|${d.guessed}|${cells}`;
}

/** Python type names as CSS class names: user classes may contain anything. */
export function cssName(type: string): string {
  return type.replace(/[^A-Za-z0-9_-]/g, '_');
}
