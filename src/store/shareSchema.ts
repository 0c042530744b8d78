/**
 * What a share link's JSON must look like (format `heapscope-share`, version 1), checked with
 * valibot, and the checks that come before it: no key that could reach an object's prototype, no
 * nesting deeper than the format has. The schema is strict: a field it does not know is refused,
 * not ignored, so a link never carries anything that was not looked at.
 *
 * The values that come out are new objects made by the schema, holding only the known fields.
 */
import * as v from 'valibot';

export const SHARE_FORMAT = 'heapscope-share';
export const SHARE_VERSION = 1;

/** Keys that mean something to JavaScript's objects themselves: never data in a link. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The format's deepest value (root, statements, a statement, its stop point, a number) is 4 down. */
const MAX_DEPTH = 4;

const whole = (what: string) =>
  v.pipe(
    v.number(`${what} is not a number`),
    v.safeInteger(`${what} is not a whole number`),
    v.minValue(0, `${what} is negative`),
  );

const record = (what: string) => (issue: v.BaseIssue<unknown>) =>
  issue.expected === 'never'
    ? `${what} has a field Heapscope does not know (${issue.received})`
    : issue.received === 'undefined'
      ? `${what} lacks a field`
      : `${what} is not a record`;

const StopSchema = v.pipe(
  v.strictObject(
    {
      work: whole('the work done'),
      reason: v.picklist(['interrupt', 'time'], 'the reason is neither "interrupt" nor "time"'),
      timeMs: v.optional(
        v.pipe(
          v.number('the time budget is not a number'),
          v.finite('the time budget is not finite'),
          v.minValue(0, 'the time budget is negative'),
        ),
      ),
      interruptedAt: v.optional(whole('where it was interrupted')),
    },
    record('the stop point'),
  ),
  v.check(
    (s) => s.interruptedAt === undefined || s.interruptedAt <= s.work,
    'it was interrupted after it stopped',
  ),
);

export function wireSchema(limits: { statements: number; statementChars: number }) {
  return v.pipe(
    v.strictObject(
      {
        format: v.literal(SHARE_FORMAT, 'it is not a Heapscope share link'),
        version: v.literal(SHARE_VERSION, `its version is not ${SHARE_VERSION}`),
        statements: v.pipe(
          v.array(
            v.strictObject(
              {
                source: v.pipe(
                  v.string('the source is not text'),
                  v.maxLength(limits.statementChars, 'the source is too long'),
                ),
                origin: v.optional(
                  v.picklist(
                    ['console', 'canvas', 'script'],
                    'the origin is not console, canvas or script',
                  ),
                ),
                stop: v.optional(StopSchema),
              },
              record('the statement'),
            ),
            'the statements are not a list',
          ),
          v.maxLength(limits.statements, 'there are too many statements'),
        ),
        position: whole('the position in the history'),
        profile: v.optional(
          v.picklist(['2.7', '3.11', '3.12'], 'the CPython version is not one Heapscope has'),
        ),
        view: v.optional(
          v.strictObject(
            {
              showSetup: v.boolean('"show classes" is not true or false'),
              showReachability: v.boolean('"reachability" is not true or false'),
              collectGeneration: v.picklist(
                [0, 1, 2],
                'the generation to collect is not 0, 1 or 2',
              ),
            },
            record('the view settings'),
          ),
        ),
      },
      record('the session'),
    ),
    v.check(
      (d) => d.position <= d.statements.length,
      'the position in the history is past its last statement',
    ),
  );
}

export type Wire = v.InferOutput<ReturnType<typeof wireSchema>>;

/** The first thing wrong with `data` for a person: "statement 3, stop point: …". */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'it does not have the shape of a session';
  const where: string[] = [];
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') where.push(`statement ${key + 1}`);
    else if (key === 'stop') where.push('its stop point');
    else if (key === 'view') where.push('the view settings');
  }
  return where.length ? `${where.join(', ')}: ${issue.message}` : issue.message;
}

/**
 * Looks for what the schema must never be shown: a key such as `__proto__` (JSON.parse makes it
 * an ordinary own key, but code that copies objects naively would set a prototype with it), or
 * nesting deeper than the format's. Iterative, so no input can exhaust the stack.
 */
export function dangerousShape(data: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return 'it nests values deeper than a session does';
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `it holds a field named “${key}”, which no session has`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
