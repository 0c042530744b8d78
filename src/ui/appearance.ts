/**
 * How the page looks: its theme and presentation mode. Both belong to the page, not to one
 * mount of the app: they are attributes of <html> (`data-theme`, `data-presentation`) that every
 * sheet and every dialog reads. The Theme control's choice is remembered in localStorage; "auto"
 * (nothing remembered) follows `prefers-contrast` and `prefers-color-scheme`, also when they change.
 *
 * Presentation mode is for the back of a lecture hall: larger type (the sheets scale `rem` on
 * `data-presentation`), the side panels as drawers (App's layout), and the canvas drawn at
 * `PRESENTATION_CANVAS_SCALE`.
 */
import { create } from 'zustand';
import {
  applyTheme,
  parseThemeChoice,
  resolveTheme,
  systemPreferences,
  THEME_KEY,
  type Theme,
  type ThemeChoice,
} from './theme';

/** How much bigger the canvas draws cards, badges and labels in presentation mode. */
export const PRESENTATION_CANVAS_SCALE = 1.5;

export interface AppearanceState {
  /** What the Theme control shows. */
  readonly choice: ThemeChoice;
  /** The theme on the page: the choice, or what auto resolved to. */
  readonly theme: Theme;
  readonly presenting: boolean;
  /**
   * Sets the theme. Remembered unless `remember` is false: an embed's `?theme=` parameter shows
   * its theme without changing the one the person chose for the full app.
   */
  chooseTheme(choice: ThemeChoice, options?: { remember?: boolean }): void;
  setPresenting(on: boolean): void;
}

/** The browser's storage; null where there is none or it is refused (reading it can throw). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function rememberedChoice(): ThemeChoice {
  try {
    return parseThemeChoice(storage()?.getItem(THEME_KEY));
  } catch {
    return 'auto';
  }
}

function remember(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') storage()?.removeItem(THEME_KEY);
    else storage()?.setItem(THEME_KEY, choice);
  } catch {
    // Storage full or refused: the theme still applies, it just won't be remembered.
  }
}

export const useAppearance = create<AppearanceState>()((set) => {
  const choice = rememberedChoice();
  return {
    choice,
    theme: resolveTheme(choice, systemPreferences()),
    presenting: false,
    chooseTheme(next, options) {
      if (options?.remember !== false) remember(next);
      set({ choice: next, theme: resolveTheme(next, systemPreferences()) });
    },
    setPresenting: (presenting) => set({ presenting }),
  };
});

/**
 * Puts the appearance on the page now and keeps it there: the theme, presentation mode, and
 * auto's theme when the system's preferences change. Call once, before the first render (so the
 * page never flashes the light theme). Returns a function that stops following.
 */
export function startAppearance(root: HTMLElement = document.documentElement): () => void {
  const apply = ({ theme, presenting }: AppearanceState) => {
    applyTheme(theme, root);
    if (presenting) root.dataset.presentation = 'on';
    else delete root.dataset.presentation;
  };
  apply(useAppearance.getState());
  const unsubscribe = useAppearance.subscribe((now, before) => {
    if (now.theme !== before.theme || now.presenting !== before.presenting) apply(now);
  });

  const follow = () => {
    const { choice } = useAppearance.getState();
    if (choice === 'auto')
      useAppearance.setState({ theme: resolveTheme(choice, systemPreferences()) });
  };
  const queries =
    typeof matchMedia === 'function'
      ? ['(prefers-contrast: more)', '(prefers-color-scheme: dark)'].map((q) => matchMedia(q))
      : [];
  for (const q of queries) q.addEventListener('change', follow);
  return () => {
    unsubscribe();
    for (const q of queries) q.removeEventListener('change', follow);
  };
}
