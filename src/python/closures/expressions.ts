/** Closures of constants, operators, conditional expressions and calls. */
import { PyFloat, PyInt, PyObject, STACK } from '../../engine';
import { dropTwo, type Ev, type Frame } from '../frame';
import { binaryOp, compare, contains, negate, truthy, type CompareOp } from '../operators';
import { libraryOf } from '../library';
import type { Interpreter } from '../interpreter';
import type {
  AndOr,
  Binary,
  Call,
  Compare,
  CompareChain,
  Const,
  Expr,
  IfExp,
  Not,
  TestOp,
  Unary,
} from '../ir/nodes';
import type { Builders, CallSetup, ClosureBackend } from './backend';

type OperatorExpr = Const | Binary | Compare | CompareChain | AndOr | Not | Unary | IfExp | Call;

export const OPERATOR_EXPRS: Builders<OperatorExpr, Ev> = {
  const: ({ value }, b) => {
    const h = b.heap;
    return () => {
      h.incref(value, STACK);
      return value;
    };
  },
  binary: ({ op, left, right }, b) => {
    const x0 = b.expr(left);
    const y0 = b.expr(right);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const x = x0(f);
      f.stack.push(x);
      const y = y0(f);
      f.stack.push(y);
      const r = binaryOp(interp, op, x, y);
      dropTwo(h, f, x, y);
      return r;
    };
  },
  compare: ({ op, left, right }, b) => {
    const a = b.expr(left);
    const c = b.expr(right);
    const test = tester(b.interp, op);
    const h = b.heap;
    return (f) => {
      const x = a(f);
      f.stack.push(x);
      const y = c(f);
      f.stack.push(y);
      const t = test(x, y);
      dropTwo(h, f, x, y);
      return h.bool(t);
    };
  },
  chain: (n, b) => {
    const chainLeft = chainOf(b, n.first, n.links);
    const c = b.expr(n.last);
    const test = tester(b.interp, n.op);
    const h = b.heap;
    return (f) => {
      const mid = chainLeft(f);
      if (!mid) return h.bool(false);
      f.stack.push(mid);
      const y = c(f);
      f.stack.push(y);
      const t = test(mid, y);
      dropTwo(h, f, mid, y);
      return h.bool(t);
    };
  },
  andOr: (n, b) => {
    const a = b.expr(n.left);
    const c = b.expr(n.right);
    const isAnd = n.and;
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const v = a(f);
      f.stack.push(v);
      const t = truthy(interp, v);
      f.stack.pop();
      if (t !== isAnd) return v;
      h.decref(v, STACK);
      return c(f);
    };
  },
  not: ({ operand }, b) => {
    const e = b.expr(operand);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const v = e(f);
      f.stack.push(v);
      const t = truthy(interp, v);
      f.stack.pop();
      h.decref(v, STACK);
      return h.bool(!t);
    };
  },
  unary: ({ op, operand }, b) => {
    const e = b.expr(operand);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const v = e(f);
      f.stack.push(v);
      // +x of an int or a float is x; the rest (~, a bool's +, a class's __pos__...) the library's.
      const r =
        op === '-'
          ? negate(interp, v)
          : op === '+' && (v instanceof PyInt || v instanceof PyFloat)
            ? (h.incref(v), v)
            : libraryOf(interp).operators.unary(interp, op, v);
      f.stack.pop();
      h.decref(v, STACK);
      return r;
    };
  },
  ifExp: (n, b) => {
    const test = b.cond(n.test);
    const then = b.expr(n.then);
    const other = b.expr(n.other);
    return (f) => (test(f) ? then(f) : other(f));
  },
  call: (n, b) => {
    const { setup, kw } = b.call(n);
    const interp = b.interp;
    return (f) => interp.callFromStack(f, setup(f), kw);
  },
};

function tester(interp: Interpreter, op: TestOp): (x: PyObject, y: PyObject) => boolean {
  switch (op) {
    case 'is':
      return (x, y) => x === y;
    case 'is not':
      return (x, y) => x !== y;
    case 'in':
      return (x, y) => contains(interp, y, x);
    case 'not in':
      return (x, y) => !contains(interp, y, x);
    default:
      return (x, y) => compare(interp, op, x, y);
  }
}

/** The links of a chain but the last: null when one is false, else the last right operand (owned). */
function chainOf(
  b: ClosureBackend,
  first: Expr,
  links: readonly { readonly op: CompareOp; readonly right: Expr }[],
): (f: Frame) => PyObject | null {
  const { op, right } = links[links.length - 1]!;
  const a = links.length === 1 ? b.expr(first) : null;
  const inner = a ? null : chainOf(b, first, links.slice(0, -1));
  const c = b.expr(right);
  const interp = b.interp;
  const h = b.heap;
  return (f) => {
    const x = a ? a(f) : inner!(f);
    if (!x) return null;
    f.stack.push(x);
    const y = c(f);
    f.stack.push(y);
    const t = compare(interp, op, x, y);
    f.stack.pop();
    f.stack.pop();
    h.decref(x, STACK);
    if (!t) {
      h.decref(y, STACK);
      return null;
    }
    return y;
  };
}

export function condition(b: ClosureBackend, n: Expr): (f: Frame) => boolean {
  const e = b.expr(n);
  const interp = b.interp;
  return (f) => {
    const v = e(f);
    f.stack.push(v);
    const t = truthy(interp, v);
    f.stack.pop();
    interp.heap.decref(v, STACK);
    return t;
  };
}

/** LOAD_METHOD's [method, self] or the callable and a NULL, then the arguments. */
export function callSetup(b: ClosureBackend, n: Call): CallSetup {
  const args = n.args.map((a) => b.expr(a));
  const interp = b.interp;
  const pushArgs = (f: Frame) => {
    for (const a of args) f.stack.push(a(f));
  };
  const target = n.target;
  if (target.k === 'method') {
    const obj = b.expr(target.obj);
    const name = target.name;
    const setup = (f: Frame) => {
      const base = f.stack.length;
      interp.loadMethod(f, obj(f), name);
      pushArgs(f);
      return base;
    };
    return { setup, kw: n.kw };
  }
  const callee = b.expr(target.callee);
  const setup = (f: Frame) => {
    const base = f.stack.length;
    f.stack.push(callee(f), null);
    pushArgs(f);
    return base;
  };
  return { setup, kw: n.kw };
}
