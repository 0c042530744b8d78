/**
 * Share links: every session round-trips exactly, and every kind of bad link (corrupt, truncated,
 * oversized, newer version, crafted) is refused with its own message, never with an exception.
 * Bad links are made the way they happen: a link cut off or mistyped, JSON packed by hand.
 */
import { zlibSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packText, toBase64Url } from './packedText';
import {
  DEFAULT_VIEW,
  decodeShareLink,
  encodeShareLink,
  SHARE_LIMITS,
  type Decoded,
  type SharedSession,
} from './shareLink';

const SESSION: SharedSession = {
  statements: [
    { source: 'a = []', origin: 'console', stop: null },
    { source: "n1 = Node('n1')", origin: 'canvas', stop: null },
    {
      source: 'while True:\n    pass',
      origin: 'console',
      stop: { work: 123456, reason: 'time', timeMs: 3000, interruptedAt: 100 },
    },
    { source: 'a.append(n1)  # «ünïcode» 🐍', origin: 'console', stop: null },
  ],
  position: 3,
  profile: '3.11',
  view: { showSetup: true, showReachability: false, collectGeneration: 1 },
};

function link(session: SharedSession = SESSION): string {
  const encoded = encodeShareLink(session);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.text;
}

/** JSON packed as a link would be: for links made by hand. */
function packed(data: unknown): string {
  return packText(JSON.stringify(data));
}

function wire(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'heapscope-share',
    version: 1,
    statements: [{ source: 'a = []' }, { source: 'b = a', origin: 'canvas' }],
    position: 2,
    ...changes,
  };
}

function refusal(decoded: Decoded): { problem: string; message: string } {
  if (decoded.ok) throw new Error('the link was accepted');
  return { problem: decoded.problem, message: decoded.message };
}

/** What every decoded session must satisfy, whatever the link was. */
function expectValid(session: SharedSession): void {
  expect(session.statements.length).toBeLessThanOrEqual(SHARE_LIMITS.statements);
  expect(Number.isSafeInteger(session.position)).toBe(true);
  expect(session.position).toBeGreaterThanOrEqual(0);
  expect(session.position).toBeLessThanOrEqual(session.statements.length);
  for (const s of session.statements) {
    expect(typeof s.source).toBe('string');
    expect(['console', 'canvas']).toContain(s.origin);
    if (s.stop) {
      expect(Number.isSafeInteger(s.stop.work) && s.stop.work >= 0).toBe(true);
      expect(['interrupt', 'time']).toContain(s.stop.reason);
    }
  }
  expect(['2.7', '3.11', '3.12']).toContain(session.profile);
  expect(Object.getPrototypeOf(session)).toBe(Object.prototype);
}

describe('a share link', { timeout: 60_000 }, () => {
  it('holds the session exactly, in a string a URL needs no escaping for', () => {
    const text = link();
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShareLink(text)).toEqual({ ok: true, session: SESSION });
  });

  it('is compact: 200 statements of a loop-built session take a few kilobytes', () => {
    const statements = Array.from({ length: 200 }, (_, i) => ({
      source: `objs.append(Node(${JSON.stringify(String(i))}))`,
      origin: 'console' as const,
      stop: null,
    }));
    const text = link({ ...SESSION, statements, position: 200 });
    const raw = JSON.stringify(statements).length;
    expect(text.length).toBeLessThan(raw / 3);
  });

  it('round-trips any session exactly', () => {
    const stop = fc.option(
      fc.nat({ max: Number.MAX_SAFE_INTEGER }).chain((work) =>
        fc.record(
          {
            work: fc.constant(work),
            reason: fc.constantFrom('interrupt' as const, 'time' as const),
            timeMs: fc.double({ min: 0, max: 1e7, noNaN: true }).map((x) => x + 0),
            interruptedAt: fc.nat({ max: work }),
          },
          { requiredKeys: ['work', 'reason'] },
        ),
      ),
      { nil: null },
    );
    const session = fc
      .array(
        fc.record({
          source: fc.string({ unit: 'binary', maxLength: 80 }),
          origin: fc.constantFrom('console' as const, 'canvas' as const),
          stop,
        }),
        { maxLength: 30 },
      )
      .chain((statements) =>
        fc.record({
          statements: fc.constant(statements),
          position: fc.nat({ max: statements.length }),
          profile: fc.constantFrom('2.7' as const, '3.11' as const, '3.12' as const),
          view: fc.record({
            showSetup: fc.boolean(),
            showReachability: fc.boolean(),
            collectGeneration: fc.constantFrom(0 as const, 1 as const, 2 as const),
          }),
        }),
      );
    fc.assert(
      fc.property(session, (s) => {
        expect(decodeShareLink(link(s))).toEqual({ ok: true, session: s });
      }),
      { numRuns: 300 },
    );
  });

  it('is not made for a session bigger than a link may hold', () => {
    const many = Array.from({ length: SHARE_LIMITS.statements + 1 }, () => ({
      source: 'x = 1',
      origin: 'console' as const,
      stop: null,
    }));
    const encoded = encodeShareLink({ ...SESSION, statements: many, position: 0 });
    expect(encoded).toEqual({
      ok: false,
      message: expect.stringMatching(/too large to share as a link: it has 2001 statements/),
    });
  });
});

