/**
 * The messages a slide deck sends an embedded Heapscope (`window.postMessage`), and what it
 * answers. Every message is validated here before anything runs; one that is not exactly a known
 * command is refused with a message saying why. Documented in the README ("Embedding").
 *
 * A command: `{ heapscope: 1, id?, command, ... }`; its answer: `{ heapscope: 1, replyTo: id,
 * ok: true, result }` or `{ heapscope: 1, replyTo: id, ok: false, error }`. Events the embed
 * sends by itself: `{ heapscope: 1, event: 'ready' | 'stepChanged' | 'statementRun' |
 * 'collectionFinished', ... }`.
 */
import * as v from 'valibot';

const id = v.optional(v.union([v.string(), v.number()]));
const base = { heapscope: v.literal(1), id };

/** At most this much Python in one `run` or `load` (a deck's program, not a data dump). */
const MAX_CODE = 64 * 1024;
const MAX_STATEMENTS = 500;

const CommandSchema = v.variant('command', [
  v.strictObject({
    ...base,
    command: v.literal('run'),
    code: v.pipe(v.string(), v.maxLength(MAX_CODE)),
  }),
  /** Replaces the session with these statements, none applied: the deck then steps through them. */
  v.strictObject({
    ...base,
    command: v.literal('load'),
    statements: v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(MAX_CODE))),
      v.maxLength(MAX_STATEMENTS),
    ),
  }),
  v.strictObject({ ...base, command: v.literal('step') }),
  v.strictObject({ ...base, command: v.literal('back') }),
  v.strictObject({
    ...base,
    command: v.literal('goTo'),
    step: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({ ...base, command: v.literal('reset') }),
  v.strictObject({
    ...base,
    command: v.literal('collect'),
    generation: v.optional(v.picklist([0, 1, 2])),
  }),
  v.strictObject({ ...base, command: v.literal('getState') }),
]);

export type DeckCommand = v.InferOutput<typeof CommandSchema>;

export type Parsed =
  | { readonly ok: true; readonly command: DeckCommand }
  | { readonly ok: false; readonly id: string | number | null; readonly error: string }
  /** Not addressed to Heapscope at all (another library's message): ignored, not answered. */
  | { readonly ok: false; readonly id: null; readonly error: null };

const COMMANDS = ['run', 'load', 'step', 'back', 'goTo', 'reset', 'collect', 'getState'];

/** Validates a message; a message without `heapscope: 1` is someone else's and is ignored. */
export function parseDeckMessage(data: unknown): Parsed {
  if (typeof data !== 'object' || data === null || !('heapscope' in data)) {
    return { ok: false, id: null, error: null };
  }
  const rawId = (data as { id?: unknown }).id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const result = v.safeParse(CommandSchema, data);
  if (result.success) return { ok: true, command: result.output };
  const command = (data as { command?: unknown }).command;
  if (typeof command !== 'string' || !COMMANDS.includes(command)) {
    return {
      ok: false,
      id,
      error: `Refused: unknown command ${JSON.stringify(command) ?? 'undefined'} (use ${COMMANDS.join(', ')})`,
    };
  }
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return {
    ok: false,
    id,
    error: `Refused ${command}: ${path ? `${path}: ` : ''}${issue.message}`,
  };
}

export interface DeckReply {
  readonly heapscope: 1;
  readonly replyTo: string | number | null;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: string;
}

export type DeckEvent =
  | { readonly heapscope: 1; readonly event: 'ready'; readonly state: DeckState }
  | {
      readonly heapscope: 1;
      readonly event: 'stepChanged';
      readonly position: number;
      readonly total: number;
    }
  | {
      readonly heapscope: 1;
      readonly event: 'statementRun';
      readonly source: string;
      readonly ok: boolean;
      readonly output: string;
      readonly error: string | null;
    }
  | {
      readonly heapscope: 1;
      readonly event: 'collectionFinished';
      readonly generation: number;
      readonly collected: number;
    };

/** What `getState` answers, and `ready` carries: plain data, bounded like the drawing. */
export interface DeckState {
  readonly position: number;
  readonly statements: readonly string[];
  readonly busy: boolean;
  readonly names: readonly { readonly name: string; readonly id: number }[];
  readonly objects: readonly {
    readonly id: number;
    readonly type: string;
    readonly repr: string;
    readonly refcount: number;
  }[];
}
