/**
 * The context menu of a card, a name or an arrow (right click, the Menu key or Shift+F10): the
 * registry's actions for it, each with its key, and the ones that can't be done greyed with the
 * reason. Arrow keys move between the items, Enter runs one, Escape closes and gives the focus
 * back to the item the menu was opened on.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  DELETE_ACTIONS,
  REFERENCE_ACTIONS,
  WEAK_ACTIONS,
  resolve,
  type Action,
} from '../actions/registry';
import type { HeapSnapshot } from '../engine/snapshot';
import type { Selection } from '../store/selection';
import type { AppCore } from './core/appCore';
import { useCore, useInteraction, useSession } from './core/context';
import './contextMenu.css';

interface MenuEntry {
  readonly key: string;
  readonly label: string;
  readonly shortcut: string;
  /** Null when it can be done; otherwise why not. */
  readonly reason: string | null;
  run(): void;
}

export function ContextMenu() {
  const menu = useInteraction((s) => s.menu);
  const snapshot = useSession((s) => s.snapshot);
  if (!menu) return null;
  return <MenuList key={`${menu.x}:${menu.y}`} snapshot={snapshot} />;
}

function MenuList({ snapshot }: { snapshot: HeapSnapshot }) {
  const core = useCore();
  const menu = useInteraction((s) => s.menu)!;
  const setMenu = useInteraction((s) => s.setMenu);
  const list = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ x: menu.x, y: menu.y });
  const entries = useMemo(() => entriesFor(core, menu.item, snapshot), [core, menu.item, snapshot]);

  const close = (refocus: boolean) => {
    setMenu(null);
    if (refocus && menu.opener instanceof HTMLElement) menu.opener.focus();
    else if (refocus && menu.opener instanceof SVGElement) menu.opener.focus();
  };

  // Keep the menu inside the window, then focus its first item.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    const x = Math.min(menu.x, window.innerWidth - box.width - 8);
    const y = Math.min(menu.y, window.innerHeight - box.height - 8);
    if (x !== at.x || y !== at.y) setAt({ x: Math.max(8, x), y: Math.max(8, y) });
  }, [menu.x, menu.y, at.x, at.y]);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  // A click anywhere else closes it.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (!list.current?.contains(e.target as Node)) setMenu(null);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [setMenu]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const next = (i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Home') items[0]?.focus();
    else if (e.key === 'End') items.at(-1)?.focus();
    else if (e.key === 'Escape' || e.key === 'Tab') close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      ref={list}
      className="context-menu"
      role="menu"
      aria-label={menuTitle(menu.item, snapshot)}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      <p className="menu-title" aria-hidden="true">
        {menuTitle(menu.item, snapshot)}
      </p>
      {entries.map((entry) => (
        <button
          key={entry.key}
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-disabled={entry.reason !== null}
          aria-keyshortcuts={entry.shortcut || undefined}
          className="menu-item"
          onClick={() => {
            if (entry.reason !== null) return;
            close(true);
            entry.run();
          }}
        >
          <span className="menu-label">{entry.label}</span>
          {entry.shortcut && <kbd>{entry.shortcut}</kbd>}
          {entry.reason && <span className="menu-reason">{entry.reason}</span>}
        </button>
      ))}
    </div>
  );
}

function menuTitle(item: Selection, snapshot: HeapSnapshot): string {
  if (item.kind === 'name') return `Name ${item.name}`;
  if (item.kind === 'ref') return `Reference ${item.slot}`;
  const o = snapshot.objects.find((x) => x.id === item.id);
  return o ? `${o.type} ${o.repr.length > 24 ? `${o.repr.slice(0, 23)}…` : o.repr}` : 'Object';
}

/** The menu's items for an item: add a reference, the weak-reference actions, delete. */
function entriesFor(core: AppCore, item: Selection, snapshot: HeapSnapshot): MenuEntry[] {
  const select = () => core.session.getState().select(item);
  const entries: MenuEntry[] = [];
  const ref = resolve(REFERENCE_ACTIONS, item, snapshot);
  if (ref.ok || ref.reason) {
    entries.push({
      key: 'ref',
      label: item.kind === 'name' ? 'Point this name at…' : 'Add a reference…',
      shortcut: 'R',
      reason: ref.ok ? null : ref.reason,
      run: () => {
        select();
        core.gestures.startReference(item);
      },
    });
  }
  for (const action of WEAK_ACTIONS) entries.push(actionEntry(core, action, item, snapshot));
  const del = resolve(DELETE_ACTIONS, item, snapshot);
  if (del.ok || del.reason) {
    entries.push({
      key: 'delete',
      label: del.ok ? `Delete: ${del.action.toPython(item, { snapshot })}` : 'Delete',
      shortcut: 'Del',
      reason: del.ok ? null : del.reason,
      run: () => core.gestures.deleteSelection(item),
    });
  }
  return entries;
}

function actionEntry(
  core: AppCore,
  action: Action,
  item: Selection,
  snapshot: HeapSnapshot,
): MenuEntry {
  const applies = action.appliesTo(item, snapshot);
  return {
    key: action.id,
    label: action.prompt ? `${action.label}…` : action.label,
    shortcut: action.shortcut?.toUpperCase() ?? '',
    reason: applies.ok ? null : applies.reason || `${action.label} does not apply here.`,
    run: () => {
      core.session.getState().select(item);
      void core.gestures.perform(action, item);
    },
  };
}
