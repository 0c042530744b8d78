/**
 * The CPythons a session can imitate, as New session offers them and the header names them:
 * 3.11 is checked against python3; 2.7 and 3.12 are Heapscope's models of what those versions did
 * differently (docs/python-support.md, "Profiles").
 */
import type { ProfileName } from '../engine/profiles';

export interface ProfileChoice {
  readonly profile: ProfileName;
  /** What it shows that 3.11 does not, in a few words. */
  readonly detail: string;
}

export const PROFILE_CHOICES: readonly ProfileChoice[] = [
  { profile: '3.11', detail: 'today’s CPython, checked against python3' },
  {
    profile: '3.12',
    detail: 'immortal small ints, None and interned strings (PEP 683); inlined comprehensions',
  },
  {
    profile: '2.7',
    detail: 'the seed talk’s Python: one more reference in a call, __del__ cycles in gc.garbage',
  },
];
