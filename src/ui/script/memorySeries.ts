/**
 * The memory chart's figures: the heap's bytes at each step of a script, scaled to a chart's box,
 * and objgraph.show_growth's table between two steps (types whose tracked count changed, most
 * grown first). Plain functions of the recorded steps: the chart draws, it never asks the heap.
 */
import type { StepColumns } from '../../python/stepColumns';

/** At most this many points are drawn: a long run is sampled (every k-th step, and the last). */
export const MAX_POINTS = 600;

export interface ChartBox {
  readonly width: number;
  readonly height: number;
}

/** The polyline's points ("x,y x,y ...") of bytes over steps, lowest at the bottom. */
export function bytesPolyline(steps: StepColumns, box: ChartBox): string {
  if (steps.length === 0) return '';
  const { low, high } = bytesRange(steps);
  const every = Math.max(1, Math.ceil(steps.length / MAX_POINTS));
  const points: string[] = [];
  for (let i = 0; i < steps.length; i += every) points.push(point(steps, i, low, high, box));
  if ((steps.length - 1) % every !== 0) points.push(point(steps, steps.length - 1, low, high, box));
  return points.join(' ');
}

/** Where step `i` sits across the chart (its x), for the marker of the step shown. */
export function stepX(total: number, i: number, box: ChartBox): number {
  return total <= 1 ? box.width / 2 : (i / (total - 1)) * box.width;
}

/** The step under an x across the chart (a click jumps there). */
export function stepUnder(total: number, x: number, box: ChartBox): number {
  if (total <= 1) return 0;
  return Math.max(0, Math.min(total - 1, Math.round((x / box.width) * (total - 1))));
}

export function bytesRange(steps: StepColumns): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < steps.length; i++) {
    const bytes = steps.bytes[i]!;
    if (bytes < low) low = bytes;
    if (bytes > high) high = bytes;
  }
  return { low, high };
}

function point(steps: StepColumns, i: number, low: number, high: number, box: ChartBox): string {
  const span = high - low || 1;
  const y = box.height - ((steps.bytes[i]! - low) / span) * box.height;
  return `${round(stepX(steps.length, i, box))},${round(y)}`;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** "12.3 KiB", "840 bytes". */
export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1024) return `${bytes} bytes`;
  if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export interface GrowthRow {
  readonly type: string;
  readonly count: number;
  readonly change: number;
}

/** objgraph.show_growth between two typestats: the types whose count changed, most grown first. */
export function growth(
  from: Readonly<Record<string, number>>,
  to: Readonly<Record<string, number>>,
  limit = 10,
): GrowthRow[] {
  const rows: GrowthRow[] = [];
  for (const type of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const change = (to[type] ?? 0) - (from[type] ?? 0);
    if (change !== 0) rows.push({ type, count: to[type] ?? 0, change });
  }
  rows.sort((a, b) => b.change - a.change || a.type.localeCompare(b.type));
  return rows.slice(0, limit);
}
