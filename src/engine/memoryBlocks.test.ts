import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Allocator } from './allocator';
import {
  placeFloat,
  placeInt,
  placeObject,
  releaseFloat,
  releaseInt,
  releaseObject,
} from './memoryBlocks';
import { PyFloat, PyInt, pyIdOf, type PyType } from './objects';

// Placing a number never reads its type.
const NO_TYPE = null as unknown as PyType;

type Step =
  { make: 'int'; value: number | bigint; digits: number } | { make: 'float' } | { free: number };

const steps = fc.array(
  fc.oneof(
    fc.record({
      make: fc.constant('int' as const),
      value: fc.oneof(fc.integer(), fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n })),
      // An operation that allocated one digit more than the value needs (x_add).
      digits: fc.constantFrom(0, 0, 0, 2, 3),
    }),
    fc.record({ make: fc.constant('float' as const) }),
    fc.record({ free: fc.nat() }),
  ),
  { maxLength: 400 },
);

/**
 * The same steps on two allocators: one placing and releasing numbers through their own paths
 * (placeInt, releaseFloat...), one through placeObject and releaseObject. Returns each one's ids.
 */
function idsBothWays(run: readonly Step[]): [number[], number[]] {
  const direct = new Allocator();
  const generic = new Allocator();
  const live: [PyInt | PyFloat, PyInt | PyFloat][] = [];
  const ids: [number[], number[]] = [[], []];
  let serial = 0x40;
  for (const step of run) {
    if ('free' in step) {
      if (live.length === 0) continue;
      const [a, b] = live.splice(step.free % live.length, 1)[0]!;
      if (a instanceof PyInt) releaseInt(direct, a);
      else releaseFloat(direct, a);
      releaseObject(generic, b);
      continue;
    }
    const pair: [PyInt | PyFloat, PyInt | PyFloat] =
      step.make === 'int'
        ? [new PyInt(serial, NO_TYPE, step.value), new PyInt(serial, NO_TYPE, step.value)]
        : [new PyFloat(serial, NO_TYPE, 0.5), new PyFloat(serial, NO_TYPE, 0.5)];
    serial += 0x20;
    const [a, b] = pair;
    if (a instanceof PyInt && b instanceof PyInt && step.make === 'int' && step.digits) {
      a.blockBytes = b.blockBytes = 24 + 4 * step.digits;
    }
    if (a instanceof PyInt) placeInt(direct, a);
    else placeFloat(direct, a);
    placeObject(generic, b);
    ids[0].push(pyIdOf(a));
    ids[1].push(pyIdOf(b));
    live.push(pair);
  }
  return ids;
}

describe('the blocks of ints and floats', () => {
  it('are the ones placeObject gives and go back where releaseObject puts them', () => {
    fc.assert(
      fc.property(steps, (run) => {
        const [direct, generic] = idsBothWays(run);
        expect(direct).toEqual(generic);
      }),
      { numRuns: 300 },
    );
  });

  it('reuse a freed block: a float its free list, an int pymalloc', () => {
    const [ids] = idsBothWays([
      { make: 'int', value: 10 ** 6, digits: 0 },
      { make: 'float' },
      { free: 0 },
      { free: 0 },
      { make: 'float' },
      { make: 'int', value: 7 * 10 ** 6, digits: 0 },
    ]);
    expect(ids[2]).toBe(ids[1]);
    expect(ids[3]).toBe(ids[0]);
  });
});
