/**
 * Arrow keys on the canvas move the focus to the nearest name row, card or reference in that
 * direction, as seen on screen (so zoom and pan do not matter). A card's references sit along
 * its bottom edge, so ↓ from a card reaches its first reference and ↑ comes back.
 */
const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** Handles an arrow key pressed on a focusable canvas item; returns whether it moved the focus. */
export function moveFocus(root: Element, event: KeyboardEvent): boolean {
  const dir = DIRECTIONS[event.key];
  if (!dir || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const from = (event.target as Element | null)?.closest('[data-nav]');
  if (!from || !root.contains(from)) return false;
  const next =
    withinCard(from, event.key) ?? nearest(from, [...root.querySelectorAll('[data-nav]')], dir);
  event.preventDefault();
  if (next instanceof SVGElement || next instanceof HTMLElement) next.focus();
  return next !== null;
}

/** ↓ from a card goes to its first reference, ↑ from a reference back to its card. */
function withinCard(from: Element, key: string): Element | null {
  const node = from.closest('g.node');
  if (!node) return null;
  if (key === 'ArrowDown' && from.matches('g.hit')) return node.querySelector('g.cell[data-nav]');
  if (key === 'ArrowUp' && from.matches('g.cell')) return node.querySelector('g.hit[data-nav]');
  return null;
}

function nearest(
  from: Element,
  candidates: Element[],
  dir: { x: number; y: number },
): Element | null {
  const a = centre(from);
  let best: Element | null = null;
  let bestScore = Infinity;
  for (const el of candidates) {
    if (el === from) continue;
    const b = centre(el);
    const along = (b.x - a.x) * dir.x + (b.y - a.y) * dir.y;
    if (along <= 1) continue;
    const across = Math.abs((b.x - a.x) * dir.y + (b.y - a.y) * dir.x);
    // Straight ahead wins over nearer but off to the side.
    const score = along + across * 2.5;
    if (score < bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}

function centre(el: Element): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}
