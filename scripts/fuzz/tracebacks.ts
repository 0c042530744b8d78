/**
 * Statements about tracebacks kept alive: an exception saved in a global keeps every frame it
 * passed through and their locals (an argument drawn from the heap, a fresh Tracked), until it is
 * dropped; an exception (or sys.exc_info()) kept in a local of the function that caught it, or on
 * the `self` of the method that caught it, forms a cycle only gc.collect() frees.
 *
 * Each block creates its own functions, exceptions and Tracked objects and releases them all
 * before it ends (the cycles with the collector disabled, then gc.collect()), so the heap model
 * is unchanged: its objects appear only as arguments, observed through sys.getrefcount.
 */
import type { GenContext } from './context';
import type { Statement } from './statements';

const EXCEPTIONS = ['ValueError', 'KeyError', 'RuntimeError', 'LookupError'] as const;

/** The number the names of one block share (from the program's tag counter). */
function blockId(g: GenContext): string {
  return g.nextTag('');
}

/** An exception saved globally keeps the raising frames and their locals until it is dropped. */
export const savedException: Statement = (g) => {
  const arg = g.pickObj();
  if (!arg) return null;
  const n = blockId(g);
  const exc = g.rng.pick(EXCEPTIONS);
  const rc = `sys.getrefcount(${arg.expr})`;
  const raiseArgs = g.rng.chance(0.4) ? 'arg' : `"e${n}"`;
  const inner = [
    `def _inner${n}(arg):`,
    `    local${n} = Tracked("l${n}")`,
    ...(g.rng.chance(0.5) ? [`    print("inner", sys.getrefcount(arg))`] : []),
    `    raise ${exc}(${raiseArgs})`,
  ];
  const twoLevels = g.rng.chance(0.5);
  const outer = twoLevels
    ? [
        `def _outer${n}(arg):`,
        `    held${n} = [arg, Tracked("o${n}")]`,
        `    _inner${n}(arg)`,
        `    print("unreached")`,
      ]
    : [];
  const callee = twoLevels ? `_outer${n}` : `_inner${n}`;
  const lines = [
    ...inner,
    ...outer,
    'try:',
    `    ${callee}(${arg.expr})`,
    `except ${exc} as _e${n}:`,
    `    print("caught", ${rc})`,
    `    _saved${n} = _e${n}`,
    `print("saved", ${rc})`,
  ];
  if (g.rng.chance(0.4)) {
    // Walk the traceback: its line numbers, and the locals of the innermost frame (f_locals makes
    // the frame's snapshot dict, one more reference to each local).
    lines.push(
      `_tb${n} = _saved${n}.__traceback__`,
      `while _tb${n}.tb_next is not None:`,
      `    _tb${n} = _tb${n}.tb_next`,
      `print(sorted(_tb${n}.tb_frame.f_locals), _tb${n}.tb_lineno - _saved${n}.__traceback__.tb_lineno)`,
      `print("walked", ${rc})`,
      `del _tb${n}`,
    );
  }
  lines.push(
    g.rng.chance(0.5) ? `del _saved${n}` : `_saved${n} = None`,
    `print("dropped", ${rc})`,
    `del ${twoLevels ? `_outer${n}, ` : ''}_inner${n}`,
  );
  return lines;
};

/** The frame cycle: the caught exception kept in a local, in sys.exc_info(), or on self. */
export const exceptionCycle: Statement = (g) => {
  const arg = g.pickObj();
  if (!arg) return null;
  const n = blockId(g);
  const exc = g.rng.pick(EXCEPTIONS);
  const rc = `sys.getrefcount(${arg.expr})`;
  const form = g.rng.pick(['local', 'exc_info', 'self'] as const);
  let body: string[];
  let run: string[];
  if (form === 'self') {
    body = [
      `class _Job${n}:`,
      `    def run(self, arg):`,
      `        try:`,
      `            self.work(arg)`,
      `        except Exception as e:`,
      `            self.error = e`,
      `    def work(self, arg):`,
      `        resource = Tracked("r${n}")`,
      `        raise ${exc}("w${n}")`,
    ];
    run = [`_job${n} = _Job${n}()`, `_job${n}.run(${arg.expr})`, `del _job${n}`];
  } else {
    const keep = form === 'local' ? 'err = e' : 'info = sys.exc_info()';
    body = [
      `def _cyc${n}(arg):`,
      `    keep${n} = Tracked("c${n}")`,
      `    try:`,
      `        raise ${exc}("c${n}")`,
      `    except ${exc} as e:`,
      `        ${keep}`,
      ...(g.rng.chance(0.5) ? [`        print("in", sys.getrefcount(arg))`] : []),
    ];
    run = [`_cyc${n}(${arg.expr})`];
  }
  // The class of the `self` form stays defined (a class is a cycle of its own).
  const cleanup = form === 'self' ? [] : [`del _cyc${n}`];
  return [
    'import gc',
    ...body,
    'gc.disable()',
    ...run,
    `print("kept", ${rc})`,
    'print("collected", gc.collect())',
    `print("freed", ${rc})`,
    'gc.enable()',
    ...cleanup,
  ];
};
