/** The order in which a dict's values are visited and released. */
import { PyStr, type DictEntry, type PyDict } from './objects';

/** A dict's entries in the order its values are released: shared-key order for a split table. */
export function valueOrder(d: PyDict): (DictEntry | undefined)[] {
  const order = d.sharedKeys;
  if (!order) return d.entries;
  const rank = (e: DictEntry) => {
    const i = e.key instanceof PyStr ? order.indexOf(e.key.value) : -1;
    return i < 0 ? order.length : i;
  };
  return d.entries.filter((e): e is DictEntry => e !== undefined).sort((a, b) => rank(a) - rank(b));
}
