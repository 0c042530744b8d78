/**
 * Draws the group cards (groupScene.ts): a stack of cards that says "200 × Node in objs", what it
 * carries besides ("with 200 str"), and a button that expands the group in place (Expand) or folds
 * it back (Collapse). The card is a named group for assistive technology, its accessible name
 * exactly its text ("200 × Node in objs"); the button is in Tab order like every card.
 */
import type { Group } from './groups';
import { GROUP_CARD, type GroupNode } from './groupScene';
import { activateOnKeys, type Layer } from './selection';
import { cssName } from './drawNodes';

/** Offset of each of the two cards drawn behind the front one, so the card reads as a stack. */
const STACK_STEP = 4;

export function drawGroups(
  layer: Layer,
  groups: readonly GroupNode[],
  onToggle: (group: Group) => void,
): void {
  const joined = layer
    .selectAll<SVGGElement, GroupNode>('g.group-card')
    .data(groups, (d) => d.group.key);
  joined.exit().remove();

  const entered = joined
    .enter()
    .append('g')
    .attr('role', 'group')
    .attr('data-group', (d) => d.group.key)
    .attr('data-id', (d) => d.group.id);
  for (const i of [2, 1]) {
    entered
      .append('rect')
      .attr('class', 'group-behind')
      .attr('aria-hidden', 'true')
      .attr('x', i * STACK_STEP)
      .attr('y', -i * STACK_STEP)
      .attr('rx', 8)
      .attr('width', GROUP_CARD.width)
      .attr('height', GROUP_CARD.height);
  }
  entered
    .append('rect')
    .attr('class', 'group-body')
    .attr('aria-hidden', 'true')
    .attr('rx', 8)
    .attr('width', GROUP_CARD.width)
    .attr('height', GROUP_CARD.height);
  const text = entered.append('text').attr('class', 'group-text').attr('aria-hidden', 'true');
  text.append('tspan').attr('class', 'group-count').attr('x', 10).attr('y', 20);
  text.append('tspan').attr('class', 'group-holder').attr('x', 10).attr('y', 38);
  text.append('tspan').attr('class', 'group-detail').attr('x', 10).attr('y', 54);
  const { w, h } = GROUP_CARD.button;
  const button = entered
    .append('g')
    .attr('class', 'group-toggle')
    .attr('role', 'button')
    .attr('tabindex', 0)
    .attr('transform', `translate(10,${GROUP_CARD.height - h - 6})`)
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      onToggle(d.group);
    })
    .on('keydown', (event: KeyboardEvent, d) => activateOnKeys(event, () => onToggle(d.group)));
  button.append('rect').attr('class', 'focus-ring').attr('x', -3).attr('y', -3).attr('rx', 7);
  button
    .append('rect')
    .attr('class', 'group-button')
    .attr('rx', 5)
    .attr('width', w)
    .attr('height', h);
  button
    .append('text')
    .attr('class', 'group-button-text')
    .attr('x', w / 2)
    .attr('y', 15);
  button
    .select('rect.focus-ring')
    .attr('width', w + 6)
    .attr('height', h + 6);

  const all = entered.merge(joined);
  all
    .attr('class', (d) => `group-card type-${cssName(d.group.type)}`)
    .classed('expanded', (d) => d.group.expanded)
    .attr('aria-label', (d) => d.group.label)
    .attr('transform', (d) => `translate(${d.box.x},${d.box.y})`);
  all.select('tspan.group-count').text((d) => `${d.group.members.length} × ${d.group.type}`);
  all.select('tspan.group-holder').text((d) => `in ${d.group.holderName}`);
  all.select('tspan.group-detail').text((d) => (d.group.expanded ? 'shown as cards' : d.detail));
  all
    .select('g.group-toggle')
    .attr('aria-label', (d) => (d.group.expanded ? 'Collapse' : 'Expand'))
    .attr('aria-expanded', (d) => String(d.group.expanded))
    .attr('data-nav', (d) => `group:${d.group.key}`)
    .select('text')
    .text((d) => (d.group.expanded ? 'Collapse' : 'Expand'));
}
