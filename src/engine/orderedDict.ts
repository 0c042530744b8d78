/**
 * collections.OrderedDict (Objects/odictobject.c): a dict plus a linked list of its keys. The
 * dict part keeps the dict's own entry order, which is the order traverse and dealloc follow;
 * the list (`order`, the keys as the dict holds them, borrowed) is the order iteration, repr
 * and equality between OrderedDicts see, and the only one move_to_end changes.
 */
import { hashKey } from './hashing';
import { dictSize } from './sizes';
import { PyDict, type DictEntry, type PyObject } from './objects';
import { KeyOrder } from './keyOrder';

export class PyOrderedDict extends PyDict {
  /** The keys in the linked list's order (borrowed: the dict part owns them). */
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
  /**
   * odict_sizeof: the dict, odict's 8 fields, od_fast_nodes (one pointer per key slot) and a
   * 32-byte node per key.
   */
  sizeof(): number {
    const fast = this.fastNodes ? 8 * 2 ** Math.max(this.keysLog2, 3) : 0;
    return dictSize(this.keysLog2, this.keysUnicode) + 64 + fast + 32 * this.index.size;
  }
}

/** The entries of a dict in the order iteration shows them. */
export function orderedEntries(d: PyDict): DictEntry[] {
  if (!(d instanceof PyOrderedDict)) return [...d.liveEntries()];
  return d.order.keys().map((k) => d.entries[d.index.get(hashKey(k))!]!);
}

/** The linked list follows the dict part: a new key at the end, a deleted one out. */
export function odictKeyAdded(d: PyDict, key: PyObject): void {
  if (!(d instanceof PyOrderedDict)) return;
  d.order.push(key);
  d.fastNodes = true;
  d.state++;
}

export function odictKeyRemoved(d: PyDict, key: PyObject): void {
  if (!(d instanceof PyOrderedDict)) return;
  d.order.remove(key);
  d.state++;
}

export function odictCleared(d: PyDict): void {
  if (!(d instanceof PyOrderedDict)) return;
  d.order.clear();
  d.fastNodes = false;
  d.state++;
}
