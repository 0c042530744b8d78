/**
 * The frame panels on the left: "Globals" and its names, one row each, with the dot the arrow to
 * the name's target starts from (and, while a script's step is shown, a panel per call in
 * progress: its locals, then its value stack's slots). Rows follow the namespace's order, so a
 * deleted name closes the gap; objects never move.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import type { Selection as Picked } from '../store/selection';
import type { DragSources } from './drag';
import type { FramePanel, NameRow } from './scene';
import {
  activateOnKeys,
  contextMenuOn,
  itemKey,
  type CanvasCallbacks,
  type Layer,
} from './selection';

export function drawFrames(
  layer: Layer,
  frames: readonly FramePanel[],
  callbacks: CanvasCallbacks,
  drags: DragSources,
  animate: boolean,
): void {
  const panels = layer
    .selectAll<SVGGElement, FramePanel>('g.frame')
    .data(frames, (d) => String(d.id))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'frame').attr('role', 'group');
      g.append('rect').attr('class', 'frame-body').attr('rx', 10);
      g.append('text')
        .attr('class', 'frame-title')
        .attr('x', 14)
        .attr('y', 20)
        .attr('aria-hidden', 'true');
      g.append('g').attr('class', 'frame-rows');
      return g;
    });

  panels
    .attr('aria-label', (d) => d.ariaLabel)
    .classed('call', (d) => d.kind === 'call')
    .attr('transform', (d) => `translate(${d.box.x},${d.box.y})`);
  panels.select('text.frame-title').text((d) => d.title);
  const body = panels.select<SVGRectElement>('rect.frame-body').attr('width', (d) => d.box.w);
  (animate ? body.transition().duration(250) : body).attr('height', (d) => d.box.h);

  panels.each(function (panel) {
    drawRows(select(this).select<SVGGElement>('g.frame-rows'), panel, callbacks, drags, animate);
  });
}

function drawRows(
  layer: Layer,
  panel: FramePanel,
  callbacks: CanvasCallbacks,
  drags: DragSources,
  animate: boolean,
): void {
  const rows = layer
    .selectAll<SVGGElement, NameRow>('g.name-row')
    .data(panel.rows, (d) => d.key)
    .join(
      (enter) => {
        const g = enter
          .append('g')
          .attr('class', 'name-row')
          .attr('role', 'button')
          .attr('transform', (d) => rowTransform(panel, d))
          .on('click', (_event, d) => callbacks.onActivate(d.item))
          .on('focus', (_event, d) => callbacks.onFocusItem(d.item))
          .on('keydown', (event: KeyboardEvent, d) => {
            contextMenuOn(event, d.item, callbacks);
            activateOnKeys(event, () => callbacks.onActivate(d.item));
          })
          .on('contextmenu', (event: MouseEvent, d) => contextMenuOn(event, d.item, callbacks));
        g.append('rect').attr('class', 'row-bg').attr('x', 6).attr('y', 2).attr('rx', 6);
        g.append('text').attr('class', 'name-label').attr('x', 16).attr('aria-hidden', 'true');
        g.append('text').attr('class', 'name-note').attr('aria-hidden', 'true');
        g.append('circle').attr('class', 'name-dot').attr('r', 3.5);
        drags.rows(g);
        return g;
      },
      (update) => update,
      (exit) => exit.remove(),
    );

  const moved = animate ? rows.transition().duration(250) : rows;
  moved.attr('transform', (d) => rowTransform(panel, d));
  rows
    .attr('aria-label', (d) => d.ariaLabel)
    .attr('tabindex', 0)
    .attr('data-nav', (d) => `row:${d.key}`)
    .attr('data-target', (d) => d.target)
    .classed('hidden-target', (d) => d.hidden)
    .classed('stack-row', (d) => d.stack)
    .classed('draggable', (d) => d.draggable);
  rows
    .select('rect.row-bg')
    .attr('width', (d) => d.box.w - 12)
    .attr('height', (d) => d.box.h - 4);
  rows
    .select('text.name-label')
    .attr('y', (d) => d.box.h / 2 + 4)
    .text((d) => d.label);
  rows
    .select('text.name-note')
    .attr('x', (d) => d.box.w - 14)
    .attr('y', (d) => d.box.h / 2 + 4)
    .text((d) => d.note);
  rows
    .select('circle.name-dot')
    .attr('cx', (d) => d.box.w - 10)
    .attr('cy', (d) => d.box.h / 2)
    .attr('display', (d) => (d.hidden ? 'none' : null));
}

function rowTransform(panel: FramePanel, row: NameRow): string {
  return `translate(${row.box.x - panel.box.x},${row.box.y - panel.box.y})`;
}

/** Marks the selected name row, if a name is selected. */
export function markSelectedRow(layer: Layer, selection: Picked | null): void {
  const key = selection?.kind === 'name' ? itemKey(selection) : null;
  layer
    .selectAll<SVGGElement, NameRow>('g.name-row')
    .classed('selected', (d) => itemKey(d.item) === key)
    .attr('aria-pressed', (d) => (d.item.kind === 'name' ? String(itemKey(d.item) === key) : null));
}
