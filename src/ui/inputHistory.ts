/**
 * Console input history, as in a shell: Up walks back through what was run, Down walks forward,
 * and walking past the newest entry brings back what was being typed before.
 */
export class InputHistory {
  private readonly entries: string[] = [];
  /** Index into `entries` while browsing; equal to its length when not browsing. */
  private cursor = 0;
  private draft = '';

  push(source: string): void {
    if (source.trim() !== '' && this.entries.at(-1) !== source) this.entries.push(source);
    this.cursor = this.entries.length;
    this.draft = '';
  }

  /** The older entry, or null at the oldest. `current` is kept as the draft when browsing starts. */
  previous(current: string): string | null {
    if (this.cursor === 0) return null;
    if (this.cursor === this.entries.length) this.draft = current;
    this.cursor--;
    return this.entries[this.cursor]!;
  }

  /** The newer entry, the draft after the newest, or null when not browsing. */
  next(): string | null {
    if (this.cursor >= this.entries.length) return null;
    this.cursor++;
    return this.cursor === this.entries.length ? this.draft : this.entries[this.cursor]!;
  }
}
