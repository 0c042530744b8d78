import { describe, expect, it } from 'vitest';
import type { RunOutcome, Session } from '../python/session';
import { runStatement } from './runStatement';

/** Only `run` is used; anything else on the fake would be a test bug. */
const fakeSession = (run: () => RunOutcome) => ({ run }) as unknown as Session;

describe('runStatement', () => {
  it('adds the error line to stderr when the interpreter only reported it in `error`', () => {
    const session = fakeSession(() => ({
      ok: false,
      output: [],
      error: 'NotSupported: the with statement is not supported (line 1)',
      events: [],
      work: 0,
      stopped: null,
    }));
    const { entry } = runStatement(session, 7, "with open('f') as f: pass");
    expect(entry).toMatchObject({ id: 7, ok: false });
    expect(entry.output).toEqual([
      { stream: 'stderr', text: 'NotSupported: the with statement is not supported (line 1)\n' },
    ]);
  });

  it('does not repeat an error line that stderr already ends with', () => {
    const text = "Traceback (most recent call last):\nNameError: name 'zz' is not defined\n";
    const session = fakeSession(() => ({
      ok: false,
      output: [{ stream: 'stderr', text }],
      error: "NameError: name 'zz' is not defined",
      events: [],
      work: 1,
      stopped: null,
    }));
    expect(runStatement(session, 1, 'zz').entry.output).toEqual([{ stream: 'stderr', text }]);
  });

  it('turns an interpreter crash into an error entry instead of an exception', () => {
    const session = fakeSession(() => {
      throw new Error('boom');
    });
    const { entry, events } = runStatement(session, 1, 'x = 1');
    expect(entry.ok).toBe(false);
    expect(entry.error).toBe('InternalError: boom');
    expect(events).toEqual([]);
  });
});
