/**
 * The header's Lessons button: shows the console's Lessons pane; in the compact layout it opens
 * the console drawer on it. Pressed again, it hides them (the Console pane, or no drawer). A
 * lesson opened by the address shows the drawer at once, on the first render. Presenting on a
 * narrow screen, or in a compact window under 920 px (a 1280x720 projector at 150% zoom), the
 * header has no room for it (app.css): the console drawer's Lessons tab is the way there.
 */
import { useEffect } from 'react';
import { useCore, useInteraction } from '../core/context';
import { drawerId, type WorkspaceLayout } from '../useWorkspaceLayout';

export function LessonsButton({ layout }: { readonly layout: WorkspaceLayout }) {
  const core = useCore();
  const pane = useInteraction((s) => s.consolePane);
  const shown = pane === 'lessons' && (!layout.compact || layout.open === 'console');

  // An address's lesson (set before the first render) opens the drawer in the compact layout.
  useEffect(() => {
    const { lessonLink } = core.interaction.getState();
    if (lessonLink && layout.compact && layout.open !== 'console') layout.toggle('console');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at the first render
  }, []);

  // Pressed again it hides the lessons: the drawer closes, or the console's own pane comes back.
  const onClick = () => {
    const { setConsolePane } = core.interaction.getState();
    if (!layout.compact) setConsolePane(shown ? 'console' : 'lessons');
    else {
      setConsolePane('lessons');
      if (layout.open !== 'console' || shown) layout.toggle('console');
    }
  };

  return (
    <button
      type="button"
      className="header-button lessons-button"
      aria-pressed={shown}
      aria-controls={drawerId('console')}
      onClick={onClick}
    >
      Lessons
    </button>
  );
}
