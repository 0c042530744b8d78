/**
 * Details of the selected object: type, repr, address, refcount, who refers to it (names and
 * container slots, from the snapshot) and what it refers to. Referrers and references are buttons
 * that move the selection, so the heap can be walked from here too.
 */
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';
import { hexAddress } from '../render/format';
import { referrersOf, type Referrer } from '../store/referrers';
import { useSession } from '../store/sessionStore';

export function Inspector() {
  const snapshot = useSession((s) => s.snapshot);
  const selectedId = useSession((s) => s.selectedId);
  const select = useSession((s) => s.select);
  const object = snapshot.objects.find((o) => o.id === selectedId);

  return (
    <aside className="inspector panel" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="panel-title">
        Inspector
      </h2>
      {object ? (
        <ObjectDetails object={object} snapshot={snapshot} onSelect={select} />
      ) : (
        <p className="inspector-hint">
          Click an object on the canvas (or focus it and press Enter) to see its refcount and what
          refers to it.
        </p>
      )}
    </aside>
  );
}

interface DetailsProps {
  readonly object: ObjectView;
  readonly snapshot: HeapSnapshot;
  readonly onSelect: (id: number) => void;
}

function ObjectDetails({ object, snapshot, onSelect }: DetailsProps) {
  const referrers = referrersOf(snapshot, object.id);
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  return (
    <div className="inspector-body">
      <dl className="facts">
        <dt>Type</dt>
        <dd>{object.type}</dd>
        <dt>Value</dt>
        <dd>
          <code className="repr">{object.repr}</code>
        </dd>
        <dt>Address</dt>
        <dd>
          <code>{hexAddress(object.id)}</code>
        </dd>
        <dt>Refcount</dt>
        <dd>
          <strong className="refcount">{object.refcount}</strong>
          {object.interned && <span className="tag">interned</span>}
        </dd>
      </dl>

      <section aria-labelledby="referrers-title">
        <h3 id="referrers-title">Referrers</h3>
        {referrers.length === 0 ? (
          <p className="muted">Nothing drawn refers to it.</p>
        ) : (
          <ul className="link-list" aria-labelledby="referrers-title">
            {referrers.map((r) => (
              <li key={referrerKey(r)}>
                <ReferrerItem referrer={r} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        )}
        <p className="muted note">{countNote(object, referrers.length)}</p>
      </section>

      {object.refs.length > 0 && (
        <section aria-labelledby="refs-title">
          <h3 id="refs-title">Refers to</h3>
          <ul className="link-list" aria-labelledby="refs-title">
            {object.refs.map((r) => {
              const target = byId.get(r.target);
              return (
                <li key={r.slot}>
                  <code className="slot">{r.slot}</code> →{' '}
                  {target ? (
                    <button type="button" className="link" onClick={() => onSelect(target.id)}>
                      {target.type} {shorten(target.repr)}
                    </button>
                  ) : (
                    <span className="muted">{hexAddress(r.target)} (not drawn)</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

function ReferrerItem({
  referrer,
  onSelect,
}: {
  referrer: Referrer;
  onSelect: (id: number) => void;
}) {
  switch (referrer.kind) {
    case 'name':
      return (
        <span>
          name <code className="slot">{referrer.name}</code>{' '}
          <span className="muted">in {referrer.frame}</span>
        </span>
      );
    case 'stack':
      return (
        <span>
          value stack slot {referrer.index} <span className="muted">in {referrer.frame}</span>
        </span>
      );
    case 'slot':
      return (
        <span>
          <button type="button" className="link" onClick={() => onSelect(referrer.holderId)}>
            {referrer.holderType} {shorten(referrer.holderRepr)}
          </button>{' '}
          slot <code className="slot">{referrer.slot}</code>
        </span>
      );
  }
}

function referrerKey(r: Referrer): string {
  switch (r.kind) {
    case 'name':
      return `n:${r.frameId}:${r.name}`;
    case 'stack':
      return `s:${r.frameId}:${r.index}`;
    case 'slot':
      return `o:${r.holderId}:${r.slot}`;
  }
}

/** Why the drawn referrers may not add up to the refcount. */
function countNote(object: ObjectView, drawn: number): string {
  if (object.interned) {
    return 'Interned objects are shared by the whole interpreter, so most of their references are not drawn.';
  }
  if (drawn === object.refcount) return 'Every reference counted in the refcount is drawn.';
  const other = object.refcount - drawn;
  if (other > 0) {
    return `${drawn} of the ${object.refcount} references are drawn; ${other} ${other === 1 ? 'is' : 'are'} held by objects or temporaries not drawn.`;
  }
  return `${drawn} references are drawn.`;
}

function shorten(repr: string): string {
  return repr.length > 32 ? `${repr.slice(0, 31)}…` : repr;
}
