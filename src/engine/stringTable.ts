/**
 * Strings numbered in the order they were first met: a row or a column stores the number (an
 * int32), its reader gets the string back. The event log's names and type names, a script's frame
 * names.
 */
export class StringTable {
  readonly strings: string[] = [];
  private readonly numbers = new Map<string, number>();

  numberOf(s: string): number {
    let n = this.numbers.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.numbers.set(s, n);
    }
    return n;
  }

  at(n: number): string {
    return this.strings[n]!;
  }
}
