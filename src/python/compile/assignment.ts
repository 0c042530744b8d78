/** Assignment targets and assignments: `=`, annotated, augmented, `del`, unpacking. */
import type { SyntaxNode } from '@lezer/common';
import { PyBool, PyInstance, PyInt, PyList, PyObject, PySet, PyTuple, STACK } from '../../engine';
import { dropThree, dropTwo, Frame, Signal, type Ex } from '../frame';
import type { Interpreter } from '../interpreter';
import { collect, forUnpacking } from '../iteration';
import { BINARY_OPS, BITWISE, binaryOp, type BinaryOp } from '../operators';
import { listExtend, listInplaceRepeat } from '../methods';
import { deleteItem, getItem, setItem } from '../subscript';
import { storeAnnotation } from '../annotations';
import { libraryOf } from '../library';
import { deleteDeref } from '../cells';
import type { CompileContext, Scope } from './context';
import { children, isOperand, syntaxError, describeNode } from './syntax';
import { loadName, storeName } from './names';
import { unboundLocal } from '../closures/names';
import { subscriptExpr } from './members';

/**
 * `target: annotation [= value]` (compiler_annassign): the assignment first; then, in a module
 * or class body, the annotation is evaluated and, for a plain name, stored in
 * `__annotations__`. A function body evaluates no annotation of its variables.
 */
export function annotatedAssign(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const parts = children(n);
  const at = parts.findIndex((c) => c.name === 'TypeDef');
  const targetNodes = parts.slice(0, at).filter((c) => c.name !== ',');
  if (targetNodes.length !== 1 || parts.slice(0, at).some((c) => c.name === ','))
    throw syntaxError('only single target (not tuple) can be annotated', ctx.line(n));
  const target = targetNodes[0]!;
  const hasValue = parts[at + 1]?.name === 'AssignOp';
  if (parts.slice(at + 1).some((c, i) => i > 0 && c.name === 'AssignOp'))
    ctx.unsupported('an annotated chained assignment', n);
  const simple = target.name === 'VariableName';
  if (!simple && !hasValue) ctx.unsupported('an annotation of an attribute or item alone', n);
  if (!simple && target.name !== 'MemberExpression' && target.name !== 'SubscriptExpression')
    throw syntaxError('illegal target for annotation', ctx.line(n));
  const value = hasValue ? ctx.evExprList(parts.slice(at + 2), scope, n) : null;
  const store = hasValue ? assignTarget(ctx, target, [target], scope, n) : null;
  const annNode = parts[at]!.lastChild!;
  const evaluated = scope.kind === 'module' || scope.kind === 'class';
  const annotation = evaluated ? ctx.evExpr(annNode, scope) : null;
  const load =
    evaluated && simple ? ctx.backend.expr(loadName(ctx, '__annotations__', scope)) : null;
  const name = ctx.text(target);
  const interp = ctx.interp;
  const h = interp.heap;
  if (simple && !evaluated && !hasValue) return () => Signal.Normal;
  return (f) => {
    if (store) store(f, value!(f));
    if (annotation) {
      const v = annotation(f);
      if (load) storeAnnotation(interp, f, load, name, v);
      else h.decref(v, STACK);
    }
    return Signal.Normal;
  };
}

export function assign(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  // Children: target groups separated by AssignOp; the last group is the value.
  const groups: SyntaxNode[][] = [[]];
  for (const c of children(n)) {
    if (c.name === 'AssignOp') groups.push([]);
    else if (c.name !== ',') groups[groups.length - 1]!.push(c);
  }
  if (children(n).some((c) => c.name === 'TypeDef')) return annotatedAssign(ctx, n, scope);
  const valueNodes = groups.pop()!;
  const value = ctx.evExprList(valueNodes, scope, n);
  const targets = groups.map((g) => assignTarget(ctx, g.length === 1 ? g[0]! : null, g, scope, n));
  const h = ctx.interp.heap;
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
}

/** A store target: consumes the value reference it is given. */
export function assignTarget(
  ctx: CompileContext,
  single: SyntaxNode | null,
  group: SyntaxNode[],
  scope: Scope,
  at: SyntaxNode,
): (f: Frame, v: PyObject) => void {
  if (!single) return unpackTarget(ctx, group, scope);
  const n = single.name === 'ParenthesizedExpression' ? children(single)[1]! : single;
  switch (n.name) {
    case 'VariableName':
      return ctx.backend.store(storeName(ctx, ctx.text(n), scope));
    case 'MemberExpression':
      return storeMember(ctx, n, scope);
    case 'TupleExpression':
    case 'ArrayExpression':
      return unpackTarget(ctx, children(n).filter(isOperand), scope);
    case '*':
      throw syntaxError('cannot use starred expression here', ctx.line(at));
    default:
      throw syntaxError(`cannot assign to ${describeNode(n.name)}`, ctx.line(at));
  }
}

export function unpackTarget(
  ctx: CompileContext,
  nodes: SyntaxNode[],
  scope: Scope,
): (f: Frame, v: PyObject) => void {
  const stars = nodes.filter((x) => x.name === '*').length;
  if (stars > 1)
    throw syntaxError('multiple starred expressions in assignment', ctx.line(nodes[0]!));
  // A starred target (UNPACK_EX) is compiled by the library (starredUnpack.ts).
  if (stars === 1) return libraryOf(ctx.interp).starredTarget(ctx, nodes, scope);
  const targets = nodes.map((x) => assignTarget(ctx, x, [x], scope, x));
  const interp = ctx.interp;
  const h = interp.heap;
  return (f, v) => {
    // UNPACK_SEQUENCE: the items are pushed (new references), then the sequence is released.
    let items: PyObject[];
    try {
      if (v instanceof PyTuple || v instanceof PyList) {
        const n = v.items.length;
        if (n !== targets.length) unpackError(interp, targets.length, n);
        items = v.items.slice();
        for (let i = items.length - 1; i >= 0; i--) h.incref(items[i]!, STACK);
      } else {
        items = forUnpacking(interp, v, () => collect(interp, v));
        if (items.length !== targets.length) {
          for (const i of items) h.decref(i);
          unpackError(interp, targets.length, items.length);
        }
      }
    } finally {
      h.decref(v, STACK);
    }
    const base = f.stack.length;
    for (let i = items.length - 1; i >= 0; i--) f.stack.push(items[i]!);
    for (const t of targets) t(f, f.stack.pop()!);
    f.stack.length = base;
  };
}

