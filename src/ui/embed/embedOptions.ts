/**
 * What an embedded Heapscope shows and does, read from its URL (`?embed=1&controls=step&...`).
 * Every parameter has a default; a value that is not one of its choices is ignored and named in
 * `problems`, so a typo in a slide deck's snippet says so instead of breaking the embed.
 */

export { embedStorageName, isEmbed } from './embedUrl';

export type EmbedControls = 'none' | 'step' | 'full';
export type EmbedConsole = 'hidden' | 'read-only' | 'full';
export type EmbedTheme = 'light' | 'dark' | 'contrast';

export interface EmbedOptions {
  /** Its own saved session under this name; none (nothing kept) when absent. */
  readonly id: string | null;
  /** `none`: the heap alone; `step`: step back and forth through the session; `full`: everything. */
  readonly controls: EmbedControls;
  readonly console: EmbedConsole;
  readonly theme: EmbedTheme | null;
  /** Text size, as a factor of the usual (0.75 to 2.5). */
  readonly scale: number;
  /** Steps forward by itself, one statement every `speed` seconds, to the end. */
  readonly autoplay: boolean;
  readonly speed: number;
  /**
   * Without a lesson: how many statements of the session are applied at first (null: all). With
   * one: the lesson's step it opens at, counted from 1 as the lesson shows it (null: its first).
   */
  readonly step: number | null;
  /**
   * A lesson to play beside the heap, by its name (`lesson=cycles`), in the embed's own session
   * (a new one: a share link's session is not opened). A name that names no lesson is said by the
   * lesson panel, which knows the lessons (they load apart). Autoplay does not apply to it.
   */
  readonly lesson: string | null;
  /** Parameters that were ignored, with why, for a notice. */
  readonly problems: readonly string[];
}

export const EMBED_DEFAULTS: Omit<EmbedOptions, 'problems'> = {
  id: null,
  controls: 'step',
  console: 'hidden',
  theme: null,
  scale: 1,
  autoplay: false,
  speed: 2,
  step: null,
  lesson: null,
};

/** The ranges the numeric parameters accept (a value outside is ignored, and named). */
export const EMBED_LIMITS = {
  scale: { min: 0.75, max: 2.5 },
  speed: { min: 0.25, max: 60 },
  step: { min: 0, max: 100_000 },
  /** A lesson's step, counted from 1 (its last is the lesson's own limit, known where it loads). */
  lessonStep: { min: 1, max: 1_000 },
} as const;

/** What an `id` may be: letters, digits, `-` and `_`, at most 64 (it names a storage key). */
export const EMBED_ID_PATTERN = /^[\w-]{1,64}$/;

export function embedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const choice = <T extends string>(name: string, choices: readonly T[], fallback: T): T => {
    const v = params.get(name);
    if (v === null) return fallback;
    if ((choices as readonly string[]).includes(v)) return v as T;
    problems.push(`${name}=${v} (use ${choices.join(', ')})`);
    return fallback;
  };
  const number = (name: string, min: number, max: number, fallback: number): number => {
    const v = params.get(name);
    if (v === null) return fallback;
    const n = Number(v);
    if (v.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) return n;
    problems.push(`${name}=${v} (a number from ${min} to ${max})`);
    return fallback;
  };
  const id = params.get('id');
  const validId = id !== null && EMBED_ID_PATTERN.test(id);
  if (id !== null && !validId) problems.push(`id=${id} (letters, digits, - and _, at most 64)`);
  const theme = params.get('theme');
  const step = params.get('step');
  const lesson = params.get('lesson') || null;
  const steps = lesson === null ? EMBED_LIMITS.step : EMBED_LIMITS.lessonStep;
  const autoplay =
    choice('autoplay', ['0', '1', 'false', 'true'] as const, '0') === '1' ||
    params.get('autoplay') === 'true';
  // A lesson moves on with its own Next: autoplay would step the session under it.
  if (autoplay && lesson !== null)
    problems.push(`autoplay=${params.get('autoplay')} (not with a lesson)`);
  return {
    id: validId ? id : null,
    controls: choice('controls', ['none', 'step', 'full'] as const, EMBED_DEFAULTS.controls),
    console: choice('console', ['hidden', 'read-only', 'full'] as const, EMBED_DEFAULTS.console),
    theme: theme === null ? null : choice('theme', ['light', 'dark', 'contrast'] as const, 'light'),
    scale: number('scale', EMBED_LIMITS.scale.min, EMBED_LIMITS.scale.max, EMBED_DEFAULTS.scale),
    autoplay: autoplay && lesson === null,
    speed: number('speed', EMBED_LIMITS.speed.min, EMBED_LIMITS.speed.max, EMBED_DEFAULTS.speed),
    step: step === null ? null : Math.round(number('step', steps.min, steps.max, steps.min)),
    lesson,
    problems,
  };
}
