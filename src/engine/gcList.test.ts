import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GcList, GcTable } from './gcList';
import type { PyObject } from './objects';

/** The lists' contents walked forward and back through the table's links. */
function walk(table: GcTable, list: GcList): { forward: PyObject[]; back: PyObject[] } {
  const forward: PyObject[] = [];
  for (let g = table.next[list.head]!; g !== list.head; g = table.next[g]!)
    forward.push(table.objects[g]!);
  const back: PyObject[] = [];
  for (let g = table.prev[list.head]!; g !== list.head; g = table.prev[g]!)
    back.push(table.objects[g]!);
  return { forward, back: back.reverse() };
}

describe('GcTable and GcList', () => {
  it('keep the order arrays would, through appends, moves, merges, unlinks and handle reuse', () => {
    // More objects than the table's first capacity, so that it grows while lists hold objects.
    const objects = Array.from(
      { length: 1_500 },
      (_, n) => ({ n, gcHandle: 0 }) as unknown as PyObject,
    );
    const step = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.nat(1_499), fc.nat(2))
          .map(([o, l]) => ({ op: 'append' as const, o, l })),
      },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.nat(1_499), fc.nat(2))
          .map(([o, l]) => ({ op: 'move' as const, o, l })),
      },
      { weight: 2, arbitrary: fc.nat(1_499).map((o) => ({ op: 'unlink' as const, o, l: 0 })) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.nat(2), fc.nat(2)).map(([o, l]) => ({ op: 'merge' as const, o, l })),
      },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 3_000, size: 'max' }), (steps) => {
        const table = new GcTable();
        const lists = [0, 1, 2].map((i) => new GcList(table, `list ${i}`));
        const model: PyObject[][] = [[], [], []];
        const where = (o: PyObject) => model.findIndex((m) => m.includes(o));
        for (const s of steps) {
          const o = objects[s.o]!;
          const from = s.op === 'merge' ? -1 : where(o);
          if (s.op === 'append') {
            if (from >= 0) continue;
            lists[s.l]!.append(o);
            model[s.l]!.push(o);
          } else if (s.op === 'move') {
            if (from < 0) continue;
            lists[s.l]!.moveHere(o);
            model[from]!.splice(model[from]!.indexOf(o), 1);
            model[s.l]!.push(o);
          } else if (s.op === 'unlink') {
            if (from < 0) continue;
            table.unlink(o);
            model[from]!.splice(model[from]!.indexOf(o), 1);
            expect(o.gcHandle).toBe(0);
          } else if (s.o !== s.l) {
            lists[s.l]!.merge(lists[s.o]!);
            model[s.l]!.push(...model[s.o]!);
            model[s.o] = [];
          }
        }
        lists.forEach((list, i) => {
          const { forward, back } = walk(table, list);
          expect(forward).toEqual(model[i]);
          expect(back).toEqual(model[i]);
          expect(list.size()).toBe(model[i]!.length);
          expect(list.isEmpty()).toBe(model[i]!.length === 0);
          expect(list.first()).toBe(model[i]![0] ?? null);
        });
        // Each object in a list has a handle of its own; the rest have none.
        const handles = new Set<number>();
        for (const o of objects) {
          if (where(o) < 0) expect(o.gcHandle).toBe(0);
          else handles.add(o.gcHandle);
        }
        expect(handles.size).toBe(model.flat().length);
        expect(handles.has(0)).toBe(false);
        for (const o of objects) o.gcHandle = 0;
      }),
      { numRuns: 40 },
    );
  });

  it('gives a released handle back with its gc_refs and flags cleared', () => {
    const table = new GcTable();
    const list = new GcList(table, 'young');
    const a = { gcHandle: 0 } as unknown as PyObject;
    list.append(a);
    const h = a.gcHandle;
    table.refs[h] = 5;
    table.flags[h] = 3;
    table.unlink(a);
    const b = { gcHandle: 0 } as unknown as PyObject;
    list.append(b);
    expect(b.gcHandle).toBe(h);
    expect(table.refs[h]).toBe(0);
    expect(table.flags[h]).toBe(0);
    // Handle 0 is no list's: an untracked object reads zero flags.
    expect(table.flags[0]).toBe(0);
  });

  it('keeps the head of a list disposed of while it still holds objects', () => {
    const table = new GcTable();
    const kept = new GcList(table, 'interrupted');
    const o = { gcHandle: 0 } as unknown as PyObject;
    kept.append(o);
    kept.dispose();
    const other = new GcList(table, 'next');
    expect(other.head).not.toBe(kept.head);
    const empty = new GcList(table, 'done');
    empty.dispose();
    expect(new GcList(table, 'reused').head).toBe(empty.head);
  });
});
