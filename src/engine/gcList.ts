/**
 * The collector's doubly linked lists (CPython's PyGC_Head lists). A list is a circular chain
 * through a sentinel head; objects are linked in through their own gcPrev/gcNext fields, so moving
 * an object between generations costs nothing and keeps CPython's order.
 */
export interface GcNode {
  gcNext: GcNode | null;
  gcPrev: GcNode | null;
}

export class GcList implements GcNode {
  gcNext: GcNode = this;
  gcPrev: GcNode = this;
  constructor(readonly name: string) {}

  isEmpty(): boolean {
    return this.gcNext === this;
  }

  /** Appends a node that is in no list. */
  append(node: GcNode): void {
    const last = this.gcPrev;
    node.gcPrev = last;
    node.gcNext = this;
    last.gcNext = node;
    this.gcPrev = node;
  }

  /** Moves every node of `from` to the end of this list; `from` becomes empty. */
  merge(from: GcList): void {
    if (from.isEmpty()) return;
    const tail = this.gcPrev;
    tail.gcNext = from.gcNext;
    from.gcNext.gcPrev = tail;
    this.gcPrev = from.gcPrev;
    from.gcPrev.gcNext = this;
    from.gcNext = from;
    from.gcPrev = from;
  }

  size(): number {
    let n = 0;
    for (let g = this.gcNext; g !== this; g = g.gcNext!) n++;
    return n;
  }

  /** The nodes in order (a copy: safe to move them while iterating). */
  toArray<T extends GcNode>(): T[] {
    const out: T[] = [];
    for (let g = this.gcNext; g !== this; g = g.gcNext!) out.push(g as T);
    return out;
  }
}

/** Unlinks a node from whatever list holds it. */
export function unlink(node: GcNode): void {
  node.gcPrev!.gcNext = node.gcNext;
  node.gcNext!.gcPrev = node.gcPrev;
  node.gcNext = null;
  node.gcPrev = null;
}

/** Moves a node from its list to the end of `list`. */
export function moveTo(node: GcNode, list: GcList): void {
  unlink(node);
  list.append(node);
}
