/** Typed arrays that grow as rows are added to them: the event log's, a script's step columns. */
type Grown = Uint8Array | Int32Array | Float64Array;

/** A copy of `a` in a new array of its own kind, `length` long (longer than `a`). */
export function grown<A extends Grown>(a: A, length: number): A {
  const b = new (a.constructor as new (length: number) => A)(length);
  b.set(a);
  return b;
}

/** int32s pushed one at a time, millions of them: the array doubles, and nothing else is made. */
export class Int32List {
  items = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) this.items = grown(this.items, 2 * this.length);
    this.items[this.length++] = value;
  }
}
