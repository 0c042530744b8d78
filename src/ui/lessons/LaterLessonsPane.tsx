/**
 * The Lessons pane, loaded apart (with the lessons' data) the first time it is shown: no first
 * heap needs it. Once it has come it stays mounted, so the lesson being played stays too.
 */
import { later, useLater } from '../later';

const lessonsPane = later(() => import('./LessonsPane'));

export function LaterLessonsPane({ wanted }: { readonly wanted: boolean }) {
  const code = useLater(lessonsPane, wanted);
  if (!code) return wanted ? <p className="script-loading">Loading the lessons…</p> : null;
  return <code.LessonsPane />;
}
