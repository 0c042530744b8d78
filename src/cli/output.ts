/**
 * What the program prints, written to the process's stdout and stderr as it is printed, in the
 * order it is printed. stdout is gathered into chunks (up to 64 KB, or until something goes to
 * stderr, or until the interpreter's next progress report, about every 100 ms) and written
 * synchronously: memory stays flat however much a program prints, and a pipe that is full makes
 * the program wait, as it makes python3 wait.
 */
import { writeSync } from 'node:fs';

const CHUNK = 64 * 1024;

export class StreamedOutput {
  private pending = '';
  /** Set when the reader went away (EPIPE): the rest of the output has nowhere to go. */
  private closed = false;

  constructor(
    private readonly stdoutFd = 1,
    private readonly stderrFd = 2,
  ) {}

  write(stream: 'stdout' | 'stderr', text: string): void {
    if (stream === 'stderr') {
      this.flush();
      this.writeFully(this.stderrFd, text);
      return;
    }
    this.pending += text;
    if (this.pending.length >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.writeFully(this.stdoutFd, text);
  }

  private writeFully(fd: number, text: string): void {
    if (this.closed) return;
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          // A non-blocking pipe that is full: wait for the reader.
          Atomics.wait(PAUSE, 0, 0, 2);
          continue;
        }
        if (code === 'EPIPE') {
          this.closed = true;
          return;
        }
        throw e;
      }
    }
  }
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));
