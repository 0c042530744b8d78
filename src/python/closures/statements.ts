/** Closures of blocks, expression statements, `if`, loops, `return`, `raise` and `assert`. */
import { PyInstance, PyNone, PyObject, PyType, STACK } from '../../engine';
import { Signal, type Ex } from '../frame';
import { getIterOnStack, iterNext } from '../iteration';
import { setupAnnotations } from '../annotations';
import type { Interpreter } from '../interpreter';
import type { Stmt } from '../ir/nodes';
import type { AssignmentStmt } from '../ir/assignment';
import type { ControlStmt } from '../ir/control';
import type { FunctionStmt } from '../ir/functions';
import type { Builders } from './backend';

/** The statements of nodes.ts itself; the other areas' have builders of their own. */
type CoreStmt = Exclude<Stmt, AssignmentStmt | FunctionStmt | ControlStmt>;

const normal: Ex = () => Signal.Normal;

export const CORE_STMTS: Builders<CoreStmt, Ex> = {
  /**
   * Each statement preceded by its tick (the line, the work count). The tick is made here rather
   * than by a wrapper around each statement: one JavaScript frame less for every block a Python
   * call is nested in, so that more Python frames fit in the JavaScript stack.
   */
  block: ({ stmts: nodes, lines }, b) => {
    const stmts = nodes.map((s) => b.stmt(s));
    const interp = b.interp;
    if (stmts.length === 1) {
      const only = stmts[0]!;
      const line = lines[0]!;
      return (f) => {
        interp.tick(f, line);
        return only(f);
      };
    }
    const n = stmts.length;
    return (f) => {
      for (let i = 0; i < n; i++) {
        interp.tick(f, lines[i]!);
        const s = stmts[i]!(f);
        if (s !== Signal.Normal) return s;
      }
      return Signal.Normal;
    };
  },
  exprStmt: ({ value }, b) => {
    const e = b.expr(value);
    const h = b.heap;
    return (f) => {
      h.decref(e(f), STACK);
      return Signal.Normal;
    };
  },
  displayStmt: ({ value }, b) => {
    const e = b.expr(value);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const v = e(f);
      f.stack.push(v);
      displayHook(interp, v);
      f.stack.pop();
      h.decref(v, STACK);
      return Signal.Normal;
    };
  },
  callStmt: ({ call }, b) => {
    const { setup, kw } = b.call(call);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      h.decref(interp.callFromStack(f, setup(f), kw), STACK);
      return Signal.Normal;
    };
  },
  pass: () => normal,
  break: () => () => Signal.Break,
  continue: () => () => Signal.Continue,
  if: (n, b) => {
    const branches = n.branches.map((branch) => ({
      test: branch.test ? b.cond(branch.test) : null,
      body: b.stmt(branch.body),
    }));
    return (f) => {
      for (const br of branches) if (!br.test || br.test(f)) return br.body(f);
      return Signal.Normal;
    };
  },
  while: (n, b) => {
    const test = b.cond(n.test);
    const loop = b.stmt(n.body);
    const orelse = n.orelse ? b.stmt(n.orelse) : null;
    const interp = b.interp;
    const line = n.line;
    return (f) => {
      for (;;) {
        if (!test(f)) return orelse ? orelse(f) : Signal.Normal;
        const s = loop(f);
        if (s === Signal.Break) return Signal.Normal;
        if (s === Signal.Return) return s;
        f.code.warmup++;
        interp.lineEvent(f, line);
      }
    };
  },
  for: (n, b) => {
    const target = b.store(n.target);
    const iterable = b.expr(n.iterable);
    const loop = b.stmt(n.body);
    const orelse = n.orelse ? b.stmt(n.orelse) : null;
    const interp = b.interp;
    const h = b.heap;
    const line = n.line;
    return (f) => {
      const it = getIterOnStack(interp, f, iterable(f));
      let signal = Signal.Normal;
      for (;;) {
        // FOR_ITER is on the `for` line: an error in next() (a generator's) is reported there.
        f.lineno = line;
        const v = iterNext(interp, it);
        if (!v) break;
        target(f, v);
        const s = loop(f);
        if (s === Signal.Break || s === Signal.Return) {
          signal = s;
          break;
        }
        f.code.warmup++;
        interp.lineEvent(f, line);
      }
      f.stack.pop();
      h.decref(it, STACK);
      if (signal === Signal.Normal && orelse) return orelse(f);
      return signal === Signal.Return ? Signal.Return : Signal.Normal;
    };
  },
  return: ({ value: node }, b) => {
    const value = node ? b.expr(node) : null;
    const h = b.heap;
    return (f) => {
      const v = value ? value(f) : h.none();
      if (f.retval) h.decref(f.retval, STACK);
      f.retval = v;
      return Signal.Return;
    };
  },
  returnCall: ({ call }, b) => {
    const { setup, kw } = b.call(call);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const v = interp.callFromStack(f, setup(f), kw);
      if (f.retval) h.decref(f.retval, STACK);
      f.retval = v;
      return Signal.Return;
    };
  },
  reraise: (_, b) => {
    const interp = b.interp;
    const h = b.heap;
    return () => {
      const current =
        interp.handling[interp.handling.length - 1] ??
        interp.raise('RuntimeError', 'No active exception to reraise');
      h.incref(current.exc, STACK);
      return interp.raiseObject(current.exc, current);
    };
  },
  raise: ({ exc }, b) => {
    const e = b.expr(exc);
    const interp = b.interp;
    const h = b.heap;
    const base = interp.exceptions.get('BaseException')!;
    return (f) => {
      let v = e(f);
      // Only an exception class is called for its instance (`raise int` calls nothing).
      if (v instanceof PyType && v.isSubtypeOf(base)) {
        f.stack.push(v);
        const inst = interp.callWith(v, [], null, f);
        f.stack.pop();
        h.decref(v, STACK);
        v = inst;
      }
      if (!(v instanceof PyInstance) || !v.type.isSubtypeOf(base)) {
        h.decref(v, STACK);
        return interp.raise('TypeError', 'exceptions must derive from BaseException');
      }
      return interp.raiseObject(v);
    };
  },
  assert: (n, b) => {
    const test = b.cond(n.test);
    const msg = n.msg ? b.expr(n.msg) : null;
    const interp = b.interp;
    return (f) => {
      if (test(f)) return Signal.Normal;
      const t = interp.exceptions.get('AssertionError')!;
      if (!msg) return interp.raiseObject(interp.callWith(t, [], null, f));
      const m = msg(f);
      f.stack.push(m);
      const exc = interp.callWith(t, [m], null, f);
      f.stack.pop();
      interp.heap.decref(m, STACK);
      return interp.raiseObject(exc);
    };
  },
  setupAnnotations: ({ body: node }, b) => {
    const body = b.stmt(node);
    const interp = b.interp;
    return (f) => {
      setupAnnotations(interp, f);
      return body(f);
    };
  },
};

/** sys.displayhook: prints the repr and keeps the value in builtins `_` (as the REPL does). */
function displayHook(interp: Interpreter, v: PyObject): void {
  if (v instanceof PyNone) return;
  const h = interp.heap;
  interp.setName(interp.builtins, '_', h.none());
  interp.write('stdout', interp.reprOf(v) + '\n');
  h.incref(v);
  interp.setName(interp.builtins, '_', v);
}
