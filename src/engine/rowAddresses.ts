/**
 * A table of addresses asked about by millions of rows (condensing): is this row's object drawn,
 * and which one is it (a small number, so that what condensing keeps per drawn object is an
 * array slot, not a hash lookup); is this allocation's object one whose type is asked for.
 *
 * Most rows are of objects not in the table (a few thousand are drawn, of millions of rows). A
 * flag per value of an address unit's low FILTER_BITS bits, set for the table's addresses,
 * answers most of them without hashing; the table answers the rest.
 */
import { AddressTable } from './addressTable';
import { ADDRESS_UNIT } from './eventRowFormat';

const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

export class RowAddresses {
  private readonly filter = new Uint8Array(1 << FILTER_BITS);

  /** Over `table`'s addresses and values (set before, not after). */
  constructor(private readonly table: AddressTable) {
    // An address that is not a whole number of units is in no row; any bit may stand for it.
    table.forEach((id) => (this.filter[Math.floor(id / ADDRESS_UNIT) & FILTER_MASK] = 1));
  }

  /** `ids`, each valued by its place in their order: the drawn objects' numbers. */
  static numbering(ids: Iterable<number>): RowAddresses {
    const list = [...ids];
    const table = new AddressTable(list.length);
    list.forEach((id, n) => table.set(id, n));
    return new RowAddresses(table);
  }

  has(id: number): boolean {
    return this.table.has(id);
  }

  /** The value of `id`, or -1 when it is not in the table. */
  valueAt(id: number): number {
    return this.table.get(id);
  }

  /** The value of the address `unit` ADDRESS_UNITs (a row's), or -1. */
  valueAtUnit(unit: number): number {
    return this.filter[unit & FILTER_MASK] === 0 ? -1 : this.table.get(unit * ADDRESS_UNIT);
  }
}
