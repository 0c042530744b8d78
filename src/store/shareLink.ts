/**
 * Share links: a session (its statements with where each was stopped, the position in its
 * history, the CPython profile, the view settings) as a compact string for a URL's hash, and back.
 * Replaying the statements rebuilds exactly the same heap, because the engine is deterministic.
 *
 * The string is JSON (format `heapscope-share`, a version number) packed by `packedText.ts`.
 * Decoding is for links from anywhere: it refuses, with a sentence for a person, a link that is
 * corrupt, truncated, oversized, from a newer Heapscope, or crafted, and it never throws. What it
 * returns was checked field by field (`shareSchema.ts`); nothing else of the link gets through.
 *
 * Later versions can add what a link shows beyond the session (a lesson and its step) as new
 * fields with a new version number: this version refuses them as unknown fields.
 */
import * as v from 'valibot';
import type { ProfileName } from '../engine/profiles';
import type { StopPoint } from '../worker/protocol';
import { packText, unpackText } from './packedText';
import type { SavedOrigin } from './transcript';
import { dangerousShape, firstIssue, SHARE_FORMAT, SHARE_VERSION, wireSchema } from './shareSchema';

export { SHARE_FORMAT, SHARE_VERSION };

/** What a link may hold at most; a session beyond them is not made into a link either. */
export const SHARE_LIMITS = {
  /** UTF-8 bytes of the JSON once unpacked. */
  decodedBytes: 256 * 1024,
  statements: 2000,
  /** Characters of one statement's source. */
  statementChars: 32 * 1024,
  /**
   * Characters of the packed text: the most that `decodedBytes` of text that does not compress
   * at all can take (deflate's stored blocks add 5 bytes in 65,535, base64 a third).
   */
  linkChars: 360_000,
} as const;

/** Settings of the view that a shared session opens with. */
export interface ViewSettings {
  /** The setup's classes are drawn (the Classes button). */
  readonly showSetup: boolean;
  /** Objects no name reaches are marked (the Reachability button). */
  readonly showReachability: boolean;
  /** The generation Collect collects. */
  readonly collectGeneration: 0 | 1 | 2;
}

export const DEFAULT_VIEW: ViewSettings = {
  showSetup: false,
  showReachability: true,
  collectGeneration: 2,
};

export interface SharedStatement {
  readonly source: string;
  readonly origin: SavedOrigin;
  /** Where it was stopped when it first ran, so the replay stops at the same point. */
  readonly stop: StopPoint | null;
}

export interface SharedSession {
  /** Every statement of the history, undone ones included, oldest first. */
  readonly statements: readonly SharedStatement[];
  /** How many of them are applied. */
  readonly position: number;
  readonly profile: ProfileName;
  readonly view: ViewSettings;
}

/** Why a link was refused: each kind has its own message. */
export type LinkProblem = 'corrupt' | 'truncated' | 'oversized' | 'newer' | 'crafted';

export type Decoded =
  | { readonly ok: true; readonly session: SharedSession }
  | { readonly ok: false; readonly problem: LinkProblem; readonly message: string };

export type Encoded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const DEFAULT_PROFILE: ProfileName = '3.11';

/** The session as link text, or why it cannot be one (it is bigger than a link may be). */
export function encodeShareLink(session: SharedSession): Encoded {
  const tooBig = sizeProblem(session.statements);
  if (tooBig)
    return { ok: false, message: `This session is too large to share as a link: ${tooBig}.` };
  const wire = {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    statements: session.statements.map((s) => ({
      source: s.source,
      ...(s.origin === 'console' ? {} : { origin: s.origin }),
      ...(s.stop ? { stop: stopOf(s.stop) } : {}),
    })),
    position: session.position,
    ...(session.profile === DEFAULT_PROFILE ? {} : { profile: session.profile }),
    view: {
      showSetup: session.view.showSetup,
      showReachability: session.view.showReachability,
      collectGeneration: session.view.collectGeneration,
    },
  };
  const json = JSON.stringify(wire);
  if (new TextEncoder().encode(json).length > SHARE_LIMITS.decodedBytes) {
    return {
      ok: false,
      message: `This session is too large to share as a link: it takes more than ${kilobytes(SHARE_LIMITS.decodedBytes)}.`,
    };
  }
  return { ok: true, text: packText(json) };
}

