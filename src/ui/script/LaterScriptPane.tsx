/**
 * The Script pane, loaded apart (with its editor) the first time the Script tab is chosen: no
 * first heap needs it. Once it has come it stays mounted, so the program typed in it stays too.
 */
import { later, useLater } from '../later';

const scriptPane = later(() => import('./ScriptPane'));

export function LaterScriptPane({ wanted }: { readonly wanted: boolean }) {
  const code = useLater(scriptPane, wanted);
  if (!code) return wanted ? <p className="script-loading">Loading the script editor…</p> : null;
  return <code.ScriptPane />;
}
