/**
 * The memory chart of the last script: the heap's bytes at every step (sys.getsizeof's measure,
 * as the heap counts them), a marker at the step shown, and a click to jump to a step. Below it,
 * objgraph.show_growth between a step chosen with "Compare from here" and the step shown: which
 * types of tracked objects grew. A leak reads as a line that keeps rising; a heap that frees
 * what each pass made as a flat or saw-toothed one.
 */
import type { MouseEvent } from 'react';
import type { ScriptSteps } from '../../store/sessionStore';
import { useSession } from '../core/context';
import { stepAt } from '../../python/stepColumns';
import { bytesPolyline, bytesRange, formatBytes, growth, stepUnder, stepX } from './memorySeries';

const BOX = { width: 280, height: 64 };

export function MemoryChart({ script }: { readonly script: ScriptSteps }) {
  const showStep = useSession((s) => s.showStep);
  const compareFrom = useSession((s) => s.compareFrom);
  const { steps } = script;
  const shown = script.viewStep ?? steps.length - 1;
  const here = stepAt(steps, shown);
  if (!here) return null;
  const first = stepAt(steps, 0)!;
  const last = stepAt(steps, steps.length - 1)!;
  const { low, high } = bytesRange(steps);
  const summary =
    `Memory chart: ${formatBytes(here.bytes)} and ${here.objects} objects at step ${shown + 1}; ` +
    `${formatBytes(first.bytes)} at the first step, ${formatBytes(last.bytes)} at the last ` +
    `(lowest ${formatBytes(low)}, highest ${formatBytes(high)}).`;

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * BOX.width;
    void showStep(stepUnder(steps.length, x, BOX));
  };

  const baseline = script.baseline;
  const rows = baseline && script.types ? growth(baseline.types, script.types) : null;
  return (
    <section className="memory-chart" aria-label="Memory">
      <h3 className="memory-chart-title">Memory</h3>
      <svg
        className="memory-chart-plot"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
        data-first-bytes={first.bytes}
        data-last-bytes={last.bytes}
        data-high-bytes={high}
        onClick={onClick}
      >
        <polyline className="memory-chart-line" points={bytesPolyline(steps, BOX)} />
        <line
          className="memory-chart-marker"
          x1={stepX(steps.length, shown, BOX)}
          x2={stepX(steps.length, shown, BOX)}
          y1={0}
          y2={BOX.height}
        />
      </svg>
      <p className="memory-chart-caption">
        {formatBytes(here.bytes)}, {here.objects} objects at step {shown + 1}
      </p>
      <button type="button" disabled={!script.types} onClick={compareFrom}>
        Compare from here
      </button>
      {rows && baseline && (
        <table className="memory-growth">
          <caption>
            Growth from step {baseline.step + 1} to step {shown + 1} (tracked objects, as
            objgraph.show_growth counts them)
          </caption>
          <thead>
            <tr>
              <th scope="col">type</th>
              <th scope="col">count</th>
              <th scope="col">change</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={3}>No type grew or shrank.</td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r.type}>
                <td>{r.type}</td>
                <td>{r.count}</td>
                <td>{r.change > 0 ? `+${r.change}` : r.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
