/**
 * The console drawer's panes, as tabs: "Console" (the transcript and the REPL's input), "Script"
 * (a whole program, run and stepped through) and "Lessons" (src/ui/lessons/). The WAI-ARIA tabs pattern: one tab in the
 * Tab order, the arrow keys (and Home, End) move to the other and show its pane at once.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { ConsolePane } from '../interactionStore';

export type { ConsolePane };

const PANES: readonly { readonly pane: ConsolePane; readonly label: string }[] = [
  { pane: 'console', label: 'Console' },
  { pane: 'script', label: 'Script' },
  { pane: 'lessons', label: 'Lessons' },
];

/** The ids that tie each tab to its panel, unique to one console (a page may hold several). */
export function paneIds(base: string, pane: ConsolePane): { tab: string; panel: string } {
  return { tab: `${base}-tab-${pane}`, panel: `${base}-panel-${pane}` };
}

interface PaneTabsProps {
  readonly base: string;
  readonly selected: ConsolePane;
  onSelect(pane: ConsolePane): void;
}

export function PaneTabs({ base, selected, onSelect }: PaneTabsProps) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const at = PANES.findIndex((p) => p.pane === selected);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % PANES.length
        : event.key === 'ArrowLeft'
          ? (at + PANES.length - 1) % PANES.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? PANES.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    const pane = PANES[to]!.pane;
    onSelect(pane);
    document.getElementById(paneIds(base, pane).tab)?.focus();
  };

  return (
    <div
      ref={list}
      className="pane-tabs"
      role="tablist"
      aria-label="Console, script or lessons"
      onKeyDown={onKeyDown}
    >
      {PANES.map(({ pane, label }) => {
        const ids = paneIds(base, pane);
        const on = pane === selected;
        return (
          <button
            key={pane}
            type="button"
            role="tab"
            id={ids.tab}
            className="pane-tab"
            aria-selected={on}
            aria-controls={ids.panel}
            tabIndex={on ? 0 : -1}
            onClick={() => onSelect(pane)}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