export function storeMember(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
): (f: Frame, v: PyObject) => void {
  const parts = children(n);
  const obj = ctx.evExpr(parts[0]!, scope);
  const interp = ctx.interp;
  const h = interp.heap;
  if (parts[1]!.name === '.') {
    const name = ctx.text(parts[2]!);
    return (f, v) => {
      f.stack.push(v);
      const o = obj(f);
      f.stack.push(o);
      interp.setAttr(o, name, v);
      dropTwo(h, f, v, o);
    };
  }
  const index = subscriptExpr(ctx, parts, scope, n);
  return (f, v) => {
    f.stack.push(v);
    const o = obj(f);
    f.stack.push(o);
    const k = index(f);
    f.stack.push(k);
    setItem(interp, o, k, v);
    dropThree(h, f, v, o, k);
  };
}

export function augAssign(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const [targetNode, opNode, valueNode] = children(n) as [SyntaxNode, SyntaxNode, SyntaxNode];
  const op = ctx.text(opNode).slice(0, -1) as BinaryOp;
  if (!BINARY_OPS.includes(op)) ctx.unsupported(`the '${op}=' operator`, n);
  const value = ctx.evExpr(valueNode, scope);
  const interp = ctx.interp;
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
  const compute = (f: Frame, current: PyObject): PyObject => {
    f.stack.push(current);
    const b = value(f);
    f.stack.push(b);
    const r = inplace(current, b);
    dropTwo(h, f, current, b);
    return r;
  };
  if (targetNode.name === 'VariableName') {
    const load = ctx.backend.expr(loadName(ctx, ctx.text(targetNode), scope));
    const store = ctx.backend.store(storeName(ctx, ctx.text(targetNode), scope));
    return (f) => {
      store(f, compute(f, load(f)));
      return Signal.Normal;
    };
  }
  if (targetNode.name !== 'MemberExpression')
    ctx.unsupported(`augmented assignment to ${describeNode(targetNode.name)}`, n);
  const parts = children(targetNode);
  const obj = ctx.evExpr(parts[0]!, scope);
  if (parts[1]!.name === '.') {
    const name = ctx.text(parts[2]!);
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const r = compute(f, interp.getAttr(o, name));
      f.stack.push(r);
      interp.setAttr(o, name, r);
      dropTwo(h, f, r, o);
      return Signal.Normal;
    };
  }
  const index = subscriptExpr(ctx, parts, scope, targetNode);
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
}

export function del(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const targets = children(n)
    .filter((c) => c.name !== 'del' && c.name !== ',')
    .flatMap((c) =>
      c.name === 'TupleExpression' || c.name === 'ArrayExpression'
        ? children(c).filter(isOperand)
        : [c],
    )
    .map((c) => delTarget(ctx, c, scope));
  return (f) => {
    for (const t of targets) t(f);
    return Signal.Normal;
  };
}

export function delTarget(ctx: CompileContext, n: SyntaxNode, scope: Scope): (f: Frame) => void {
  const interp = ctx.interp;
  const h = interp.heap;
  if (n.name === 'VariableName') {
    const name = ctx.text(n);
    if (scope.derefs?.has(name))
      return deleteDeref(interp, scope.locals.indexOf(name), name, ctx.isFree(name, scope));
    const slot =
      scope.kind === 'function' && !scope.globals.has(name) ? scope.locals.indexOf(name) : -1;
    if (slot >= 0) {
      return (f) => {
        const old = f.fast[slot];
        if (!old) unboundLocal(interp, name);
        f.fast[slot] = null;
        h.noteBind(f, name, old, false);
        h.decref(old, f, name);
      };
    }
    const key = interp.key(name);
    const useGlobals = scope.kind === 'function' || scope.globals.has(name);
    return (f) => {
      const ns = useGlobals ? f.globals : f.names!;
      const old = h.dictGet(ns, key) ?? interp.raise('NameError', `name '${name}' is not defined`);
      h.noteBind(ns, name, old, false);
      h.dictDelete(ns, key);
    };
  }
  if (n.name !== 'MemberExpression')
    throw syntaxError(`cannot delete ${describeNode(n.name)}`, ctx.line(n));
  const parts = children(n);
  const obj = ctx.evExpr(parts[0]!, scope);
  if (parts[1]!.name === '.') {
    const name = ctx.text(parts[2]!);
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      interp.delAttr(o, name);
      f.stack.pop();
      h.decref(o, STACK);
    };
  }
  const index = subscriptExpr(ctx, parts, scope, n);
  return (f) => {
    const o = obj(f);
    f.stack.push(o);
    const k = index(f);
    f.stack.push(k);
    deleteItem(interp, o, k);
    dropTwo(h, f, o, k);
  };
}

function unpackError(interp: Interpreter, expected: number, got: number): never {
  if (got < expected)
    interp.raise('ValueError', `not enough values to unpack (expected ${expected}, got ${got})`);
  return interp.raise('ValueError', `too many values to unpack (expected ${expected})`);
}
