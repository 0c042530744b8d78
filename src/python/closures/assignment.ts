/** Closures of the assignment statements: `=`, annotated, augmented, and `del`. */
import { PyBool, PyInstance, PyInt, PyList, PyObject, PySet, STACK } from '../../engine';
import { dropThree, dropTwo, Signal, type Ev, type Ex, type Frame } from '../frame';
import type { Interpreter } from '../interpreter';
import { BITWISE, binaryOp, type BinaryOp } from '../operators';
import { listExtend, listInplaceRepeat } from '../methods';
import { getItem, setItem } from '../subscript';
import { storeAnnotation } from '../annotations';
import { libraryOf } from '../library';
import type { AssignmentStmt } from '../ir/assignment';
import type { Builders } from './backend';

export const ASSIGNMENT_STMTS: Builders<AssignmentStmt, Ex> = {
  assign: (n, b) => {
    const value = b.expr(n.value);
    const targets = n.targets.map((t) => b.store(t));
    const h = b.heap;
    if (targets.length === 1) {
      const t = targets[0]!;
      return (f) => {
        t(f, value(f));
        return Signal.Normal;
      };
    }
    // x = y = e: DUP_TOP for each extra target, stored left to right.
    return (f) => {
      const v = value(f);
      for (let i = 0; i < targets.length; i++) {
        if (i < targets.length - 1) h.incref(v, STACK);
        targets[i]!(f, v);
      }
      return Signal.Normal;
    };
  },
  annAssign: (n, b) => {
    const value = n.value ? b.expr(n.value) : null;
    const store = n.target ? b.store(n.target) : null;
    const annotation = n.annotation ? b.expr(n.annotation) : null;
    const load = n.annotations ? b.expr(n.annotations) : null;
    const name = n.name;
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      if (store) store(f, value!(f));
      if (annotation) {
        const v = annotation(f);
        if (load) storeAnnotation(interp, f, load, name, v);
        else h.decref(v, STACK);
      }
      return Signal.Normal;
    };
  },
  augName: (n, b) => {
    const compute = inPlaceOf(b.interp, n.op, b.expr(n.value));
    const load = b.expr(n.load);
    const store = b.store(n.store);
    return (f) => {
      store(f, compute(f, load(f)));
      return Signal.Normal;
    };
  },
  augAttr: (n, b) => {
    const compute = inPlaceOf(b.interp, n.op, b.expr(n.value));
    const obj = b.expr(n.obj);
    const name = n.name;
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const r = compute(f, interp.getAttr(o, name));
      f.stack.push(r);
      interp.setAttr(o, name, r);
      dropTwo(h, f, r, o);
      return Signal.Normal;
    };
  },
  augItem: (n, b) => {
    const compute = inPlaceOf(b.interp, n.op, b.expr(n.value));
    const obj = b.expr(n.obj);
    const index = b.expr(n.index);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const k = index(f);
      f.stack.push(k);
      const r = compute(f, getItem(interp, o, k));
      f.stack.push(r);
      setItem(interp, o, k, r);
      dropThree(h, f, r, o, k);
      return Signal.Normal;
    };
  },
  del: (n, b) => {
    const targets = n.targets.map((t) => b.del(t));
    return (f) => {
      for (const t of targets) t(f);
      return Signal.Normal;
    };
  },
};

/**
 * The in-place operator of an augmented assignment, given the target's current value (a new
 * reference, pushed): the value evaluated and pushed, the operator applied, both released.
 */
function inPlaceOf(
  interp: Interpreter,
  op: BinaryOp,
  value: Ev,
): (f: Frame, current: PyObject) => PyObject {
  const h = interp.heap;
  const inplace = (a: PyObject, b: PyObject): PyObject => {
    // &= |= ^= <<= >>=, a set's in-place operators and a class's `__iadd__` and friends: the
    // library's (bitwiseOperators.ts, setMethods.ts).
    if (BITWISE.includes(op) || a instanceof PySet || a instanceof PyInstance)
      return libraryOf(interp).operators.inPlace(interp, op, a, b);
    if (op === '*' && a instanceof PyList && (b instanceof PyInt || b instanceof PyBool)) {
      listInplaceRepeat(interp, a, Number(b instanceof PyBool ? +b.value : b.value));
      h.incref(a, STACK);
      return a;
    }
    if (op === '+' && a instanceof PyList) {
      // list += iterable extends in place and gives back the same list.
      listExtend(interp, a, b);
      h.incref(a, STACK);
      return a;
    }
    return binaryOp(interp, op, a, b, true);
  };
  return (f, current) => {
    f.stack.push(current);
    const b = value(f);
    f.stack.push(b);
    const r = inplace(current, b);
    dropTwo(h, f, current, b);
    return r;
  };
}
