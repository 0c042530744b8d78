import { describe, expect, it } from 'vitest';
import { runScript } from '../cli/main';

const CALL = `import sys
def test(x):
    print(sys.getrefcount(x))
a = []
test(a)
`;

const DEL_CYCLE = `import gc
class N:
    def __del__(self):
        print("__del__")
gc.collect()
a = N()
a.me = a
del a
print(gc.collect(), len(gc.garbage))
`;

const RESURRECT = `saved = []
class R:
    def __del__(self):
        print("__del__")
        if len(saved) < 2:
            saved.append(self)
r = R()
del r
saved.pop()
print(len(saved))
`;

const WEAKREF_ORDER = `import weakref
class N:
    def __del__(self):
        print("__del__")
a = N()
w = weakref.ref(a, lambda r: print("callback"))
del a
`;

// The differences the spec lists between the profiles (python3 on this machine is 3.11 only).
describe('version profiles', () => {
  it('passes an argument by moving it in 3.11 and 3.12, by copying it in 2.7', () => {
    expect(runScript(CALL, 'call.py', '3.11').stdout).toBe('3\n');
    expect(runScript(CALL, 'call.py', '3.12').stdout).toBe('3\n');
    expect(runScript(CALL, 'call.py', '2.7').stdout).toBe('4\n');
  });

  it('finalizes a cycle with __del__ in 3.11; in 2.7 it goes to gc.garbage unfinalized', () => {
    expect(runScript(DEL_CYCLE, 'cycle.py', '3.11').stdout).toBe('__del__\n1 0\n');
    // 2.7: the instance and its __dict__ are uncollectable; only the instance is in gc.garbage.
    expect(runScript(DEL_CYCLE, 'cycle.py', '2.7').stdout).toBe('2 1\n');
  });

  it('runs __del__ once per object in 3.11 (PEP 442), on every death in 2.7', () => {
    expect(runScript(RESURRECT, 'r.py', '3.11').stdout).toBe('__del__\n0\n');
    expect(runScript(RESURRECT, 'r.py', '2.7').stdout).toBe('__del__\n__del__\n1\n');
  });

  it('calls weakref callbacks after __del__ in 3.11, before it in 2.7', () => {
    expect(runScript(WEAKREF_ORDER, 'w.py', '3.11').stdout).toBe('__del__\ncallback\n');
    expect(runScript(WEAKREF_ORDER, 'w.py', '2.7').stdout).toBe('callback\n__del__\n');
  });

  it('makes None and small ints immortal in 3.12', () => {
    const src =
      'import sys\nx = None\nbefore = sys.getrefcount(None)\nl = [None] * 100\nprint(sys.getrefcount(None) - before)\n';
    expect(runScript(src, 'n.py', '3.11').stdout).toBe('100\n');
    expect(runScript(src, 'n.py', '3.12').stdout).toBe('0\n');
  });
});
