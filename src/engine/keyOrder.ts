/**
 * An OrderedDict's linked list of keys (odictobject.c's od_first, od_last and nodes): the order
 * iteration, repr and equality see. Each key's node is found by the key itself (the dict part's
 * own key object, borrowed), so moving a key to either end or removing it takes the same time
 * whatever the size, as in CPython, where an array's indexOf and splice took time in proportion
 * to it (100,000 move_to_end: 7.8 s).
 */
import type { PyObject } from './objects';

export interface KeyNode {
  readonly key: PyObject;
  prev: KeyNode | null;
  next: KeyNode | null;
}

export class KeyOrder {
  first: KeyNode | null = null;
  last: KeyNode | null = null;
  private readonly nodes = new Map<PyObject, KeyNode>();

  get length(): number {
    return this.nodes.size;
  }

  /** A new key at the end (odict's _odict_add_new_node). */
  push(key: PyObject): void {
    const node: KeyNode = { key, prev: this.last, next: null };
    if (this.last) this.last.next = node;
    else this.first = node;
    this.last = node;
    this.nodes.set(key, node);
  }

  /** Takes `key` out of the list; a key not in it is left alone. */
  remove(key: PyObject): void {
    const node = this.nodes.get(key);
    if (!node) return;
    this.unlink(node);
    this.nodes.delete(key);
  }

  /** move_to_end: `key` (in the list) to the end, or to the front when `last` is false. */
  moveToEnd(key: PyObject, last: boolean): void {
    const node = this.nodes.get(key);
    if (!node || node === (last ? this.last : this.first)) return;
    this.unlink(node);
    if (last) {
      node.prev = this.last;
      node.next = null;
      this.last!.next = node;
      this.last = node;
    } else {
      node.prev = null;
      node.next = this.first;
      this.first!.prev = node;
      this.first = node;
    }
  }

  clear(): void {
    this.first = null;
    this.last = null;
    this.nodes.clear();
  }

  /** The keys in order. */
  keys(): PyObject[] {
    const out: PyObject[] = [];
    for (let n = this.first; n; n = n.next) out.push(n.key);
    return out;
  }

  private unlink(node: KeyNode): void {
    if (node.prev) node.prev.next = node.next;
    else this.first = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.last = node.prev;
  }
}
