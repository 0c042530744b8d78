/**
 * The collector's bar under the canvas: Collect (with the generation to collect) runs
 * `gc.collect(N)` like any statement; the canvas then walks through the collection (of any
 * statement that called gc.collect(), wherever), and these controls drive it: Step, Play/Pause,
 * the speed, Skip to end. The caption says in one sentence what the step shows, and is read out as
 * it changes; it has two lines' room, then "more". A collection's last step lists by type what it
 * counted but the canvas does not draw.
 *
 * Collections an allocation started are said in the caption's place while no walkthrough is on
 * screen ("An automatic collection of generation 0 ran: 3 objects collected — Show it"), and
 * walked through when asked.
 */
import { collect } from '../actions/collect';
import { grouped } from '../render/format';
import { useCollector, useCore } from './core/context';
import { BoundedText } from './BoundedText';

const SPEEDS = [0.5, 1, 2, 4] as const;

/** The last statement's automatic collections, as the bar offers them. */
export interface AutomaticCollections {
  /** "An automatic collection of generation 0 ran: 3 objects collected". */
  readonly summary: string;
  readonly count: number;
  /** Walks through them, from the heap before the statement. */
  show(): void;
}

export function CollectorBar({ automatic = null }: { automatic?: AutomaticCollections | null }) {
  const core = useCore();
  const state = useCollector((s) => s.state);
  const controls = useCollector((s) => s.controls);
  const generation = useCollector((s) => s.generation);
  const setGeneration = useCollector((s) => s.setGeneration);
  const { active, step, playing, done, index, total } = state;
  const idle = !active || done;
  const showLabel = automatic?.count === 1 ? 'Show it' : 'Show them';

  return (
    <div className="collector-bar" role="group" aria-label="Collector">
      <div className="collector-controls">
        <button
          type="button"
          className="collect-button"
          onClick={() => void core.gestures.perform(collect, null, { generation })}
          aria-keyshortcuts="G"
          title={`Run gc.collect(${generation}) and walk through it step by step (G)`}
        >
          Collect
        </button>
        <label className="collector-field">
          <span>generation</span>
          <select
            value={generation}
            onChange={(e) => setGeneration(Number(e.currentTarget.value))}
            aria-label="Generation to collect"
          >
            <option value={0}>0</option>
            <option value={1}>1</option>
            <option value={2}>2 (full)</option>
          </select>
        </label>
        <span className="collector-divider" aria-hidden="true" />
        <button type="button" onClick={() => controls?.step()} disabled={idle}>
          Step
        </button>
        <button
          type="button"
          onClick={() => (playing ? controls?.pause() : controls?.play())}
          disabled={idle}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <label className="collector-field">
          <span>speed</span>
          <select
            value={state.speed}
            onChange={(e) => controls?.setSpeed(Number(e.currentTarget.value))}
            aria-label="Walkthrough speed"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => controls?.skipToEnd()} disabled={idle}>
          Skip to end
        </button>
        {active && step?.notDrawn ? (
          // What the last step counted beyond the cards, by type, in the progress's place (the
          // caption says the step's number): opens over the canvas.
          <details className="collector-undrawn">
            <summary
              aria-label={`and ${grouped(step.notDrawn.count)} more ${step.notDrawn.count === 1 ? 'object' : 'objects'} (not drawn)`}
            >
              {grouped(step.notDrawn.count)} not drawn
            </summary>
            <ul>
              {step.notDrawn.types.map((t) => (
                <li key={t.type}>
                  {grouped(t.count)} × <code>{t.type}</code>
                </li>
              ))}
            </ul>
          </details>
        ) : (
          active && (
            <span className="collector-progress" aria-hidden="true">
              {index + 1} / {total}
            </span>
          )
        )}
        {active && automatic && !state.onDemand && (
          // The caption is the walkthrough's: the statement's automatic collections wait here.
          <button
            type="button"
            onClick={automatic.show}
            title={`${automatic.summary}: walk through ${automatic.count === 1 ? 'it' : 'them'}`}
          >
            Automatic collection{automatic.count === 1 ? '' : 's'}
          </button>
        )}
      </div>
      <BoundedText
        slotClassName="caption-slot"
        className={active ? 'collector-caption' : 'collector-caption idle'}
        aria-live="polite"
        textKey={
          active && step
            ? `${index}/${total}: ${step.title}`
            : `idle ${generation} ${automatic?.summary ?? ''}`
        }
        what="collector's caption"
      >
        {active && step ? (
          <>
            <span className="visually-hidden">
              Step {index + 1} of {total}.{' '}
            </span>
            <strong className={`phase phase-${step.phase}`}>{step.title}</strong>{' '}
            {step.returned !== null && (
              <span className="returned" aria-hidden="true">
                {step.returned}
              </span>
            )}
            <span className="caption-text">{step.caption}</span>
            {step.output && (
              <span className="caption-output">
                {' '}
                Printed: <code>{step.output.trimEnd()}</code>
              </span>
            )}
          </>
        ) : automatic ? (
          <span className="collector-automatic">
            {automatic.summary} —{' '}
            <button type="button" className="link" onClick={automatic.show}>
              {showLabel}
            </button>
          </span>
        ) : (
          <>
            Collect runs <code>gc.collect({generation})</code> and shows each phase of the cycle
            collector on the heap.
          </>
        )}
      </BoundedText>
    </div>
  );
}
