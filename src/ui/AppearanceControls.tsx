/**
 * The Theme chooser (auto, light, dark, high contrast) and the Presentation button. Presentation
 * mode is left with the button again or with Escape, once nothing else wants that Escape (a
 * dialog, the context menu, a pick, a selection or an open drawer take it first).
 */
import { useEffect } from 'react';
import { useAppearance } from './appearance';
import { useCore } from './core/context';
import { parseThemeChoice, type ThemeChoice } from './theme';

const CHOICES: readonly [ThemeChoice, string][] = [
  ['auto', 'Auto'],
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['contrast', 'High contrast'],
];

export function AppearanceControls() {
  const core = useCore();
  const choice = useAppearance((s) => s.choice);
  const chooseTheme = useAppearance((s) => s.chooseTheme);
  const presenting = useAppearance((s) => s.presenting);
  const setPresenting = useAppearance((s) => s.setPresenting);

  useEffect(() => {
    if (!presenting) return;
    // On window, so it runs after the page's keys (on document) and the drawers had their turn.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]') || core.interaction.getState().menu) return;
      setPresenting(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting, setPresenting, core]);

  return (
    <>
      <label className="theme-field">
        <span className="theme-label">Theme</span>
        {/* Where the header is short of room, a sign in place of the word (still its name). */}
        <span className="theme-sign" aria-hidden="true">
          ◐
        </span>
        <select
          value={choice}
          onChange={(e) => chooseTheme(parseThemeChoice(e.currentTarget.value))}
          title="Auto follows your system's dark mode and contrast settings"
        >
          {CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="header-button presentation-button"
        aria-pressed={presenting}
        onClick={() => setPresenting(!presenting)}
        title={
          presenting
            ? 'Leave presentation mode (Esc)'
            : 'Large type and a full-width heap, for a projector'
        }
      >
        Presentation
      </button>
    </>
  );
}
