/**
 * The palette: buttons that make a new object bound to a fresh name (`a = []`, `d = {}`,
 * `n1 = Node('n1')`), one per action of the registry's palette plus one per class defined in the
 * console. Each click runs the action's Python through the store, like anything typed.
 */
import { useMemo } from 'react';
import { createInstance } from '../actions/createInstance';
import { userClasses } from '../actions/objectKinds';
import { PALETTE } from '../actions/registry';
import { useCore, useSession } from './core/context';

const SETUP_CLASSES = new Set(['Node', 'Finalized']);

export function Palette() {
  const core = useCore();
  const snapshot = useSession((s) => s.snapshot);
  const classes = useMemo(
    () => userClasses(snapshot).filter((c) => !SETUP_CLASSES.has(c.name)),
    [snapshot],
  );
  return (
    <div className="palette" role="toolbar" aria-label="Create objects">
      <span className="palette-label" aria-hidden="true">
        New
      </span>
      {PALETTE.map((action) => {
        const applies = action.appliesTo(null, snapshot);
        return (
          <button
            key={action.id}
            type="button"
            className={`palette-button kind-${action.id}`}
            aria-disabled={!applies.ok}
            title={
              applies.ok
                ? `${action.label} (key ${action.shortcut?.toUpperCase()})`
                : applies.reason
            }
            onClick={() => void core.gestures.perform(action, null)}
            aria-keyshortcuts={action.shortcut ?? undefined}
            aria-label={action.label}
          >
            <span className="swatch" aria-hidden="true" />
            {action.label.replace(/^New /, '')}
          </button>
        );
      })}
      {classes.map((c) => (
        <button
          key={c.name}
          type="button"
          className="palette-button kind-user"
          onClick={() => void core.gestures.perform(createInstance, null, { className: c.name })}
          aria-label={`New ${c.name}`}
        >
          <span className="swatch" aria-hidden="true" />
          {c.name}
        </button>
      ))}
    </div>
  );
}
