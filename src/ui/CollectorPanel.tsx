/**
 * The collector's state, from the snapshot: whether automatic collection is on, each
 * generation's count against the threshold that triggers a collection, and `gc.garbage` (objects
 * the collector found but could not free, or kept because of DEBUG_SAVEALL). While a collection
 * is walked through, it shows the heap the canvas draws: the one before the run until the
 * walkthrough reaches the deletion (walkthroughShown.ts).
 */
import { grouped } from '../render/format';
import { useSession } from './core/context';
import { useWalkthroughShown } from './useWalkthroughShown';

const COUNT_MEANING = [
  'allocations of tracked objects since the last collection',
  'collections of generation 0 since the last of generation 1',
  'collections of generation 1 since the last of generation 2',
] as const;

export function CollectorPanel() {
  const after = useSession((s) => s.snapshot);
  const before = useSession((s) => s.lastRun?.before ?? null);
  const select = useSession((s) => s.select);
  const walkthrough = useWalkthroughShown();
  const held = walkthrough !== null && !walkthrough.committed && before !== null;
  const snapshot = held ? before : after;
  const { enabled, counts, thresholds, garbage, garbageTotal } = snapshot.collector;
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));

  return (
    <section className="collector-panel panel" aria-labelledby="collector-title">
      <h2 id="collector-title" className="panel-title">
        Collector
      </h2>
      <div className="collector-body">
        {held && (
          <p className="muted note collector-held">
            As before <code>{walkthrough.source.split('\n')[0]}</code>: the walkthrough has not
            reached the deletion yet
            {walkthrough.step > 0 && ` (step ${walkthrough.step} of ${walkthrough.total})`}.
          </p>
        )}
        <p className="collector-enabled">
          Automatic collection:{' '}
          <strong className={enabled ? 'on' : 'off'}>{enabled ? 'enabled' : 'disabled'}</strong>
        </p>
        <ul className="generations" aria-label="Generations">
          {counts.map((count, g) => {
            const threshold = thresholds[g] ?? 0;
            const share = threshold > 0 ? Math.min(1, count / threshold) : 0;
            return (
              <li
                key={g}
                title={`${count} ${COUNT_MEANING[g]}; a collection starts above ${threshold}`}
              >
                <span className="generation-name">generation {g}</span>
                <span className="generation-count">
                  {count} / {threshold}
                </span>
                <span className="generation-bar" aria-hidden="true">
                  <span style={{ width: `${share * 100}%` }} />
                </span>
                <span className="visually-hidden">
                  : {count} {COUNT_MEANING[g]}, a collection starts above {threshold}
                </span>
              </li>
            );
          })}
        </ul>
        <h3 className="garbage-title">gc.garbage</h3>
        {garbage.length === 0 ? (
          <p className="muted garbage-empty">empty</p>
        ) : (
          <ul className="link-list" aria-label="gc.garbage">
            {garbage.map((id, i) => {
              const o = byId.get(id);
              return (
                <li key={`${id}:${i}`}>
                  <button type="button" className="link" onClick={() => select(id)}>
                    {o
                      ? `${o.type} ${o.repr.length > 28 ? `${o.repr.slice(0, 27)}…` : o.repr}`
                      : 'an object not drawn'}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {garbageTotal > garbage.length && (
          <p className="muted note">
            The first {garbage.length} of {grouped(garbageTotal)} items.
          </p>
        )}
      </div>
    </section>
  );
}
