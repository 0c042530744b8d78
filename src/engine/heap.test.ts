import { describe, expect, it } from 'vitest';
import { allEvents } from './eventRows';
import { Heap, STACK } from './heap';
import type { PyObject } from './objects';

function deaths(heap: Heap): number[] {
  return allEvents(heap.events)
    .filter((e) => e.kind === 'dealloc')
    .map((e) => (e as { id: number }).id);
}

describe('Heap', () => {
  it('gives a new object refcount 1 and frees it when the last reference goes', () => {
    const h = new Heap();
    const l = h.newList([]);
    expect(l.refcount).toBe(1);
    h.incref(l, STACK);
    expect(l.refcount).toBe(2);
    h.decref(l, STACK);
    h.decref(l, STACK);
    expect(l.freed).toBe(true);
    expect(h.live!.has(l)).toBe(false);
    expect(deaths(h)).toEqual([l.address]);
  });

  it('frees list items last to first', () => {
    const h = new Heap();
    const items = [h.newList([]), h.newList([]), h.newList([])];
    const outer = h.newList(items.slice());
    h.drainLog();
    h.decref(outer);
    expect(deaths(h)).toEqual([
      outer.address,
      items[2]!.address,
      items[1]!.address,
      items[0]!.address,
    ]);
  });

  it('frees tuple items last to first', () => {
    const h = new Heap();
    const items = [h.newList([]), h.newList([])];
    const t = h.newTuple(items.slice());
    h.drainLog();
    h.decref(t);
    expect(deaths(h)).toEqual([t.address, items[1]!.address, items[0]!.address]);
  });

  it('frees a dict entry by entry, the key before the value', () => {
    const h = new Heap();
    const d = h.newDict();
    const made: PyObject[] = [];
    for (const k of ['a', 'b']) {
      const key = h.newStr(k + ' key, not interned');
      const value = h.newList([]);
      h.dictSet(d, key, value);
      h.decref(key);
      h.decref(value);
      made.push(key, value);
    }
    h.drainLog();
    h.decref(d);
    expect(deaths(h)).toEqual([d.address, ...made.map((o) => o.address)]);
  });

  it('says which holder and slot each reference change comes from', () => {
    const h = new Heap();
    const a = h.newList([]);
    const l = h.newList([]);
    h.drainLog();
    h.listAppend(l, a);
    const e = allEvents(h.events).find((x) => x.kind === 'incref' && x.id === a.address);
    expect(e).toMatchObject({ refcount: 2, site: { holder: l.address, slot: '[0]' } });
  });

  it('names a namespace slot by the name', () => {
    const h = new Heap();
    const ns = h.newDict(true);
    const key = h.newStr('a', true);
    const v = h.newList([]);
    h.dictSet(ns, key, v);
    expect(
      allEvents(h.events).some(
        (x) => x.kind === 'incref' && x.id === v.address && x.site?.slot === 'a',
      ),
    ).toBe(true);
  });

  it('shares small ints and never frees them', () => {
    const h = new Heap();
    const a = h.newInt(5);
    const b = h.newInt(5);
    expect(a).toBe(b);
    expect(a.interned).toBe(true);
    h.decref(a);
    h.decref(b);
    expect(a.freed).toBe(false);
    expect(h.newInt(1000)).not.toBe(h.newInt(1000));
  });

  it('makes small ints and None immortal in the 3.12 profile', () => {
    const h = new Heap({ profile: '3.12' });
    const before = h.None.refcount;
    h.incref(h.None);
    expect(h.None.refcount).toBe(before);
    const h311 = new Heap({ profile: '3.11' });
    const before311 = h311.None.refcount;
    h311.incref(h311.None);
    expect(h311.None.refcount).toBe(before311 + 1);
  });

  it('defers deallocations nested deeper than 50 levels (the trashcan)', () => {
    const h = new Heap();
    let inner = h.newList([]);
    const chain = [inner];
    for (let i = 0; i < 60; i++) {
      inner = h.newList([inner]);
      chain.push(inner);
    }
    h.drainLog();
    h.decref(inner);
    const order = deaths(h);
    expect(order).toHaveLength(61);
    // The outer 50 levels die depth-first; the rest waits until the outermost one finished.
    expect(order.slice(0, 50)).toEqual(
      chain
        .slice(-50)
        .reverse()
        .map((o) => o.address),
    );
    expect(new Set(order)).toEqual(new Set(chain.map((o) => o.address)));
  });

  it('records nothing when event recording is off, with identical refcounts', () => {
    const on = new Heap();
    const off = new Heap({ recordEvents: false });
    for (const h of [on, off]) {
      const a = h.newList([]);
      h.listAppend(h.newList([]), a);
    }
    expect(off.events.length).toBe(0);
    expect(on.events.length).toBeGreaterThan(0);
  });
});