describe('a bad link is refused with a message for a person', () => {
  it('corrupt: a character a link never has, or one changed in its data', () => {
    const text = link();
    const typo = refusal(decodeShareLink(`${text.slice(0, 10)}!${text.slice(11)}`));
    expect(typo.problem).toBe('corrupt');
    expect(typo.message).toMatch(/^This share link is damaged: .*Ask for the link again/);
    // Every single-character change is caught (by the checksum or by deflate), except in the
    // bits that pad deflate's last byte and base64's last character: those change nothing.
    const middle = Math.floor(text.length / 2);
    let refused = 0;
    for (let i = 0; i < text.length; i++) {
      const swapped = text[i] === 'A' ? 'B' : 'A';
      const decoded = decodeShareLink(text.slice(0, i) + swapped + text.slice(i + 1));
      if (decoded.ok) {
        expect(decoded.session, `changed at ${i} of ${text.length}`).toEqual(SESSION);
        expect(i).toBeGreaterThan(text.length - 10);
      } else refused++;
    }
    expect(refused).toBeGreaterThan(text.length - 5);
    expect(
      refusal(decodeShareLink(text.slice(0, middle) + 'x' + text.slice(middle + 1))).problem,
    ).toMatch(/corrupt|truncated/);
    expect(refusal(decodeShareLink('hello-world')).problem).toBe('corrupt');
  });

  it('truncated: cut anywhere, it says so', () => {
    const text = link();
    for (let cut = 0; cut < text.length; cut++) {
      const r = refusal(decodeShareLink(text.slice(0, cut)));
      expect(r.problem, `cut at ${cut} of ${text.length}`).toBe('truncated');
      expect(r.message).toMatch(/^This share link is incomplete: it was cut off/);
    }
  });

  it('oversized: too long a link, too much text inside, too many or too long statements', () => {
    const long = refusal(decodeShareLink('A'.repeat(SHARE_LIMITS.linkChars + 4)));
    expect(long.problem).toBe('oversized');
    expect(long.message).toMatch(/^This share link holds more than Heapscope opens/);
    // A few kilobytes that expand past the limit (a "zip bomb"): refused while inflating.
    const bomb = packed(wire({ statements: [{ source: 'x'.repeat(20_000_000) }], position: 0 }));
    expect(bomb.length).toBeLessThan(40_000);
    expect(refusal(decodeShareLink(bomb)).message).toMatch(/unpacks to more than 262144 bytes/);
    const many = Array.from({ length: SHARE_LIMITS.statements + 1 }, () => ({ source: '' }));
    expect(
      refusal(decodeShareLink(packed(wire({ statements: many, position: 0 })))).message,
    ).toMatch(/holds more than Heapscope opens \(it has 2001 statements/);
    const longOne = [{ source: 'x'.repeat(SHARE_LIMITS.statementChars + 1) }];
    expect(
      refusal(decodeShareLink(packed(wire({ statements: longOne, position: 0 })))),
    ).toMatchObject({
      problem: 'oversized',
      message: expect.stringMatching(/statement 1 is longer/),
    });
  });

  it('newer version: says which, and what to do', () => {
    const r = refusal(decodeShareLink(packed(wire({ version: 2, lesson: { id: 'x', step: 1 } }))));
    expect(r.problem).toBe('newer');
    expect(r.message).toBe(
      'This share link was made by a newer version of Heapscope (it is format version 2; this page reads version 1). Reload the page to get the newest Heapscope, then open the link again.',
    );
  });

  it.each([
    ['not JSON', packText('a = []'), /what it holds is not a session/],
    ['JSON but not a record', packed([1, 2, 3]), /not a Heapscope share link/],
    ['another format', packed(wire({ format: 'other' })), /not a Heapscope share link/],
    ['version 0', packed(wire({ version: 0 })), /its version is not 1/],
    ['version as text', packed(wire({ version: '1' })), /its version is not 1/],
    [
      'an extra field',
      packed(wire({ extra: 1 })),
      /has a field Heapscope does not know \("extra"\)/,
    ],
    [
      'an extra field in a statement',
      packed(wire({ statements: [{ source: 'a', run: 'rm -rf' }], position: 0 })),
      /statement 1: the statement has a field Heapscope does not know \("run"\)/,
    ],
    [
      'a source that is not text',
      packed(wire({ statements: [{ source: 42 }], position: 0 })),
      /statement 1: the source is not text/,
    ],
    ['a negative position', packed(wire({ position: -1 })), /position in the history is negative/],
    [
      'a position past the end',
      packed(wire({ position: 3 })),
      /position in the history is past its last statement/,
    ],
    ['a fractional position', packed(wire({ position: 1.5 })), /not a whole number/],
    [
      'a stop point that is not a whole number',
      packed(wire({ statements: [{ source: 'a', stop: { work: 2.5, reason: 'time' } }] })),
      /statement 1, its stop point: the work done is not a whole number/,
    ],
    [
      'a stop point interrupted after it stopped',
      packed(
        wire({
          statements: [{ source: 'a', stop: { work: 2, reason: 'time', interruptedAt: 3 } }],
          position: 1,
        }),
      ),
      /interrupted after it stopped/,
    ],
    [
      'an unknown origin',
      packed(wire({ statements: [{ source: 'a', origin: 'setup' }] })),
      /origin/,
    ],
    ['an unknown profile', packed(wire({ profile: '4.0' })), /CPython version/],
    [
      'a view setting of the wrong type',
      packed(wire({ view: { ...DEFAULT_VIEW, showSetup: 'yes' } })),
      /the view settings: "show classes" is not true or false/,
    ],
    [
      'a __proto__ key',
      packText(
        '{"format":"heapscope-share","version":1,"statements":[],"position":0,"__proto__":{"polluted":true}}',
      ),
      /a field named “__proto__”/,
    ],
    [
      'a __proto__ key in a statement',
      packText(
        '{"format":"heapscope-share","version":1,"statements":[{"source":"a","__proto__":{"x":1}}],"position":0}',
      ),
      /a field named “__proto__”/,
    ],
    [
      'a constructor key',
      packed(wire({ view: { constructor: { prototype: {} } } })),
      /a field named “constructor”/,
    ],
    ['deep nesting', packText('['.repeat(50_000) + ']'.repeat(50_000)), /nests values deeper/],
    ['bytes that are not text', packBytes([0xff, 0xfe, 0x00]), /not text/],
  ])('crafted: %s', (_name, text, message) => {
    const r = refusal(decodeShareLink(text));
    expect(r.problem).toBe('crafted');
    expect(r.message).toMatch(/^This share link does not hold a valid Heapscope session \(/);
    expect(r.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('random text never throws: it is refused with a message or is a valid session', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const decoded = decodeShareLink(text);
        if (decoded.ok) expectValid(decoded.session);
        else expect(decoded.message).toMatch(/^This share link /);
      }),
      { numRuns: 2000 },
    );
  });

  it('a valid link cut, mistyped, spliced or extended never throws either', () => {
    const text = link();
    const mutation = fc.oneof(
      fc.tuple(fc.nat(text.length), fc.nat(40)).map(
        ([at, n]) =>
          (t: string) =>
            t.slice(0, at) + t.slice(at + n),
      ),
      fc.tuple(fc.nat(text.length), fc.string({ unit: 'binary-ascii', maxLength: 6 })).map(
        ([at, s]) =>
          (t: string) =>
            t.slice(0, at) + s + t.slice(at + s.length),
      ),
      fc.tuple(fc.nat(text.length), fc.string({ maxLength: 30 })).map(
        ([at, s]) =>
          (t: string) =>
            t.slice(0, at) + s + t.slice(at),
      ),
      fc.nat(text.length).map((at) => (t: string) => t.slice(at) + t.slice(0, at)),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutations.reduce((t, m) => m(t), text);
        const decoded = decodeShareLink(mutated);
        if (decoded.ok) expectValid(decoded.session);
        else expect(decoded.message).toMatch(/^This share link /);
      }),
      { numRuns: 2000 },
    );
  });

  it('mutated JSON inside a well-packed link never throws', () => {
    const json = JSON.stringify({ ...wire(), view: DEFAULT_VIEW });
    fc.assert(
      fc.property(fc.nat(json.length), fc.string({ maxLength: 8 }), (at, s) => {
        const decoded = decodeShareLink(packText(json.slice(0, at) + s + json.slice(at + 1)));
        if (decoded.ok) expectValid(decoded.session);
        else expect(decoded.message).toMatch(/^This share link /);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Raw bytes as a link (a zlib stream in base64url), for data that is not UTF-8 text. */
function packBytes(bytes: number[]): string {
  return toBase64Url(zlibSync(new Uint8Array(bytes)));
}
