/**
 * `Find object`: a search field in the canvas's bar. Enter finds an object by name path
 * (`objs[122]`, `n1.next`, `d['k']`), type (`Node`; Enter again goes to the next one, "3 of 200")
 * or address (`0x7f…`), selects it and brings its card into view; Escape clears. What it found,
 * or why nothing, shows under the field (and is read out). Beside it, Types opens the live
 * objects counted by type; a type finds its first object.
 *
 * A path the snapshot cannot follow (it lists a container's first items only) is asked of the
 * interpreter, for the live heap; a script's step drawn instead is searched as drawn.
 */
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';
import { grouped, pythonAddress } from '../render/format';
import type { HeapCanvas } from '../render/heapCanvas';
import { useCore } from './core/context';
import { findObjects, normalizeQuery, objectsOfType, typeCounts } from './findObject';

export interface FindObjectProps {
  readonly canvas: RefObject<HeapCanvas | null>;
  readonly snapshot: HeapSnapshot;
  /** The snapshot's objects the canvas draws (not the setup's, unless shown). */
  readonly drawn: readonly ObjectView[];
  /** A script's step is drawn, not the live heap: paths are followed on it alone. */
  readonly past: boolean;
}

/** What Enter found last: Enter again on the same query goes to the next of `ids`. */
interface Found {
  readonly query: string;
  readonly ids: readonly number[];
  readonly index: number;
  readonly label: string;
}

export function FindObject({ canvas, snapshot, drawn, past }: FindObjectProps) {
  const core = useCore();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ text: string; miss: boolean } | null>(null);
  const [typesOpen, setTypesOpen] = useState(false);
  const found = useRef<Found | null>(null);
  /** Counts the searches: an answer from the interpreter for an older one is dropped. */
  const searches = useRef(0);
  const messageId = useId();
  const typesId = useId();
  const typesBox = useRef<HTMLDivElement>(null);
  const typesToggle = useRef<HTMLButtonElement>(null);
  const counts = useMemo(() => typeCounts(drawn), [drawn]);

  // The type counts take the focus when they open (their first type), and a click anywhere
  // else closes them.
  useEffect(() => {
    if (!typesOpen) return;
    typesBox.current?.querySelector<HTMLElement>('li button')?.focus();
    const away = (event: PointerEvent) => {
      if (!typesBox.current?.contains(event.target as Node)) setTypesOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [typesOpen]);

  /** Selects `ids[index]`, brings it into view and says so. */
  const show = (next: Found) => {
    found.current = next;
    const id = next.ids[next.index]!;
    core.session.getState().select(id);
    const shown = canvas.current?.reveal(id) ?? false;
    const view = drawn.find((o) => o.id === id);
    const where = view ? `${view.type} at ${pythonAddress(view)}` : '';
    const of =
      next.ids.length > 1 ? `${grouped(next.index + 1)} of ${grouped(next.ids.length)}` : '';
    const text = [next.label, of, where].filter(Boolean).join(' · ');
    setMessage({ text: shown ? text : `${text} (not drawn)`, miss: !shown });
  };

  const findType = (type: string) => {
    const ids = objectsOfType(drawn, type);
    if (ids.length === 0) return;
    searches.current++;
    setQuery(type);
    show({ query: type, ids, index: 0, label: type });
  };

  const search = async () => {
    const q = normalizeQuery(query);
    const last = found.current;
    // Enter again: the next of the same matches (a type's), round to the first after the last.
    if (last && last.query === q && last.ids.length > 1) {
      show({ ...last, index: (last.index + 1) % last.ids.length });
      return;
    }
    found.current = null;
    const search = ++searches.current;
    let result = findObjects(snapshot, drawn, query);
    if (result.found === 'none' && result.unresolved && !past) {
      setMessage({ text: 'Looking…', miss: false });
      const id = await core.session.getState().lookPath(result.unresolved);
      if (search !== searches.current) return;
      result = findObjects(snapshot, drawn, query, id);
    }
    if (result.found === 'none') {
      setMessage({ text: result.message, miss: true });
      return;
    }
    show({ query: q, ids: result.ids, index: 0, label: q });
  };

  return (
    <div className="find-object" role="group" aria-label="Find">
      <input
        type="search"
        aria-label="Find object"
        aria-describedby={message ? messageId : undefined}
        placeholder="Find: objs[1], Node, 0x7f…"
        title="A name path (objs[122], n1.next, d['k']), a type (Node: Enter again for the next) or an address (0x7f…). Enter finds, Escape clears."
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          found.current = null;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void search();
          } else if (event.key === 'Escape') {
            // The field's own clearing (type=search) is replaced by ours, which also drops the note.
            event.preventDefault();
            searches.current++;
            found.current = null;
            setQuery('');
            setMessage(null);
          }
        }}
      />
      {message && (
        <p
          id={messageId}
          className={message.miss ? 'find-message miss' : 'find-message'}
          aria-live="polite"
        >
          {message.text}
        </p>
      )}
      <div ref={typesBox} className="find-types">
        <button
          ref={typesToggle}
          type="button"
          aria-expanded={typesOpen}
          aria-controls={typesId}
          onClick={() => setTypesOpen(!typesOpen)}
          title="The live objects drawn, counted by type"
        >
          Types<span aria-hidden="true"> ▾</span>
        </button>
        {typesOpen && (
          <div
            id={typesId}
            className="find-types-panel"
            role="group"
            aria-label="Objects by type"
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              setTypesOpen(false);
              typesToggle.current?.focus();
            }}
          >
            {counts.length === 0 ? (
              <p className="find-types-empty">No objects drawn.</p>
            ) : (
              <ul>
                {counts.map(({ type, count }) => (
                  <li key={type}>
                    <button
                      type="button"
                      title={`Find the first ${type} (Enter in Find object goes on to the next)`}
                      onClick={() => {
                        setTypesOpen(false);
                        findType(type);
                      }}
                    >
                      <span className="find-type-name">{type}</span>{' '}
                      <span className="find-type-count">{grouped(count)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {snapshot.omitted > 0 && (
              <p className="find-types-empty">
                Of the {grouped(drawn.length)} objects drawn; {grouped(snapshot.omitted)} more are
                not.
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
