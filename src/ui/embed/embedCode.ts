/**
 * The `<iframe>` snippet a teacher pastes into slides or a course page (the "Copy embed code"
 * dialog), as plain functions: the embed's address carries `embed=1` and only the parameters
 * whose value differs from the embed's defaults (so `embedOptions` in embedOptions.ts reads back
 * exactly what was chosen, and the address stays short), and the snippet is escaped as HTML
 * attribute text (an address holds `&`, a title can hold anything).
 */
import { EMBED_DEFAULTS, EMBED_ID_PATTERN, EMBED_LIMITS, type EmbedOptions } from './embedOptions';

/** What the embed shows and does: every parameter that embedOptions.ts parses. */
export type EmbedChoices = Omit<EmbedOptions, 'problems'>;

/** The frame around the embed. */
export interface FrameChoices {
  /** What a screen reader announces for the frame: it must say what is in it. */
  readonly title: string;
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** A 16:9 frame that fits a slide. */
export const FRAME_DEFAULTS = { width: 960, height: 540 } as const;
/** The sizes the dialog accepts for the frame, in CSS pixels. */
export const FRAME_LIMITS = { min: 100, max: 4000 } as const;

/** The fields a snippet is made from, named as the dialog's inputs are. */
export type ChoiceField = 'scale' | 'speed' | 'step' | 'id' | 'title' | 'width' | 'height';

/**
 * Why choices cannot make a snippet, per field, in words for the dialog; empty when they can.
 * `statements`: how many the embed opens with, when known (its start step can be no more); with a
 * lesson, how many steps the lesson has (its start step, counted from 1, can be no more).
 */
export function choiceProblems(
  choices: EmbedChoices,
  frame: FrameChoices,
  statements: number | null = null,
): Partial<Record<ChoiceField, string>> {
  const problems: Partial<Record<ChoiceField, string>> = {};
  const inRange = (n: number, { min, max }: { min: number; max: number }) =>
    Number.isFinite(n) && n >= min && n <= max;
  const { scale, speed } = EMBED_LIMITS;
  const lesson = choices.lesson !== null;
  const step = lesson ? EMBED_LIMITS.lessonStep : EMBED_LIMITS.step;
  if (!inRange(choices.scale, scale)) {
    problems.scale = `Text size: a factor from ${scale.min} to ${scale.max}.`;
  }
  if (choices.autoplay && !lesson && !inRange(choices.speed, speed)) {
    problems.speed = `Seconds per step: a number from ${speed.min} to ${speed.max}.`;
  }
  if (choices.step !== null && !(Number.isInteger(choices.step) && inRange(choices.step, step))) {
    problems.step = `Start at step: a whole number from ${step.min} to ${step.max.toLocaleString('en')}, or empty.`;
  } else if (choices.step !== null && statements !== null && choices.step > statements) {
    problems.step = lesson
      ? `Start at step: at most ${statements}, the lesson's last step.`
      : `Start at step: at most ${statements}, the statements the embed opens with.`;
  }
  if (choices.id !== null && !EMBED_ID_PATTERN.test(choices.id)) {
    problems.id = 'Id: letters, digits, - and _ only, at most 64 of them.';
  }
  if (frame.title.trim() === '') {
    problems.title = 'Title: a frame needs one; screen readers announce the frame by it.';
  }
  for (const side of ['width', 'height'] as const) {
    if (!(Number.isInteger(frame[side]) && inRange(frame[side], FRAME_LIMITS))) {
      problems[side] =
        `${side === 'width' ? 'Width' : 'Height'}: a whole number of pixels from ` +
        `${FRAME_LIMITS.min} to ${FRAME_LIMITS.max.toLocaleString('en')}.`;
    }
  }
  return problems;
}

/**
 * The embed's query, without `?`: `embed=1`, then each parameter whose value is not the embed's
 * default. The speed goes only with autoplay (it is the autoplay's speed).
 */
export function embedQuery(choices: EmbedChoices): string {
  const params = new URLSearchParams({ embed: '1' });
  const differs = <K extends keyof EmbedChoices>(key: K) =>
    choices[key] !== null && choices[key] !== EMBED_DEFAULTS[key];
  if (differs('controls')) params.set('controls', choices.controls);
  if (differs('console')) params.set('console', choices.console);
  if (choices.theme !== null) params.set('theme', choices.theme);
  if (differs('scale')) params.set('scale', String(choices.scale));
  // A lesson moves on with its own Next: no autoplay with it (embedOptions.ts ignores it).
  if (choices.autoplay && choices.lesson === null) {
    params.set('autoplay', '1');
    if (differs('speed')) params.set('speed', String(choices.speed));
  }
  if (choices.lesson !== null) params.set('lesson', choices.lesson);
  if (choices.step !== null) params.set('step', String(choices.step));
  if (choices.id !== null) params.set('id', choices.id);
  return params.toString();
}

/**
 * The embed's address: `page` (this page's address, or a share link to it: its `#s=…` hash is
 * kept, so the embed opens that session) with the embed's query in place of the page's own.
 */
export function embedSrc(page: string, choices: EmbedChoices): string {
  const at = page.indexOf('#');
  const hash = at < 0 ? '' : page.slice(at);
  const address = at < 0 ? page : page.slice(0, at);
  const query = address.indexOf('?');
  return `${query < 0 ? address : address.slice(0, query)}?${embedQuery(choices)}${hash}`;
}

/** `value` as the text of a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The snippet to paste: a borderless frame, no wider than the page it is in, loaded when it
 * comes near the screen. It asks for no permissions: an embed uses none.
 */
export function iframeSnippet(src: string, frame: FrameChoices): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(frame.title.trim())}" ` +
    `width="${frame.width}" height="${frame.height}" style="border: 0; max-width: 100%" ` +
    'loading="lazy"></iframe>'
  );
}

/** The most characters of a statement a default title quotes. */
const TITLE_QUOTE = 60;

/** "Heapscope: " and the session's first statement (its first line), or what the frame holds. */
export function defaultTitle(firstStatement: string | null): string {
  const line = firstStatement?.split('\n')[0]?.trim() ?? '';
  if (line === '') return 'Heapscope: Python heap';
  const quoted = line.length > TITLE_QUOTE ? `${line.slice(0, TITLE_QUOTE - 1)}…` : line;
  return `Heapscope: ${quoted}`;
}
