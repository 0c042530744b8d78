import { describe, expect, it } from 'vitest';
import { PyType, type HeapEvent } from '../engine';
import { allEvents } from '../engine/eventRows';
import { Interpreter } from './interpreter';

function classNamed(interp: Interpreter, name: string): PyType {
  const t = interp.heap.dictGet(interp.main.dict, interp.key(name));
  if (!(t instanceof PyType)) throw new Error(`no class ${name}`);
  return t;
}

/** Every reference site the events name, as "holder:slot". */
function sites(events: readonly HeapEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.kind === 'move') out.push(`${e.to.holder}:${e.to.slot}`);
    else if ((e.kind === 'incref' || e.kind === 'decref') && e.site)
      out.push(`${e.site.holder}:${e.site.slot}`);
  }
  return out;
}

describe("a class's namespace dict", () => {
  it('owns the attributes, while events name the class and the attribute (`.x`)', () => {
    const interp = new Interpreter({ recordEvents: true, trackLive: true, sink: () => {} });
    interp.run('class C:\n    x = []\n', 'exec', 'x.py');
    const t = classNamed(interp, 'C');
    const namespace = t.namespace!;
    expect(namespace.internal).toBe(true);
    expect(interp.heap.dictGet(namespace, interp.key('x'))).toBe(t.attrs.get('x'));
    interp.heap.drainLog();
    interp.run('C.y = C.x\ndel C.y\n', 'exec', 'x.py');
    const named = sites(allEvents(interp.heap.drainLog()));
    expect(named).toContain(`${t.address}:.y`);
    expect(named.filter((s) => s.startsWith(`${namespace.address}:`))).toEqual([]);
  });

  it('is not drawn: the class card lists its attributes, without __module__ or a None __doc__', () => {
    const interp = new Interpreter({ trackLive: true, sink: () => {} });
    interp.run('class C:\n    x = []\nclass D:\n    "Documented."\n', 'exec', 'x.py');
    const view = interp.snapshot();
    const slotsOf = (t: PyType) =>
      view.objects.find((o) => o.id === t.address)!.refs.map((r) => r.slot);
    expect(slotsOf(classNamed(interp, 'C'))).toEqual(['.x']);
    expect(slotsOf(classNamed(interp, 'D'))).toEqual(['.__doc__']);
    expect(view.objects.some((o) => o.address === classNamed(interp, 'C').namespace!.address)).toBe(
      false,
    );
  });
});