/** Link text back to a session, or the reason it is refused. Never throws. */
export function decodeShareLink(text: string): Decoded {
  try {
    return decode(text);
  } catch (e) {
    // Nothing above is expected to throw; if something does, it is still only a refusal.
    return refuse(
      'crafted',
      `it could not be read (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

function decode(text: string): Decoded {
  const unpacked = unpackText(text, {
    maxChars: SHARE_LIMITS.linkChars,
    maxBytes: SHARE_LIMITS.decodedBytes,
  });
  if (!unpacked.ok) {
    return refuse(unpacked.problem === 'not-text' ? 'crafted' : unpacked.problem, unpacked.detail);
  }
  let data: unknown;
  try {
    data = JSON.parse(unpacked.text);
  } catch {
    return refuse('crafted', 'what it holds is not a session');
  }
  const dangerous = dangerousShape(data);
  if (dangerous) return refuse('crafted', dangerous);
  if (!isRecord(data) || data.format !== SHARE_FORMAT) {
    return refuse('crafted', 'it is not a Heapscope share link');
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > SHARE_VERSION) {
    return refuse(
      'newer',
      `it is format version ${version}; this page reads version ${SHARE_VERSION}`,
    );
  }
  if (Array.isArray(data.statements)) {
    const tooBig = sizeProblem(data.statements);
    if (tooBig) return refuse('oversized', tooBig);
  }
  const parsed = v.safeParse(wireSchema(SHARE_LIMITS), data, { abortEarly: true });
  if (!parsed.success) return refuse('crafted', firstIssue(parsed.issues));
  const wire = parsed.output;
  return {
    ok: true,
    session: {
      statements: wire.statements.map((s) => ({
        source: s.source,
        origin: s.origin ?? 'console',
        stop: s.stop ? stopOf(s.stop) : null,
      })),
      position: wire.position,
      profile: wire.profile ?? DEFAULT_PROFILE,
      view: wire.view ?? DEFAULT_VIEW,
    },
  };
}

/** A stop point with only the fields it has (no `undefined` ones), so sessions compare equal. */
function stopOf(stop: StopPoint): StopPoint {
  return {
    work: stop.work,
    reason: stop.reason,
    ...(stop.timeMs === undefined ? {} : { timeMs: stop.timeMs }),
    ...(stop.interruptedAt === undefined ? {} : { interruptedAt: stop.interruptedAt }),
  };
}

/** Too many statements, or one too long: what a link may not hold. */
function sizeProblem(statements: readonly unknown[]): string | null {
  if (statements.length > SHARE_LIMITS.statements) {
    return `it has ${statements.length} statements; a link holds at most ${SHARE_LIMITS.statements.toLocaleString('en')}`;
  }
  const long = statements.findIndex(
    (s) =>
      isRecord(s) && typeof s.source === 'string' && s.source.length > SHARE_LIMITS.statementChars,
  );
  if (long >= 0) {
    return `statement ${long + 1} is longer than ${SHARE_LIMITS.statementChars.toLocaleString('en')} characters`;
  }
  return null;
}

const HEADLINES: Record<LinkProblem, string> = {
  corrupt: 'This share link is damaged: part of it was changed or mistyped',
  truncated: 'This share link is incomplete: it was cut off before its end',
  oversized: 'This share link holds more than Heapscope opens',
  newer: 'This share link was made by a newer version of Heapscope',
  crafted: 'This share link does not hold a valid Heapscope session',
};

const ADVICE: Record<LinkProblem, string> = {
  corrupt: 'Ask for the link again, or copy it once more.',
  truncated:
    'Copy the whole link (some e-mail and chat programs cut long links) and open it again.',
  oversized: `A link holds at most ${SHARE_LIMITS.statements.toLocaleString('en')} statements and ${kilobytes(SHARE_LIMITS.decodedBytes)}.`,
  newer: 'Reload the page to get the newest Heapscope, then open the link again.',
  crafted: 'It may have been edited by hand or made by another program.',
};

function refuse(problem: LinkProblem, detail: string): Decoded {
  return { ok: false, problem, message: `${HEADLINES[problem]} (${detail}). ${ADVICE[problem]}` };
}

function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
