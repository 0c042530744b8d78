/**
 * Export: the heap drawing as SVG or PNG (the drawing itself, all of it, not a screenshot of the
 * page) and the session as a Python file that python3 runs to print the same transcript. Each
 * button downloads a file named after the day, "heapscope-2026-12-06.svg".
 *
 * The three buttons are behind one "Export" button (a disclosure): shown side by side in the
 * canvas's bar they made it wrap to four rows at 1280x720, taking 89 px of the heap's height.
 * Escape or a click elsewhere closes them. The code that makes
 * PNGs and Python files is loaded when first asked for: it is not needed to draw the first heap.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { HeapCanvas } from '../render/heapCanvas';
import { download, exportFileName, exportTime } from './exportFiles';
import { useCore, useSession } from './core/context';
import './exportMenu.css';

interface Props {
  /** The canvas whose drawing is exported. */
  readonly canvas: RefObject<HeapCanvas | null>;
}

export function ExportMenu({ canvas }: Props) {
  const core = useCore();
  const restoring = useSession((s) => s.busy?.task === 'start' || s.busy?.task === 'resume');
  const [open, setOpen] = useState(false);
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
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

  const drawing = (): string => {
    const svg = canvas.current?.exportSvg();
    if (!svg) throw new Error('the heap is not drawn yet');
    return svg;
  };

  const attempt = async (what: string, work: () => void | Promise<void>) => {
    setOpen(false);
    toggle.current?.focus();
    setProblem(null);
    setWorking(true);
    try {
      await work();
    } catch (e) {
      setProblem(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setWorking(false);
    }
  };

  const exportSvg = () =>
    attempt('Export SVG', () => {
      const blob = new Blob([drawing()], { type: 'image/svg+xml' });
      download(exportFileName('svg'), blob);
    });

  const exportPng = () =>
    attempt('Export PNG', async () => {
      const svg = drawing();
      const { svgToPng } = await import('../render/exportPng');
      const png = await svgToPng(svg);
      download(exportFileName('png'), png.blob);
    });

  const exportPy = () =>
    attempt('Export Python', async () => {
      const { exportPython } = await import('../store/exportPython');
      const { setup, transcript, position } = core.session.getState();
      const fileName = exportFileName('py');
      const text = exportPython({
        setup,
        statements: transcript.slice(0, position),
        undone: transcript.length - position,
        exportedAt: exportTime(),
        fileName,
      });
      download(fileName, new Blob([text], { type: 'text/x-python' }));
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
        onClick={() => {
          setProblem(null);
          setOpen(!open);
        }}
        title="Download the heap drawing (SVG, PNG) or the session as a Python file"
      >
        Export<span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div id={panelId} className="export-panel" role="group" aria-label="Export">
          <button
            type="button"
            onClick={exportSvg}
            title="Download the whole heap drawing as an SVG image"
          >
            Export SVG
          </button>
          <button
            type="button"
            onClick={exportPng}
            title="Download the whole heap drawing as a PNG image, at twice its size"
          >
            Export PNG
          </button>
          <button
            type="button"
            onClick={exportPy}
            disabled={restoring}
            title="Download the session as a Python file: python3 runs it and prints the same transcript"
          >
            Export Python
          </button>
        </div>
      )}
      {problem && (
        <p className="export-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
