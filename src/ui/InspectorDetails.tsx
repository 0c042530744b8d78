/**
 * The inspector's details of a selection (Inspector.tsx draws the panel and says what to do while
 * nothing is selected): loaded when something is first selected, or when the page is idle after
 * the first heap is drawn.
 */
import { useMemo, type ReactElement } from 'react';
import { DELETE_ACTIONS, REFERENCE_ACTIONS, resolve } from '../actions/registry';
import { describeObject, expressionFor, pythonPaths } from '../actions/paths';
import { unreachableIds } from '../store/reachability';
import { whyAlive, type AlivePath } from '../store/whyAlive';
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';
import { cardValue } from '../render/cardText';
import { grouped, pythonAddress } from '../render/format';
import { referrersOf, type Referrer } from '../store/referrers';
import type { Selection } from '../store/selection';
import { useCore } from './core/context';
import { useInteraction } from './core/context';
import './inspectorDetails.css';

export interface InspectorDetailsProps {
  readonly selection: Selection;
  readonly object: ObjectView;
  readonly snapshot: HeapSnapshot;
  /** The heap at a step of a script, not the live one: actions (which run on the live heap) go. */
  readonly readOnly?: boolean;
  readonly onSelect: (id: number) => void;
}

export function InspectorDetails({
  selection,
  object,
  snapshot,
  readOnly = false,
  onSelect,
}: InspectorDetailsProps) {
  return (
    <div className="inspector-body">
      <SelectionHeader selection={selection} snapshot={snapshot} />
      {readOnly ? (
        <p className="muted note">
          The heap at a step of the script: press End in the Script pane to act on the live heap.
        </p>
      ) : (
        <SelectionActions selection={selection} snapshot={snapshot} />
      )}
      <ObjectDetails object={object} snapshot={snapshot} onSelect={onSelect} />
    </div>
  );
}

/** "Name b in Globals", "Reference a[1]": shown when the selection is not the object itself. */
function SelectionHeader({
  selection,
  snapshot,
}: {
  selection: Selection;
  snapshot: HeapSnapshot;
}) {
  if (selection.kind === 'object') return null;
  if (selection.kind === 'name') {
    const frame = snapshot.frames.find((f) => f.id === selection.frameId);
    return (
      <p className="selection-header">
        Name <code className="slot">{selection.name}</code>{' '}
        <span className="muted">in {frame?.title ?? 'a frame'}, refers to:</span>
      </p>
    );
  }
  const holder = snapshot.objects.find((o) => o.id === selection.holderId);
  const paths = pythonPaths(snapshot);
  return (
    <p className="selection-header">
      Reference <code className="slot">{selection.slot}</code>{' '}
      <span className="muted">
        of {holder ? describeObject(holder, paths) : 'an object'}, refers to:
      </span>
    </p>
  );
}

/** The actions that apply to the selection, each showing the Python it runs, or why none do. */
function SelectionActions({
  selection,
  snapshot,
}: {
  selection: Selection;
  snapshot: HeapSnapshot;
}) {
  const core = useCore();
  const picking = useInteraction((s) => s.pick !== null);
  const del = useMemo(() => resolve(DELETE_ACTIONS, selection, snapshot), [selection, snapshot]);
  const ref = useMemo(() => resolve(REFERENCE_ACTIONS, selection, snapshot), [selection, snapshot]);
  const buttons: ReactElement[] = [];
  if (ref.ok) {
    const what = selection.kind === 'name' ? 'Point this name at…' : 'Add a reference to…';
    buttons.push(
      <button
        key="ref"
        type="button"
        onClick={() => core.gestures.startReference(selection)}
        disabled={picking}
      >
        {what} <kbd>R</kbd>
      </button>,
    );
  }
  if (del.ok) {
    const source = del.action.toPython(selection, { snapshot });
    buttons.push(
      <button
        key="del"
        type="button"
        onClick={() => void core.gestures.perform(del.action, selection)}
      >
        Delete: <code>{source}</code> <kbd>Del</kbd>
      </button>,
    );
  }
  // An object Python can't name is explained once, in the facts below, not here too.
  const unnamed = selection.kind === 'object' && expressionFor(snapshot, selection.id) === null;
  const reason = unnamed
    ? ''
    : !del.ok && del.reason
      ? del.reason
      : !ref.ok && ref.reason
        ? ref.reason
        : '';
  if (buttons.length === 0 && !reason) return null;
  return (
    <section className="actions" aria-label="Actions">
      {buttons}
      {reason && <p className="muted note">{reason}</p>}
    </section>
  );
}

