import { Session } from './src/python/session';
import { PRELUDE } from './src/store/prelude';
const s = new Session();
for (const p of PRELUDE) s.run(p);
s.run('import weakref, gc\nclass C:\n    pass\nc = C()\nw = weakref.ref(c)\nd = weakref.WeakValueDictionary()\nd["a"] = c\nf = weakref.finalize(c, print, "bye")\nl = [1,2,[3]]');
const keys = new Map<string, number>();
const seen = new Set<object>(); const stack: object[] = [s.interpreter];
let n = 0;
while (stack.length) { const o = stack.pop()!; n++;
  const vals: unknown[] = Array.isArray(o) ? o : o instanceof Map ? [...o.keys(), ...o.values()] : o instanceof Set ? [...o] : ArrayBuffer.isView(o) ? [] : Object.keys(o).map(k => { const v = (o as any)[k]; if (typeof v === 'function') keys.set(o.constructor.name + '.' + k, (keys.get(o.constructor.name + '.' + k) ?? 0) + 1); return v; });
  for (const v of vals) if (typeof v === 'object' && v && !seen.has(v)) { seen.add(v); stack.push(v); }
}
console.log(n, keys);
