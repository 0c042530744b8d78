/**
 * Details of the selection: for a name or an arrow, what it is and what can be done with it; for
 * the object (selected, or the one the name or arrow points to): type, repr, address, refcount,
 * how Python can reach it, who refers to it (names and container slots, from the snapshot) and
 * what it refers to. Referrers and references are buttons that move the selection, so the heap can
 * be walked from here too; the action buttons run the same registry actions as the keys.
 *
 * While a step of a script is shown it describes the heap at that step (what the canvas draws),
 * and offers no action: actions run on the live heap.
 *
 * The panel and what it says while nothing is selected are drawn at once; the details
 * (InspectorDetails.tsx) are loaded apart, when the page is idle after the first heap is drawn or
 * when something is first selected: until they come, the panel stays as it is, its body empty.
 */
import { useSession } from './core/context';
import { later, useLater } from './later';
import { useShownHeap } from './useShownHeap';

export const inspectorDetails = later(() => import('./InspectorDetails'));

export function Inspector() {
  const { snapshot, past } = useShownHeap();
  const selection = useSession((s) => s.selection);
  const selectedId = useSession((s) => s.selectedId);
  const select = useSession((s) => s.select);
  const object = snapshot.objects.find((o) => o.id === selectedId);
  const shown = selection !== null && object !== undefined;
  const code = useLater(inspectorDetails, shown);

  return (
    <aside className="inspector panel" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="panel-title">
        Inspector
      </h2>
      {shown ? (
        code ? (
          <code.InspectorDetails
            selection={selection}
            object={object}
            snapshot={snapshot}
            readOnly={past}
            onSelect={select}
          />
        ) : (
          <div className="inspector-body" aria-busy="true" />
        )
      ) : (
        <p className="inspector-hint">
          Click an object, a name or an arrow on the canvas (or Tab to it) to see its refcount, what
          refers to it and what you can do with it. Press <kbd>?</kbd> for keys.
        </p>
      )}
    </aside>
  );
}
