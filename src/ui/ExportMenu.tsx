/**
 * Export behind one "Export" button (a disclosure), for the compact layout: the three exports
 * (useExports.ts) side by side in the canvas's bar made it wrap to four rows, taking 89 px of the
 * heap's height. Escape or a click elsewhere closes them. The wide layout has them as buttons in
 * the header instead (ExportButtons.tsx).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { EXPORT_TITLES, useExports } from './useExports';
import './exportMenu.css';

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const menu = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A click anywhere else closes the panel.
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const { exportSvg, exportPng, exportPython, working, restoring, problem } = useExports(() => {
    setOpen(false);
    toggle.current?.focus();
  });

  return (
    <div
      ref={menu}
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={working}
        onClick={() => setOpen(!open)}
        title="Download the heap drawing (SVG, PNG) or the session as a Python file"
      >
        Export<span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div id={panelId} className="export-panel" role="group" aria-label="Export">
          <button type="button" onClick={() => void exportSvg()} title={EXPORT_TITLES.svg}>
            Export SVG
          </button>
          <button type="button" onClick={() => void exportPng()} title={EXPORT_TITLES.png}>
            Export PNG
          </button>
          <button
            type="button"
            onClick={() => void exportPython()}
            disabled={restoring}
            title={EXPORT_TITLES.python}
          >
            Export Python
          </button>
        </div>
      )}
      {problem && !open && (
        <p className="export-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
