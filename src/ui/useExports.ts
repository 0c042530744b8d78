/**
 * The three exports, for whichever buttons offer them (the header's, the canvas bar's menu): the
 * heap drawing as SVG or PNG (the drawing itself, all of it, not a screenshot of the page) and the
 * session as a Python file that python3 runs to print the same transcript. Each downloads a file
 * named after the day, "heapscope-2026-12-06.svg". The code that makes SVGs, PNGs and Python files is
 * loaded when first asked for: it is not needed to draw the first heap.
 */
import { useState } from 'react';
import { download, exportFileName, exportTime } from './exportFiles';
import { useCore, useInteraction, useSession } from './core/context';

export interface Exports {
  exportSvg(): Promise<void>;
  exportPng(): Promise<void>;
  exportPython(): Promise<void>;
  /** An export is being made: the buttons wait. */
  readonly working: boolean;
  /** The session is being restored: there is no whole session to export yet. */
  readonly restoring: boolean;
  /** Why the last export failed, until the next one. */
  readonly problem: string | null;
}

export function useExports(before?: () => void): Exports {
  const core = useCore();
  const drawingSvg = useInteraction((s) => s.drawingSvg);
  const restoring = useSession((s) => s.busy?.task === 'start' || s.busy?.task === 'resume');
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const drawing = (): Promise<string> => {
    if (!drawingSvg) throw new Error('the heap is not drawn yet');
    return drawingSvg();
  };

  const attempt = async (what: string, work: () => void | Promise<void>) => {
    before?.();
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

  return {
    working,
    restoring,
    problem,
    exportSvg: () =>
      attempt('Export SVG', async () => {
        download(exportFileName('svg'), new Blob([await drawing()], { type: 'image/svg+xml' }));
      }),
    exportPng: () =>
      attempt('Export PNG', async () => {
        const svg = await drawing();
        const { svgToPng } = await import('../render/exportPng');
        download(exportFileName('png'), (await svgToPng(svg)).blob);
      }),
    exportPython: () =>
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
      }),
  };
}

/** What each export button says on hover. */
export const EXPORT_TITLES = {
  svg: 'Download the whole heap drawing as an SVG image',
  png: 'Download the whole heap drawing as a PNG image, at twice its size',
  python: 'Download the session as a Python file: python3 runs it and prints the same transcript',
} as const;
