/** Typed arrays that grow as rows are added to them: the event log's, a script's step columns. */
type Grown = Uint8Array | Int32Array | Float64Array;

/** A copy of `a` in a new array of its own kind, `length` long (longer than `a`). */
export function grown<A extends Grown>(a: A, length: number): A {
  const b = new (a.constructor as new (length: number) => A)(length);
  b.set(a);
  return b;
}
