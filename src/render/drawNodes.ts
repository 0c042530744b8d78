/**
 * Heap objects: a card per ordinary object (type, short repr, address, refcount badge, and a strip
 * of slots its arrows leave from) and a small pill per interned object. Each is a focusable
 * button whose accessible name starts with its type and holds the exact "refcount N".
 *
 * Cards are keyed by address and never move. A card whose data did not change is not touched,
 * so one statement costs DOM work in proportion to what it changed. Dead objects are not removed
 * here: they are handed back, marked as exiting, for the timeline to fade out.
 */
import { select } from 'd3-selection';
import { CARD } from './geometry';
import type { ObjectNode } from './scene';
import {
  activateOnKeys,
  type Bound,
  type CanvasCallbacks,
  type Layer,
  type One,
} from './selection';

export interface DrawnNodes {
  readonly entered: Bound<ObjectNode>;
  readonly exited: Bound<ObjectNode>;
}

/** What a node shows; when it is unchanged the node's DOM is left alone. */
const drawnSignature = new WeakMap<SVGGElement, string>();

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
    .attr('role', 'button')
    .attr('tabindex', 0)
    .attr('data-id', (d) => d.id)
    .attr('transform', (d) => `translate(${d.box.x},${d.box.y})`)
    .on('click', (_event, d) => callbacks.onSelect(d.id))
    .on('keydown', (event: KeyboardEvent, d) =>
      activateOnKeys(event, () => callbacks.onSelect(d.id)),
    );
  entered
    .filter((d) => d.kind === 'card')
    .each(function () {
      buildCard(select<SVGGElement, ObjectNode>(this));
    });
  entered
    .filter((d) => d.kind === 'pill')
    .each(function () {
      buildPill(select<SVGGElement, ObjectNode>(this));
    });

  entered.merge(joined).each(function (d) {
    const signature = signatureOf(d);
    if (drawnSignature.get(this) === signature) return;
    drawnSignature.set(this, signature);
    const g = select<SVGGElement, ObjectNode>(this);
    g.attr('aria-label', d.ariaLabel);
    if (d.kind === 'card') fillCard(g, d);
    else fillPill(g, d);
  });

  const exited = joined
    .exit<ObjectNode>()
    .classed('exiting', true)
    .attr('aria-hidden', 'true')
    .attr('tabindex', null)
    .attr('role', null)
    .on('click', null)
    .on('keydown', null);

  return { entered, exited };
}

/** Marks the selected node (and only it). */
export function markSelected(layer: Layer, selectedId: number | null): void {
  layer
    .selectAll<SVGGElement, ObjectNode>('g.node')
    .classed('selected', (d) => d.id === selectedId)
    .attr('aria-pressed', (d) => String(d.id === selectedId));
}

function buildCard(g: One<ObjectNode>): void {
  g.append('rect').attr('class', 'focus-ring').attr('x', -5).attr('y', -5).attr('rx', 12);
  g.append('rect').attr('class', 'card-body').attr('rx', 8);
  g.append('path').attr('class', 'card-band');
  g.append('text').attr('class', 'card-type').attr('x', CARD.padding).attr('y', 18);
  g.append('text')
    .attr('class', 'card-address')
    .attr('x', CARD.width - 18)
    .attr('y', 18);
  g.append('text')
    .attr('class', 'card-repr')
    .attr('x', CARD.padding)
    .attr('y', CARD.header + 15);
  g.append('g').attr('class', 'card-strip');
  const badge = g
    .append('g')
    .attr('class', 'badge')
    .attr('transform', `translate(${CARD.width - 2},2)`);
  const pulse = badge.append('g').attr('class', 'badge-pulse');
  pulse.append('circle').attr('r', CARD.badgeRadius);
  pulse.append('text').attr('class', 'badge-count').attr('y', 4);
  g.selectAll('*').attr('aria-hidden', 'true');
}

function fillCard(g: One<ObjectNode>, d: ObjectNode): void {
  const { w, h } = d.box;
  g.select('rect.focus-ring')
    .attr('width', w + 10)
    .attr('height', h + 10);
  g.select('rect.card-body').attr('width', w).attr('height', h);
  g.select('path.card-band').attr('d', bandPath(w, CARD.header));
  g.select('text.card-type').text(d.typeText);
  g.select('text.card-address').text(d.addressText);
  g.select('text.card-repr').text(d.reprText);
  g.select('text.badge-count').text(String(d.view.refcount));
  g.select('g.card-strip')
    .selectAll<SVGGElement, ObjectNode['cells'][number]>('g.cell')
    .data(d.cells)
    .join((enter) => {
      const cell = enter.append('g').attr('class', 'cell').attr('aria-hidden', 'true');
      cell.append('rect').attr('rx', 4);
      cell.append('text');
      return cell;
    })
    .attr('transform', (c) => `translate(${c.x},${h - CARD.strip + 1})`)
    .call((cell) => {
      cell
        .select('rect')
        .attr('width', (c) => c.w)
        .attr('height', CARD.strip - 8);
      cell
        .select('text')
        .attr('x', (c) => c.w / 2)
        .attr('y', 13)
        .text((c) => c.label);
    });
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
  const cells = d.cells.map((c) => `${c.label}@${c.x}`).join(',');
  return `${d.ariaLabel}|${d.typeText}|${d.reprText}|${d.box.h}|${cells}`;
}

/** Python type names as CSS class names: user classes may contain anything. */
export function cssName(type: string): string {
  return type.replace(/[^A-Za-z0-9_-]/g, '_');
}
