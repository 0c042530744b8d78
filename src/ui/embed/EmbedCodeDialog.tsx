/**
 * The "Copy embed code" dialog: the teacher chooses what an embedded Heapscope shows (the
 * parameters embedOptions.ts reads) and the frame's title and size, and copies the `<iframe>`
 * snippet (made by embedCode.ts). The embed opens this session: its address carries it as a share
 * link, made when the dialog opens. Where the session is too large for a link the dialog says so
 * instead of showing a snippet, and offers an embed that starts empty. Or the embed plays one of
 * the lessons beside its heap (`lesson=NAME`, in a new session of its own), from a chosen step.
 * The lessons come with this dialog, which loads apart: never with the page.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { LESSONS } from '../../lessons';
import { shareUrl, type ShareSource } from '../../store/shareUrl';
import { useModal } from '../useModal';
import {
  choiceProblems,
  defaultTitle,
  embedSrc,
  FRAME_DEFAULTS,
  FRAME_LIMITS,
  iframeSnippet,
  type ChoiceField,
  type EmbedChoices,
} from './embedCode';
import {
  EMBED_DEFAULTS,
  EMBED_LIMITS,
  type EmbedConsole,
  type EmbedControls,
  type EmbedTheme,
} from './embedOptions';
import '../dialogs.css';
import './embedCode.css';

/** The choices the dialog keeps from one opening to the next (the next slide's embed). */
export interface DialogChoices {
  readonly controls: EmbedControls;
  readonly console: EmbedConsole;
  /** `viewer`: no theme parameter, the embed follows the viewer's own setting. */
  readonly theme: EmbedTheme | 'viewer';
  readonly scale: number;
  readonly autoplay: boolean;
  /** As typed: seconds per step. */
  readonly speed: string;
  readonly width: string;
  readonly height: string;
}

/** The choices that are made afresh at each opening: they belong to this session and this embed. */
interface PerEmbed {
  readonly withSession: boolean;
  /** As typed; null while it is the default one. */
  readonly title: string | null;
  readonly step: string;
  readonly id: string;
  /** The lesson's name; '' for none. */
  readonly lesson: string;
}

const CONTROLS: readonly [EmbedControls, string][] = [
  ['step', 'Step buttons'],
  ['none', 'None: the heap alone'],
  ['full', 'All: palette, Collect, history'],
];
const CONSOLES: readonly [EmbedConsole, string][] = [
  ['hidden', 'Hidden'],
  ['read-only', 'Read-only transcript'],
  ['full', 'Full: viewers can type'],
];
const THEMES: readonly [DialogChoices['theme'], string][] = [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['contrast', 'High contrast'],
  ['viewer', "The viewer's own"],
];
const LESSON_CHOICES: readonly [string, string][] = [
  ['', 'None'],
  ...LESSONS.map((l): [string, string] => [l.name, l.title]),
];
const SCALES: readonly [number, string][] = [0.75, 1, 1.25, 1.5, 1.75, 2, 2.5].map((scale) => [
  scale,
  `${Math.round(scale * 100)}%`,
]);

type Copy = 'copied' | 'refused' | null;