interface DetailsProps {
  readonly object: ObjectView;
  readonly snapshot: HeapSnapshot;
  readonly onSelect: (id: number) => void;
}

function ObjectDetails({ object, snapshot, onSelect }: DetailsProps) {
  const referrers = referrersOf(snapshot, object.id);
  const strong = referrers.filter((r) => r.kind !== 'slot' || !r.weak);
  const weak = referrers.filter((r) => r.kind === 'slot' && r.weak);
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  const expression = expressionFor(snapshot, object.id);
  return (
    <div className="object-details">
      <dl className="facts">
        <dt>Type</dt>
        <dd>{object.type}</dd>
        <dt>Value</dt>
        <dd>
          {/* What its card says it holds: an instance's attributes, a weakref's referent. */}
          <code className="repr">{cardValue(object, byId)}</code>
        </dd>
        <dt>Address</dt>
        <dd>
          <code>{pythonAddress(object)}</code>
        </dd>
        <dt>Refcount</dt>
        <dd>
          <strong className="refcount">{object.refcount}</strong>
          {object.interned && <span className="tag">interned</span>}
        </dd>
        <dt>Reached as</dt>
        <dd>
          {expression ? (
            <code className="slot">{expression}</code>
          ) : (
            <span className="unreachable-note">{unnamedNote(snapshot, object.id)}</span>
          )}
        </dd>
        <dt>Tracked</dt>
        <dd>
          {object.generation === null ? (
            <>
              no{' '}
              <span className="muted">
                {object.interned || object.kind === 'value'
                  ? '(holds no references: never in a cycle)'
                  : '(the collector does not look at it)'}
              </span>
            </>
          ) : (
            'yes'
          )}
        </dd>
        <dt>Generation</dt>
        <dd>{object.generation === null ? '—' : object.generation}</dd>
        {object.kind === 'instance' && (
          <>
            <dt>Finalized</dt>
            <dd>
              {object.finalized ? (
                <>
                  yes <span className="muted">(its __del__ ran; it won’t run again)</span>
                </>
              ) : (
                'no'
              )}
            </dd>
          </>
        )}
        <dt>Weak refs</dt>
        <dd>
          {object.weakrefCount}
          {object.weakrefCount > 0 && <span className="muted"> (not counted in the refcount)</span>}
        </dd>
      </dl>

      <WhyAlive object={object} snapshot={snapshot} onSelect={onSelect} />

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
        <p className="muted note">
          {countNote(object, strong.length, weak.length, isPartial(snapshot))}
        </p>
      </section>

      {object.refs.length > 0 && (
        <section aria-labelledby="refs-title">
          <h3 id="refs-title">Refers to</h3>
          {object.refs.length < object.refTotal && (
            <p className="muted note">
              The first {object.refs.length} of its {grouped(object.refTotal)} references: the
              picture lists no more of a big container.
            </p>
          )}
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
                    <span className="muted">an object not drawn</span>
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
          {referrer.weak && <span className="tag weak-tag">weak</span>}
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

/**
 * Does the picture leave something out: objects past the snapshot's bound, or references past
 * the first ones of a big container? Then a referrer may be missing from the list.
 */
function isPartial(snapshot: HeapSnapshot): boolean {
  return snapshot.omitted > 0 || snapshot.objects.some((o) => o.refs.length < o.refTotal);
}

/** Why the drawn referrers may not add up to the refcount. */
function countNote(object: ObjectView, drawn: number, weak: number, partial: boolean): string {
  if (object.interned) {
    return 'Interned objects are shared by the whole interpreter, so most of their references are not drawn.';
  }
  const weakNote =
    weak > 0
      ? ` The ${weak === 1 ? 'weak reference is' : `${weak} weak references are`} not counted.`
      : '';
  if (drawn === object.refcount)
    return `Every reference counted in the refcount is drawn.${weakNote}`;
  const other = object.refcount - drawn;
  if (other > 0) {
    const where = partial
      ? 'objects or temporaries not drawn (this picture leaves out some objects, and the slots past the first ones of big containers, so the list is incomplete)'
      : 'objects or temporaries not drawn';
    return `${grouped(drawn)} of the ${grouped(object.refcount)} references are drawn; ${grouped(other)} ${other === 1 ? 'is' : 'are'} held by ${where}.`;
  }
  return `${drawn} references are drawn.`;
}

/** Why no expression is shown, in a few words. */
function unnamedNote(snapshot: HeapSnapshot, id: number): string {
  return unreachableIds(snapshot).has(id)
    ? 'Nothing: no name reaches it, so no Python statement can refer to it. Only the cycle collector can find it.'
    : 'No expression: no name in Globals reaches it through the references drawn here.';
}

/** "Why is it alive?": the strong paths from a root (a name, a temporary) to the object. */
function WhyAlive({ object, snapshot, onSelect }: DetailsProps) {
  const paths = useMemo(() => whyAlive(snapshot, object.id), [snapshot, object.id]);
  if (object.interned) return null;
  return (
    <section aria-labelledby="why-title">
      <h3 id="why-title">Why is it alive?</h3>
      {paths.length === 0 ? (
        <p className="unreachable-note why-none">
          No name reaches it through strong references (weak ones don’t count): objects that refer
          to each other keep it alive, and only the cycle collector can free it.
        </p>
      ) : (
        <ul className="path-list" aria-labelledby="why-title">
          {paths.map((p) => (
            <li key={pathKey(p)}>
              <AlivePathItem path={p} snapshot={snapshot} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AlivePathItem({
  path,
  snapshot,
  onSelect,
}: {
  path: AlivePath;
  snapshot: HeapSnapshot;
  onSelect: (id: number) => void;
}) {
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  const root = path.root;
  const start =
    root.kind === 'name' ? (
      <>
        name <code className="slot">{root.name}</code>{' '}
        <span className="muted">in {root.frame}</span>
      </>
    ) : root.kind === 'stack' ? (
      <>value stack slot {root.index}</>
    ) : (
      <>
        a reference the picture does not draw (the interpreter’s, a hidden module’s, or a slot past
        the first ones of a big container)
      </>
    );
  return (
    <span className="alive-path">
      {start}
      {path.steps.map((step) => {
        const holder = byId.get(step.holderId);
        return (
          <span key={`${step.holderId}:${step.slot}`}>
            {' '}
            <span aria-hidden="true">→</span>{' '}
            <button type="button" className="link" onClick={() => onSelect(step.holderId)}>
              {holder ? `${holder.type}` : 'object'}
            </button>{' '}
            <code className="slot">{step.slot}</code>
          </span>
        );
      })}
    </span>
  );
}

function pathKey(p: AlivePath): string {
  const r = p.root;
  const head =
    r.kind === 'name'
      ? `n:${r.frameId}:${r.name}`
      : r.kind === 'stack'
        ? `s:${r.frameId}:${r.index}`
        : `h:${r.id}`;
  return `${head}:${p.steps.map((s) => s.slot).join('/')}`;
}

function shorten(repr: string): string {
  return repr.length > 32 ? `${repr.slice(0, 31)}…` : repr;
}
