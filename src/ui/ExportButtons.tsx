/**
 * Export SVG, Export PNG and Export Python as buttons of their own in the header, where the wide
 * layout has room for them (the compact layout has them behind the canvas bar's Export menu).
 */
import { EXPORT_TITLES, useExports } from './useExports';
import './exportMenu.css';

export function ExportButtons() {
  const { exportSvg, exportPng, exportPython, working, restoring, problem } = useExports();
  return (
    <div className="export-buttons" role="group" aria-label="Export">
      <button
        type="button"
        className="header-button"
        disabled={working}
        onClick={() => void exportSvg()}
        title={EXPORT_TITLES.svg}
      >
        Export SVG
      </button>
      <button
        type="button"
        className="header-button"
        disabled={working}
        onClick={() => void exportPng()}
        title={EXPORT_TITLES.png}
      >
        Export PNG
      </button>
      <button
        type="button"
        className="header-button"
        disabled={working || restoring}
        onClick={() => void exportPython()}
        title={EXPORT_TITLES.python}
      >
        Export Python
      </button>
      {problem && (
        <p className="export-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
