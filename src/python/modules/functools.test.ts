import { describe, expect, it } from 'vitest';
import { Session } from '../session';

const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

describe('functools', () => {
  it.each(['cmp_to_key', 'singledispatch', 'cached_property', 'partialmethod', 'total_ordering'])(
    'refuses functools.%s by name, before the program runs or where it is used',
    (name) => {
      const s = new Session();
      const r = s.run(`print('ran')\nfrom functools import ${name}\n`);
      expect(r.error).toBe(refusal(`functools.${name}`, 2));
      const t = new Session();
      const u = t.run(`import functools\nx = 1\nfunctools.${name}\n`);
      expect(u.error).toBe(refusal(`functools.${name}`, 3));
    },
  );

  it('is made at its first import only: a program without it has no functools objects', () => {
    const s = new Session();
    s.run('x = 1\n');
    expect(s.interpreter.modules.has('functools')).toBe(false);
    s.run('import functools\n');
    expect(s.interpreter.modules.has('functools')).toBe(true);
  });

  it('counts what an lru_cache holds: a cleared cache frees its keys and results', () => {
    const s = new Session();
    const r = s.run(
      [
        'import functools, sys',
        'class A: pass',
        'a = A()',
        '@functools.lru_cache(maxsize=None)',
        'def f(x): return [x]',
        'r = f(a)',
        'print(sys.getrefcount(a), sys.getrefcount(r))',
        'del r',
        'f.cache_clear()',
        'print(sys.getrefcount(a))',
        '',
      ].join('\n'),
    );
    const out = r.events
      .filter((e) => e.kind === 'stdout')
      .map((e) => (e as { text: string }).text);
    expect(out.join('')).toBe('4 3\n2\n');
  });

  it('draws a cache and its wrapper: the snapshot lists the lru wrapper, its links and fields', () => {
    const s = new Session();
    const r = s.run(
      [
        'import functools',
        'class A: pass',
        '@functools.lru_cache(maxsize=2)',
        'def f(x): return [x]',
        'f(A())',
        'p = functools.partial(f, 1)',
        '',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    const snap = s.snapshot();
    const types = snap.objects.map((o) => o.type);
    expect(types).toContain('_lru_cache_wrapper');
    expect(types).toContain('partial');
    expect(types).toContain('_lru_list_elem');
    // The module's own objects (update_wrapper, lru_cache, ...) are the interpreter's, not drawn.
    expect(snap.objects.filter((o) => o.type === 'function' && !o.interned).length).toBe(2);
  });
});
