/**
 * collections.OrderedDict (Objects/odictobject.c): a dict plus a linked list of its keys. The
 * dict part keeps the dict's own entry order, which is the order the dict part's traverse and
 * dealloc follow; the list (`order`) is the order iteration, repr and equality between
 * OrderedDicts see, and the only one move_to_end changes. Each node of the list owns a reference
 * to its key (_odict_add_new_node), so a key of an OrderedDict counts one more reference than a
 * dict's: the heap takes it when a key is added and drops it when the key's node goes.
 */
import { hashKey } from './hashing';
import { dictSize } from './sizes';
import { PyDict, type DictEntry, type PyObject } from './objects';
import { KeyOrder } from './keyOrder';
import type { Visit, ViewRefs } from './slots';
import type { Heap } from './heap';

/** The slot of a node's reference to its key (its label: `ORDER_SLOT`). */
export const ORDER_SLOT = 'linked list';

export class PyOrderedDict extends PyDict {
  /** The keys in the linked list's order (each node's reference counted: see above). */
  readonly order = new KeyOrder();
  /** Bumped when the order changes (odict's od_state): a running iterator raises. */
  state = 0;
  /** od_fast_nodes is allocated (after the first insertion, until clear()). */
  fastNodes = false;
  /** A dying odict drops its linked list with its table. */
  dropTable(): void {
    odictCleared(this);
    super.dropTable();
  }
  /** odict_traverse: each node's key, in order, then the dict part. */
  traverse(visit: Visit): void {
    for (const k of this.order.keys()) visit(k);
    super.traverse(visit);
  }
  /** odict_tp_clear and OrderedDict.clear(): the dict part first (PyDict_Clear), then the nodes. */
  clear(heap: Heap): void {
    const keys = this.order.keys();
    super.clear(heap);
    releaseNodes(heap, this, keys);
  }
  /** odict_dealloc: the nodes first (_odict_clear_nodes), then the dict part. */
  dealloc(heap: Heap): void {
    const keys = this.order.keys();
    odictCleared(this);
    releaseNodes(heap, this, keys);
    super.dealloc(heap);
  }
  /** Its nodes' references, then the dict's rows. */
  viewRefs(refs: ViewRefs): void {
    const keys = this.order.keys();
    let i = 0;
    for (; i < keys.length && !refs.full; i++) {
      const k = keys[i]!;
      refs.add(() => `${ORDER_SLOT} ${refs.repr(k)}`, k);
    }
    refs.total += keys.length - i;
    super.viewRefs(refs);
  }
  slotLabel(slot: string | number | PyObject): string {
    return slot === ORDER_SLOT ? ORDER_SLOT : super.slotLabel(slot);
  }
  /**
   * odict_sizeof: the dict, odict's 8 fields, od_fast_nodes (one pointer per key slot) and a
   * 32-byte node per key.
   */
  sizeof(): number {
    const fast = this.fastNodes ? 8 * 2 ** Math.max(this.keysLog2, 3) : 0;
    return dictSize(this.keysLog2, this.keysUnicode) + 64 + fast + 32 * this.index.size;
  }
}

/** _odict_clear_nodes: each node's key released, first to last (its list emptied before). */
export function releaseNodes(heap: Heap, d: PyOrderedDict, keys: readonly PyObject[]): void {
  heap.bulk(keys.length, () => {
    for (const k of keys) heap.decref(k, d, ORDER_SLOT);
  });
}

/** The entries of a dict in the order iteration shows them. */
export function orderedEntries(d: PyDict): DictEntry[] {
  if (!(d instanceof PyOrderedDict)) return [...d.liveEntries()];
  return d.order.keys().map((k) => d.entries[d.index.get(hashKey(k))!]!);
}

/**
 * The linked list follows the dict part: a new key at the end, a deleted one out. Each answers
 * whether `d` has the list: the caller then takes or drops the node's reference to the key.
 */
export function odictKeyAdded(d: PyDict, key: PyObject): boolean {
  if (!(d instanceof PyOrderedDict)) return false;
  d.order.push(key);
  d.fastNodes = true;
  d.state++;
  return true;
}

export function odictKeyRemoved(d: PyDict, key: PyObject): boolean {
  if (!(d instanceof PyOrderedDict)) return false;
  d.order.remove(key);
  d.state++;
  return true;
}

export function odictCleared(d: PyDict): void {
  if (!(d instanceof PyOrderedDict)) return;
  d.order.clear();
  d.fastNodes = false;
  d.state++;
}
