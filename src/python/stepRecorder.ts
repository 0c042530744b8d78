/** Writes a script run's steps into columns (stepColumns.ts) as the run goes. */
import { grown } from '../engine/grownArray';
import { StringTable } from '../engine/stringTable';
import type { StepColumns, StepMark } from './stepColumns';

/** Records steps into columns that grow by doubling. */
export class StepRecorder {
  length = 0;
  private lines: Int32Array;
  private depths: Int32Array;
  private frames: Int32Array;
  private objects: Int32Array;
  private bytes: Float64Array;
  private readonly frameNames = new StringTable();

  constructor(capacity = 1024) {
    this.lines = new Int32Array(capacity);
    this.depths = new Int32Array(capacity);
    this.frames = new Int32Array(capacity);
    this.objects = new Int32Array(capacity);
    this.bytes = new Float64Array(capacity);
  }

  push(line: number, depth: number, frameName: string, objects: number, bytes: number): void {
    if (this.length === this.lines.length) this.grow();
    const i = this.length++;
    this.lines[i] = line;
    this.depths[i] = depth;
    this.frames[i] = this.frameNames.numberOf(frameName);
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
      frameNames: this.frameNames.strings.slice(),
      objects: this.objects.slice(0, n),
      bytes: this.bytes.slice(0, n),
    };
  }

  private grow(): void {
    const steps = this.lines.length * 2;
    this.lines = grown(this.lines, steps);
    this.depths = grown(this.depths, steps);
    this.frames = grown(this.frames, steps);
    this.objects = grown(this.objects, steps);
    this.bytes = grown(this.bytes, steps);
  }
}

/** Columns holding `marks` (the tests' way to make steps). */
export function stepColumnsOf(marks: readonly StepMark[]): StepColumns {
  const recorder = new StepRecorder();
  for (const m of marks) recorder.push(m.line, m.depth, m.frame, m.objects, m.bytes);
  return recorder.columns();
}
