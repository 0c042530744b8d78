/**
 * Heap.newInstanceOf places an instance of a class statement's class without asking every class's
 * questions (placeObject's free list, size and pre-header, track's tests, resized's block). These
 * tests run the same makes and frees on two heaps, one making each instance through newInstanceOf
 * and one through the generic steps it stands for (track, the reference to the class, the inline
 * capacity, resized), and compare what Python and the budget see: ids, values blocks, bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap, STACK } from './heap';
import { PyInstance, PyType, pyIdOf } from './objects';
import { decodeAddress } from './addressCode';
import { INSTANCE_SIZE, sizeOf } from './sizes';

/** A class's layout: whether its instances have a __dict__ and weak references, its slots. */
interface Layout {
  dict: boolean;
  weakref: boolean;
  slots: number;
}

function classOf(h: Heap, layout: Layout, n: number): PyType {
  const t = new PyType(h.allocAddress(0x3a0), `C${n}`, h.types.object, h.types.type, true);
  t.hasDict = layout.dict;
  t.hasWeakref = layout.weakref;
  t.slotNames = Array.from({ length: layout.slots }, (_, i) => `s${i}`);
  t.hasSlots = layout.slots > 0;
  return t;
}

/** What the interpreter did for every class before newInstanceOf. */
function genericInstance(h: Heap, t: PyType): PyInstance {
  const o = h.track(new PyInstance(h.allocAddress(0x30), t), INSTANCE_SIZE);
  h.incref(t, o, '__class__');
  if (t.hasDict) {
    o.inlineCapacity = t.attrOrder.length + t.keysUsable;
    if (t.keysUsable > 1) t.keysUsable--;
  }
  h.resized(o, sizeOf(o) + 8 * o.inlineCapacity);
  return o;
}

type Step = { make: number } | { free: number };

/** What each instance made looks like to Python and to the budget, heap by heap. */
function seen(h: Heap, o: PyInstance): string {
  const values = o.extraTag === '' ? 'none' : `${o.extraTag}@${decodeAddress(o.extraCode)}`;
  return `id ${pyIdOf(o)} values ${values} (${o.extraBytes}) footprint ${o.footprint} heap ${h.bytes} gc ${o.gcHandle !== 0} class ${o.type.refcount}`;
}

function bothWays(layouts: readonly Layout[], run: readonly Step[]): [string[], string[]] {
  const out: [string[], string[]] = [[], []];
  [true, false].forEach((direct, side) => {
    const h = new Heap();
    // A built-in class's instances too (`object.__new__(object)`): no managed dict before them.
    const classes = [...layouts.map((l, i) => classOf(h, l, i)), h.types.object];
    const live: PyInstance[] = [];
    for (const step of run) {
      if ('free' in step) {
        if (live.length > 0) h.decref(live.splice(step.free % live.length, 1)[0]!, STACK);
        continue;
      }
      const t = classes[step.make % classes.length]!;
      const o = direct ? h.newInstanceOf(t) : genericInstance(h, t);
      live.push(o);
      out[side]!.push(seen(h, o));
    }
  });
  return out;
}

const layout = fc.record({ dict: fc.boolean(), weakref: fc.boolean(), slots: fc.nat(4) });
const step = fc.oneof(fc.record({ make: fc.nat() }), fc.record({ free: fc.nat() }));

describe('an instance made by newInstanceOf', () => {
  it('gets the id, values block and bytes the generic steps give it, through makes and frees', () => {
    fc.assert(
      fc.property(
        fc.array(layout, { minLength: 1, maxLength: 4 }),
        fc.array(step, { maxLength: 120 }),
        (layouts, run) => {
          const [direct, generic] = bothWays(layouts, run);
          expect(direct).toEqual(generic);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes a slot of its class’s shared keys for its inline values, as CPython 3.11 does', () => {
    const [made] = bothWays([{ dict: true, weakref: true, slots: 0 }], [{ make: 0 }, { make: 0 }]);
    // 30 slots for the first instance, 29 for the next: each reserves one (valuesBytes).
    expect(made[0]).toContain('values values@');
    expect(made[0]).toContain(`(${((30 + 2 + 7) & ~7) + 8 * 30})`);
    expect(made[1]).toContain(`(${((29 + 2 + 7) & ~7) + 8 * 29})`);
  });
});
