/** A generator function's body, resumable at each `yield`. */
import type { GenEx } from '../frame';

/** TRANSITION ONLY: the resumable body built by compile/generatorBodies.ts as it is today. */
export interface GeneratorBody {
  readonly k: 'nativeGen';
  readonly gen: GenEx;
}
