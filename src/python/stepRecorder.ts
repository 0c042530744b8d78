/** Writes a script run's steps into columns (stepColumns.ts) as the run goes. */
import type { StepColumns, StepMark } from './stepColumns';

/** Records steps into columns that grow by doubling. */
export class StepRecorder {
  length = 0;
  private capacity: number;
  private lines: Int32Array;
  private depths: Int32Array;
  private frames: Int32Array;
  private objects: Int32Array;
  private bytes: Float64Array;
  private readonly frameNames: string[] = [];
  private readonly frameIndex = new Map<string, number>();

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.lines = new Int32Array(capacity);
    this.depths = new Int32Array(capacity);
    this.frames = new Int32Array(capacity);
    this.objects = new Int32Array(capacity);
    this.bytes = new Float64Array(capacity);
  }

  push(line: number, depth: number, frameName: string, objects: number, bytes: number): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.lines[i] = line;
    this.depths[i] = depth;
    let frame = this.frameIndex.get(frameName);
    if (frame === undefined) {
      frame = this.frameNames.length;
      this.frameNames.push(frameName);
      this.frameIndex.set(frameName, frame);
    }
    this.frames[i] = frame;
    this.objects[i] = objects;
    this.bytes[i] = bytes;
  }

  /** The steps so far, in arrays of their own length (a copy: recording may go on). */
  columns(): StepColumns {
    const n = this.length;
    return {
      length: n,
      lines: this.lines.slice(0, n),
      depths: this.depths.slice(0, n),
      frames: this.frames.slice(0, n),
      frameNames: this.frameNames.slice(),
      objects: this.objects.slice(0, n),
      bytes: this.bytes.slice(0, n),
    };
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <A extends Int32Array | Float64Array>(a: A, make: (n: number) => A): A => {
      const b = make(this.capacity);
      b.set(a);
      return b;
    };
    this.lines = grown(this.lines, (n) => new Int32Array(n));
    this.depths = grown(this.depths, (n) => new Int32Array(n));
    this.frames = grown(this.frames, (n) => new Int32Array(n));
    this.objects = grown(this.objects, (n) => new Int32Array(n));
    this.bytes = grown(this.bytes, (n) => new Float64Array(n));
  }
}

/** Columns holding `marks` (tests, and a page fed marks some other way). */
export function stepColumnsOf(marks: readonly StepMark[]): StepColumns {
  const recorder = new StepRecorder(Math.max(1, marks.length));
  for (const m of marks) recorder.push(m.line, m.depth, m.frame, m.objects, m.bytes);
  return recorder.columns();
}
