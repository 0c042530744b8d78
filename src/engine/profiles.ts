/**
 * Version profiles: which CPython the heap imitates. 3.11 is the default and the one verified
 * against `python3`; the others reproduce the differences listed in the spec.
 */
export type ProfileName = '2.7' | '3.11' | '3.12';

export interface Profile {
  readonly name: ProfileName;
  /** 3.12+ (PEP 683): small ints, None, True, False and interned strings never change refcount. */
  readonly immortalSingletons: boolean;
  /** 3.11+: a call moves its arguments from the caller's stack into the callee's frame. Before
   * 3.11 the caller kept its references and the frame took new ones (one more inside the callee). */
  readonly callMovesArguments: boolean;
  /** PEP 442 (3.4+): `__del__` runs at most once per object, even if it resurrects it. */
  readonly finalizeOnce: boolean;
  /** The range of ints that are cached and shared. */
  readonly smallIntMin: number;
  readonly smallIntMax: number;
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  '2.7': {
    name: '2.7',
    immortalSingletons: false,
    callMovesArguments: false,
    finalizeOnce: false,
    smallIntMin: -5,
    smallIntMax: 256,
  },
  '3.11': {
    name: '3.11',
    immortalSingletons: false,
    callMovesArguments: true,
    finalizeOnce: true,
    smallIntMin: -5,
    smallIntMax: 256,
  },
  '3.12': {
    name: '3.12',
    immortalSingletons: true,
    callMovesArguments: true,
    finalizeOnce: true,
    smallIntMin: -5,
    smallIntMax: 256,
  },
};

export function isProfileName(s: string): s is ProfileName {
  return s === '2.7' || s === '3.11' || s === '3.12';
}
