import '../python/withStandardLibrary';
import { describe, expect, it } from 'vitest';
import type { ObjectView } from '../engine/snapshot';
import { SessionHost } from '../worker/host';
import { PAGE_LIMITS } from '../worker/limits';
import { pythonAddress } from '../render/format';
import { PRELUDE } from '../store/prelude';
import { findObjects, normalizeQuery, typeCounts } from './findObject';

/**
 * A session host (the interpreter as the page talks to it) after the prelude and `lines`; the
 * snapshot the view gets, and the objects it draws (not the setup's).
 */
function heapAfter(lines: readonly string[]) {
  const host = new SessionHost(PAGE_LIMITS);
  const started = host.start({ setup: PRELUDE, history: [], position: 0 });
  const setup = new Set(started.snapshot.objects.map((o) => o.id));
  for (const line of lines) expect(host.run(line, 'console').outcome.ok).toBe(true);
  const snapshot = host.snapshot();
  const drawn = snapshot.objects.filter((o) => !setup.has(o.id));
  return { host, snapshot, drawn };
}

const byId = (objects: readonly ObjectView[], id: number) => objects.find((o) => o.id === id);

describe('findObjects', () => {
  const { host, snapshot, drawn } = heapAfter([
    'objs = []',
    'for i in range(200): objs.append(Node(str(i)))',
    'n1 = Node("n1")',
    'n1.next = objs[5]',
    'd = {"k": [1, 2]}',
  ]);

  it('follows a name path past the references the snapshot lists, asking the interpreter', () => {
    // The snapshot lists the list's first 16 items: objs[122] is not among its arrows.
    const first = findObjects(snapshot, drawn, 'objs[122]');
    expect(first).toMatchObject({ found: 'none', unresolved: 'objs[122]' });
    const found = findObjects(snapshot, drawn, 'objs[122]', host.lookPath('objs[122]'));
    expect(found.found).toBe('path');
    if (found.found === 'none') return;
    const node = byId(drawn, found.ids[0]!)!;
    expect(node.type).toBe('Node');
    // objs[122] holds the Node whose name is '122'.
    const name = node.refs.find((r) => r.slot === '.name')!;
    expect(byId(snapshot.objects, name.target)!.repr).toBe("'122'");
  });

  it('follows attributes and keys, with either quote and spaces', () => {
    // Within the first 16 items the snapshot alone answers.
    const viaAttr = findObjects(snapshot, drawn, 'n1.next');
    const direct = findObjects(snapshot, drawn, 'objs[5]');
    expect(viaAttr).toEqual(direct);
    const key = findObjects(snapshot, drawn, "d['k']");
    expect(key.found).toBe('path');
    expect(findObjects(snapshot, drawn, ' d["k"] ')).toEqual(key);
    if (key.found !== 'none') expect(byId(drawn, key.ids[0]!)!.repr).toBe('[1, 2]');
  });

  it('finds every object of a type by its bare name, not the class the name is bound to', () => {
    const found = findObjects(snapshot, drawn, 'Node');
    expect(found.found).toBe('type');
    if (found.found === 'none') return;
    expect(found.ids).toHaveLength(201);
    expect(found.ids.every((id) => byId(drawn, id)!.type === 'Node')).toBe(true);
  });

  it('finds an object by the address its card shows, or by the decimal id() gives', () => {
    const seventh = findObjects(snapshot, drawn, 'objs[7]');
    if (seventh.found === 'none') throw new Error(seventh.message);
    const target = byId(drawn, seventh.ids[0]!)!;
    const hex = pythonAddress(target);
    expect(findObjects(snapshot, drawn, hex)).toEqual({ found: 'address', ids: [target.id] });
    expect(findObjects(snapshot, drawn, hex.toUpperCase().replace('0X', '0x'))).toEqual({
      found: 'address',
      ids: [target.id],
    });
    expect(findObjects(snapshot, drawn, String(parseInt(hex, 16)))).toEqual({
      found: 'address',
      ids: [target.id],
    });
  });

  it('says why nothing was found', () => {
    const none = (q: string) => {
      const r = findObjects(snapshot, drawn, q);
      expect(r.found).toBe('none');
      return r.found === 'none' ? r.message : '';
    };
    expect(none('objs[999]')).toBe('objs[999] names no object.');
    expect(host.lookPath('objs[999]')).toBeNull();
    expect(findObjects(snapshot, drawn, 'objs[999]', null)).toEqual({
      found: 'none',
      message: 'objs[999] names no object.',
    });
    expect(none('nosuch')).toBe('nosuch names no object.');
    expect(none('0x1')).toBe('No object drawn is at 0x1.');
    expect(none('objs[')).toMatch(/is not a name path/);
    expect(none('')).toMatch(/^Type a name path/);
    // The class Node is the setup's, not drawn unless Classes is on.
    expect(none('n1.__class__')).toMatch(/names no object|is not drawn/);
  });
});

describe('normalizeQuery', () => {
  it('drops spaces and single-quotes keys', () => {
    expect(normalizeQuery(' d [ "k" ] ')).toBe("d['k']");
    expect(normalizeQuery('n1 . next')).toBe('n1.next');
  });
});

describe('typeCounts', () => {
  it('counts the objects drawn by type, the most numerous first', () => {
    const { drawn } = heapAfter(['objs = []', 'for i in range(200): objs.append(Node(str(i)))']);
    const counts = typeCounts(drawn);
    expect(counts[0]).toEqual({ type: 'Node', count: 200 });
    expect(counts).toContainEqual({ type: 'list', count: 1 });
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(drawn.length);
  });
});