/** This page's address without its query and hash: what the embed's address starts from. */
function pageAddress(): string {
  const href = window.location.href;
  const end = href.search(/[?#]/);
  return end < 0 ? href : href.slice(0, end);
}

/** A number as typed in a field: NaN when blank or not a number (the checks then say so). */
function typedNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function EmbedCodeDialog({
  source,
  pageTheme,
  kept,
  onChoices,
  onClose,
}: {
  /** The session and its view as they were when the dialog was opened. */
  readonly source: ShareSource;
  /** The page's theme: the embed's, unless chosen otherwise. */
  readonly pageTheme: EmbedTheme;
  readonly kept: DialogChoices | null;
  /** Each change of the choices, kept for the next embed even if this dialog goes unclosed. */
  readonly onChoices: (choices: DialogChoices) => void;
  readonly onClose: () => void;
}) {
  // Shown as a modal from its first render: it is mounted only while open.
  const dialog = useModal(true);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  // The session's link, and what the dialog says about the session.
  const [session] = useState(() => ({
    link: shareUrl(source, { href: pageAddress() }),
    statements: source.transcript.length,
    position: source.position,
    first: source.transcript[0]?.source ?? null,
  }));
  const [choices, setChoices] = useState<DialogChoices>(
    () =>
      kept ?? {
        controls: EMBED_DEFAULTS.controls,
        console: EMBED_DEFAULTS.console,
        theme: pageTheme,
        scale: EMBED_DEFAULTS.scale,
        autoplay: EMBED_DEFAULTS.autoplay,
        speed: String(EMBED_DEFAULTS.speed),
        width: String(FRAME_DEFAULTS.width),
        height: String(FRAME_DEFAULTS.height),
      },
  );
  useEffect(() => onChoices(choices), [choices, onChoices]);
  const [embed, setEmbed] = useState<PerEmbed>({
    withSession: session.statements > 0,
    title: null,
    step: '',
    id: '',
    lesson: '',
  });
  const [copy, setCopy] = useState<Copy>(null);

  const choose = (change: Partial<DialogChoices>) => {
    setChoices((c) => ({ ...c, ...change }));
    setCopy(null);
  };
  const chooseEmbed = (change: Partial<PerEmbed>) => {
    setEmbed((e) => ({ ...e, ...change }));
    setCopy(null);
  };

  const lesson = LESSONS.find((l) => l.name === embed.lesson) ?? null;
  // A lesson plays in a new session of its own: this one does not go with it.
  const withSession = embed.withSession && lesson === null;
  const title =
    embed.title ??
    (lesson
      ? `Heapscope lesson: ${lesson.title}`
      : defaultTitle(withSession ? session.first : null));
  const made = useMemo(() => {
    const options: EmbedChoices = {
      id: embed.id.trim() === '' ? null : embed.id.trim(),
      controls: choices.controls,
      console: choices.console,
      theme: choices.theme === 'viewer' ? null : choices.theme,
      scale: choices.scale,
      autoplay: choices.autoplay && lesson === null,
      speed:
        choices.autoplay && lesson === null ? typedNumber(choices.speed) : EMBED_DEFAULTS.speed,
      step: embed.step.trim() === '' ? null : typedNumber(embed.step),
      lesson: lesson?.name ?? null,
    };
    const frame = {
      title,
      width: typedNumber(choices.width),
      height: typedNumber(choices.height),
    };
    const problems = choiceProblems(
      options,
      frame,
      lesson ? lesson.steps.length : withSession ? session.statements : null,
    );
    if (Object.keys(problems).length > 0) return { kind: 'problems' as const, problems };
    if (withSession && !session.link.ok) {
      return { kind: 'refused' as const, message: session.link.message };
    }
    const src = embedSrc(
      withSession && session.link.ok ? session.link.url : pageAddress(),
      options,
    );
    return { kind: 'snippet' as const, src, snippet: iframeSnippet(src, frame) };
  }, [choices, embed, lesson, withSession, title, session]);
  const problems: Partial<Record<ChoiceField, string>> =
    made.kind === 'problems' ? made.problems : {};

  const copySnippet = async (snippet: string) => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      setCopy('refused');
      snippetField.current?.focus();
      snippetField.current?.select();
    }
  };

  /** A field's label, its control and (when it has one) its problem, tied together. */
  const field = (name: string, label: string, control: ReactNode, problem?: string) => (
    <div className="embed-code-field">
      <label htmlFor={`${ids}-${name}`}>{label}</label>
      {control}
      {problem && (
        <span className="embed-code-problem" id={`${ids}-${name}-problem`}>
          {problem}
        </span>
      )}
    </div>
  );
  /** A field choosing one of `options` ([value, label] pairs). */
  const menu = <T extends string | number>(
    name: string,
    label: string,
    options: readonly (readonly [T, string])[],
    value: T,
    onChoose: (value: T) => void,
  ) =>
    field(
      name,
      label,
      <select
        id={`${ids}-${name}`}
        value={String(value)}
        onChange={(e) => {
          const chosen = options.find(([v]) => String(v) === e.currentTarget.value);
          if (chosen) onChoose(chosen[0]);
        }}
      >
        {options.map(([v, text]) => (
          <option key={String(v)} value={String(v)}>
            {text}
          </option>
        ))}
      </select>,
    );
  /** The attributes that tie an input to its problem. */
  const tied = (name: ChoiceField, hint?: string) => ({
    id: `${ids}-${name}`,
    'aria-invalid': problems[name] !== undefined,
    'aria-describedby':
      [problems[name] && `${ids}-${name}-problem`, hint].filter(Boolean).join(' ') || undefined,
  });

  return (
    <dialog
      ref={dialog}
      className="embed-code-dialog"
      aria-labelledby={`${ids}-heading`}
      aria-describedby={`${ids}-what`}
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id={`${ids}-heading`}>Copy embed code</h2>
      <p className="hint" id={`${ids}-what`}>
        An <code>&lt;iframe&gt;</code> for slides or a course page that take HTML: a live Heapscope,
        as chosen below.
      </p>

      <div className="embed-code-grid">
        {menu('controls', 'Controls', CONTROLS, choices.controls, (controls) =>
          choose({ controls }),
        )}
        {menu('console', 'Console', CONSOLES, choices.console, (console) => choose({ console }))}
        {menu('theme', 'Theme', THEMES, choices.theme, (theme) => choose({ theme }))}
        {menu('scale', 'Text size', SCALES, choices.scale, (scale) => choose({ scale }))}
        {menu('lesson', 'Lesson', LESSON_CHOICES, embed.lesson, (name) =>
          chooseEmbed({ lesson: name }),
        )}
        {field(
          'step',
          'Start at step',
          <input
            {...tied('step', `${ids}-step-hint`)}
            type="number"
            inputMode="numeric"
            min={lesson ? EMBED_LIMITS.lessonStep.min : EMBED_LIMITS.step.min}
            max={
              lesson
                ? lesson.steps.length
                : withSession
                  ? session.statements
                  : EMBED_LIMITS.step.max
            }
            step={1}
            placeholder={lesson ? '1' : 'as now'}
            value={embed.step}
            onChange={(e) => chooseEmbed({ step: e.currentTarget.value })}
          />,
          problems.step,
        )}
        <div className="embed-code-field">
          <label className="embed-code-check">
            <input
              type="checkbox"
              checked={choices.autoplay && lesson === null}
              disabled={lesson !== null}
              onChange={(e) => choose({ autoplay: e.currentTarget.checked })}
            />{' '}
            Autoplay
          </label>
          <span className="embed-code-inline">
            <span aria-hidden="true">every</span>
            <input
              {...tied('speed')}
              type="number"
              aria-label="Autoplay: seconds per step"
              min={EMBED_LIMITS.speed.min}
              max={EMBED_LIMITS.speed.max}
              step={0.25}
              disabled={!choices.autoplay || lesson !== null}
              value={choices.speed}
              onChange={(e) => choose({ speed: e.currentTarget.value })}
            />
            <span aria-hidden="true">s</span>
          </span>
          {problems.speed && (
            <span className="embed-code-problem" id={`${ids}-speed-problem`}>
              {problems.speed}
            </span>
          )}
        </div>
      </div>
      <p className="hint" id={`${ids}-step-hint`}>
        {lesson ? (
          <>
            Lesson: the embed plays “{lesson.title}” beside its heap, in a new session of its own.
            Start at step: the lesson&apos;s step it opens at (1 to {lesson.steps.length}; empty:
            the first).
          </>
        ) : (
          <>
            Start at step: the statements applied when it opens (0: none; empty: as here
            {withSession ? `, ${session.position} of ${session.statements}` : ''}). Autoplay steps
            on from there to the end.
          </>
        )}
      </p>

      <label className="embed-code-check">
        <input
          type="checkbox"
          checked={withSession}
          disabled={session.statements === 0 || lesson !== null}
          onChange={(e) => chooseEmbed({ withSession: e.currentTarget.checked })}
        />{' '}
        {lesson
          ? 'Open with this session (not with a lesson: it plays in a new session)'
          : session.statements === 0
            ? 'Open with this session (it has no statements yet: the embed starts empty)'
            : `Open with this session (${session.statements} ${session.statements === 1 ? 'statement' : 'statements'})`}
      </label>

      <div className="embed-code-grid embed-code-frame">
        {field(
          'title',
          'Title',
          <input
            {...tied('title')}
            type="text"
            className="embed-code-title"
            spellCheck={false}
            value={title}
            onChange={(e) => chooseEmbed({ title: e.currentTarget.value })}
          />,
          problems.title,
        )}
        {field(
          'width',
          'Width (px)',
          <input
            {...tied('width')}
            type="number"
            min={FRAME_LIMITS.min}
            max={FRAME_LIMITS.max}
            value={choices.width}
            onChange={(e) => choose({ width: e.currentTarget.value })}
          />,
          problems.width,
        )}
        {field(
          'height',
          'Height (px)',
          <input
            {...tied('height')}
            type="number"
            min={FRAME_LIMITS.min}
            max={FRAME_LIMITS.max}
            value={choices.height}
            onChange={(e) => choose({ height: e.currentTarget.value })}
          />,
          problems.height,
        )}
        {field(
          'id',
          'Id (optional)',
          <input
            {...tied('id', `${ids}-id-hint`)}
            type="text"
            spellCheck={false}
            autoComplete="off"
            placeholder="e.g. lesson-1"
            value={embed.id}
            onChange={(e) => chooseEmbed({ id: e.currentTarget.value })}
          />,
          problems.id,
        )}
      </div>
      <p className="hint" id={`${ids}-id-hint`}>
        Id: the embed keeps its own session in the viewer&apos;s browser under this name (one name
        per embed): it starts from this session, and later visits show what the viewer made of it.
        Without an id it keeps nothing, and every visit starts from this session again.
      </p>

      {made.kind === 'snippet' && (
        <>
          <div className="embed-code-field">
            <label htmlFor={`${ids}-snippet`}>Embed code</label>
            <textarea
              ref={snippetField}
              id={`${ids}-snippet`}
              className="embed-code-snippet"
              readOnly
              rows={4}
              spellCheck={false}
              value={made.snippet}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <p className="embed-code-status" role="status">
            {copy === 'copied'
              ? 'The embed code is copied: paste it where the page takes HTML.'
              : copy === 'refused'
                ? 'This browser did not let Heapscope copy it: it is selected above, copy it with Ctrl+C.'
                : `${made.snippet.length.toLocaleString('en')} characters.`}
          </p>
        </>
      )}
      {made.kind === 'refused' && (
        <div className="embed-code-missing">
          <p role="alert">{made.message}</p>
          <p className="hint">
            Clear &ldquo;Open with this session&rdquo; for an embed that starts empty (a slide deck
            can still send it statements), or start a smaller session.
          </p>
        </div>
      )}
      {made.kind === 'problems' && (
        <p className="embed-code-missing hint problem">
          No embed code until the fields marked above are fixed.
        </p>
      )}

      <div className="dialog-buttons embed-code-buttons">
        {made.kind === 'snippet' && (
          <a className="embed-code-open" href={made.src} target="_blank" rel="noopener noreferrer">
            Open this embed in a new tab
          </a>
        )}
        <button
          type="button"
          disabled={made.kind !== 'snippet'}
          onClick={() => made.kind === 'snippet' && void copySnippet(made.snippet)}
        >
          Copy
        </button>
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </div>
    </dialog>
  );
}
