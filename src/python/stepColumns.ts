/**
 * A script run's steps as columns of typed arrays, one entry per step: about 20 bytes a step
 * where an object per step cost about 90, and a message to the page that is copied as a few
 * blocks of memory instead of being serialized object by object. The growth demo's 402,157 steps
 * took 36 MB of the page's heap and a quarter of a second to arrive as objects.
 *
 * Plain data (it crosses to the page by structured clone): read one step with `stepAt`; the
 * interpreter's thread writes them with a `StepRecorder` (stepRecorder.ts, a module of its own so
 * that the page's first chunk, which reads steps, does not carry the writer).
 */

/** One step of a script run: the line about to run, and in which frame. */
export interface StepMark {
  /** 1-based line of the script. */
  readonly line: number;
  /** How many frames are in progress: 1 is the module's. */
  readonly depth: number;
  /** The running code's qualified name: '<module>', 'f', 'Node.__init__'. */
  readonly frame: string;
  /** Live objects and their bytes (sys.getsizeof's measure, as the heap counts them) there. */
  readonly objects: number;
  readonly bytes: number;
}

export interface StepColumns {
  readonly length: number;
  readonly lines: Int32Array;
  readonly depths: Int32Array;
  /** Each step's frame name, as an index into `frameNames`. */
  readonly frames: Int32Array;
  readonly frameNames: readonly string[];
  readonly objects: Int32Array;
  /** Doubles: a heap's bytes can pass 2^31. */
  readonly bytes: Float64Array;
}

/** Step `i` (0-based), or undefined past the ends. */
export function stepAt(steps: StepColumns, i: number): StepMark | undefined {
  if (!(i >= 0 && i < steps.length)) return undefined;
  return {
    line: steps.lines[i]!,
    depth: steps.depths[i]!,
    frame: steps.frameNames[steps.frames[i]!]!,
    objects: steps.objects[i]!,
    bytes: steps.bytes[i]!,
  };
}

/** Every step as a mark (for tests and short runs: a long run is read a step at a time). */
export function stepMarks(steps: StepColumns): StepMark[] {
  return Array.from({ length: steps.length }, (_, i) => stepAt(steps, i)!);
}
