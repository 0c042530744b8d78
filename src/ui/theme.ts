/**
 * The page's themes, as plain functions (no React, no store): which themes there are, how a
 * choice ("auto" or a theme) resolves against the system's preferences, how a remembered choice is
 * read back, and the one function that puts a theme on the page.
 *
 * A theme is a value on <html data-theme="light|dark|contrast">: every sheet (app.css,
 * heapCanvas.css) keys its colours on it, and dialogs and the canvas see it as they are all under
 * <html>. `applyTheme` is the only writer of that attribute, so an embed parameter (`?theme=dark`)
 * only has to call it (through `chooseTheme(theme, { remember: false })` in appearance.ts).
 */

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
/** What the Theme control holds: a theme, or "auto" to follow the system's preferences. */
export type ThemeChoice = Theme | 'auto';

/** The localStorage key of the remembered choice (absent: auto). */
export const THEME_KEY = 'heapscope.theme';

/** The system's preferences that pick the default theme. */
export interface SystemPreferences {
  /** `prefers-contrast: more` */
  readonly moreContrast: boolean;
  /** `prefers-color-scheme: dark` */
  readonly dark: boolean;
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** A stored or given choice; anything unknown (a typo, an older value) counts as auto. */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return isTheme(value) ? value : 'auto';
}

/** Auto asks for more contrast first (it matters more than dark or light), then dark. */
export function resolveTheme(choice: ThemeChoice, system: SystemPreferences): Theme {
  if (choice !== 'auto') return choice;
  if (system.moreContrast) return 'contrast';
  return system.dark ? 'dark' : 'light';
}

/** The system's preferences now (light, normal contrast where they can't be asked). */
export function systemPreferences(): SystemPreferences {
  const matches = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;
  return {
    moreContrast: matches('(prefers-contrast: more)'),
    dark: matches('(prefers-color-scheme: dark)'),
  };
}

/**
 * Puts `theme` on the page: <html data-theme>, which the sheets read, and `color-scheme`, so the
 * browser's own parts (scrollbars, the select's list, the range input) match it.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  root.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
}
