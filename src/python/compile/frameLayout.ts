/** The frame layout of a nested code unit (a function, a lambda, a comprehension). */
import type { ClosureLayout } from '../scopes';

/**
 * CPython's localsplus: the plain locals (parameters first, a captured parameter keeps its slot
 * and holds a cell), then the other cell variables, then the free variables.
 */
export function frameLayout(
  locals: readonly string[],
  paramCount: number,
  layout: ClosureLayout,
): { names: string[]; cellSlots: number[]; freeStart: number } {
  const cells = new Set(layout.cells);
  const plain = locals.filter((n, i) => i < paramCount || !cells.has(n));
  const extraCells = layout.cells.filter((n) => plain.indexOf(n) < 0);
  const names = [...plain, ...extraCells, ...layout.frees];
  const cellSlots = layout.cells.map((n) => names.indexOf(n)).sort((a, b) => a - b);
  return { names, cellSlots, freeStart: plain.length + extraCells.length };
}
