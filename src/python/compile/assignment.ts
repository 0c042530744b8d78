/** Assignment targets and assignments: `=`, annotated, augmented, `del`, unpacking. */
import type { SyntaxNode } from '@lezer/common';
import { BINARY_OPS, type BinaryOp } from '../operators';
import type { Del, Stmt, Store } from '../ir/nodes';
import type {
  AugAttr,
  AugItem,
  AugName,
  DelStmt,
  StoreAttr,
  StoreItem,
  Unpack,
  UnpackEx,
} from '../ir/assignment';
import type { CompileContext, Scope } from './context';
import { children, isOperand, syntaxError, describeNode } from './syntax';
import { loadName, storeName } from './names';
import { subscriptExpr } from './members';

/**
 * `target: annotation [= value]` (compiler_annassign): the assignment first; then, in a module
 * or class body, the annotation is evaluated and, for a plain name, stored in
 * `__annotations__`. A function body evaluates no annotation of its variables.
 */
export function annotatedAssign(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  const parts = children(n);
  const at = parts.findIndex((c) => c.name === 'TypeDef');
  const targetNodes = parts.slice(0, at).filter((c) => c.name !== ',');
  if (targetNodes.length !== 1 || parts.slice(0, at).some((c) => c.name === ','))
    throw syntaxError('only single target (not tuple) can be annotated', ctx.line(n));
  const targetNode = targetNodes[0]!;
  const hasValue = parts[at + 1]?.name === 'AssignOp';
  if (parts.slice(at + 1).some((c, i) => i > 0 && c.name === 'AssignOp'))
    ctx.unsupported('an annotated chained assignment', n);
  const simple = targetNode.name === 'VariableName';
  if (!simple && !hasValue) ctx.unsupported('an annotation of an attribute or item alone', n);
  if (
    !simple &&
    targetNode.name !== 'MemberExpression' &&
    targetNode.name !== 'SubscriptExpression'
  )
    throw syntaxError('illegal target for annotation', ctx.line(n));
  const value = hasValue ? ctx.exprList(parts.slice(at + 2), scope, n) : null;
  const target = hasValue ? assignTarget(ctx, targetNode, [targetNode], scope, n) : null;
  const annNode = parts[at]!.lastChild!;
  const evaluated = scope.kind === 'module' || scope.kind === 'class';
  const annotation = evaluated ? ctx.expr(annNode, scope) : null;
  const annotations = evaluated && simple ? loadName(ctx, '__annotations__', scope) : null;
  // `name: annotation` alone in a function body does nothing at all.
  if (simple && !evaluated && !hasValue) return { k: 'pass' };
  return { k: 'annAssign', value, target, annotation, annotations, name: ctx.text(targetNode) };
}

export function assign(ctx: CompileContext, n: SyntaxNode, scope: Scope): Stmt {
  // Children: target groups separated by AssignOp; the last group is the value.
  const groups: SyntaxNode[][] = [[]];
  for (const c of children(n)) {
    if (c.name === 'AssignOp') groups.push([]);
    else groups[groups.length - 1]!.push(c);
  }
  if (children(n).some((c) => c.name === 'TypeDef')) return annotatedAssign(ctx, n, scope);
  const valueNodes = groups.pop()!;
  const value = ctx.exprList(valueNodes, scope, n);
  const targets = groups.map((g) => targetOf(ctx, g, scope, n));
  return { k: 'assign', value, targets };
}

/**
 * The target of comma-separated `nodes` (their commas included): one node alone is itself; with
 * a comma, `a, b` or `a,`, they are a bare tuple to unpack.
 */
export function targetOf(
  ctx: CompileContext,
  nodes: SyntaxNode[],
  scope: Scope,
  at: SyntaxNode,
): Store {
  const operands = nodes.filter((c) => c.name !== ',');
  const single = operands.length === 1 && nodes.length === 1 ? operands[0]! : null;
  return assignTarget(ctx, single, operands, scope, at);
}

/** A store target: `single` when it is one node, else `group` is a bare tuple of targets. */
export function assignTarget(
  ctx: CompileContext,
  single: SyntaxNode | null,
  group: SyntaxNode[],
  scope: Scope,
  at: SyntaxNode,
): Store {
  if (!single) return unpackTarget(ctx, group, scope);
  const n = single.name === 'ParenthesizedExpression' ? children(single)[1]! : single;
  switch (n.name) {
    case 'VariableName':
      return storeName(ctx, ctx.text(n), scope);
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

/** `a, b = v` (UNPACK_SEQUENCE), or with a starred target `a, *b = v` (UNPACK_EX). */
export function unpackTarget(
  ctx: CompileContext,
  nodes: SyntaxNode[],
  scope: Scope,
): Unpack | UnpackEx {
  const stars = nodes.filter((x) => x.name === '*').length;
  if (stars > 1)
    throw syntaxError('multiple starred expressions in assignment', ctx.line(nodes[0]!));
  if (stars === 1) return starredTarget(ctx, nodes, scope);
  return { k: 'unpack', targets: nodes.map((x) => assignTarget(ctx, x, [x], scope, x)) };
}

/**
 * `a, *rest, z = value`: `before` targets before the starred one, `after` after it (the running
 * is the library's, starredUnpack.ts).
 */
function starredTarget(ctx: CompileContext, nodes: SyntaxNode[], scope: Scope): UnpackEx {
  const starAt = nodes.findIndex((x) => x.name === '*');
  const starred = nodes[starAt + 1]!;
  // `*a = v` and `for *a in v`: a lone starred target, outside a list or tuple display.
  const inDisplay = ['ArrayExpression', 'TupleExpression'].includes(nodes[0]!.parent?.name ?? '');
  if (nodes.length === 2 && !inDisplay && starred.nextSibling?.name !== ',')
    throw syntaxError('starred assignment target must be in a list or tuple', ctx.line(starred));
  const targetNodes = nodes.filter((x) => x.name !== '*');
  const before = starAt;
  const after = targetNodes.length - before - 1;
  const targets = targetNodes.map((x) => assignTarget(ctx, x, [x], scope, x));
  return { k: 'unpackEx', before, after, targets };
}

/** `obj.name = v` (STORE_ATTR) or `obj[index] = v` (STORE_SUBSCR). */
export function storeMember(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
): StoreAttr | StoreItem {
  const parts = children(n);
  const obj = ctx.expr(parts[0]!, scope);
  if (parts[1]!.name === '.') return { k: 'storeAttr', obj, name: ctx.text(parts[2]!) };
  return { k: 'storeItem', obj, index: subscriptExpr(ctx, parts, scope, n) };
}

/** `target op= value`: the value is compiled first, then the target. */
export function augAssign(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
): AugName | AugAttr | AugItem {
  const [targetNode, opNode, valueNode] = children(n) as [SyntaxNode, SyntaxNode, SyntaxNode];
  const op = ctx.text(opNode).slice(0, -1) as BinaryOp;
  if (!BINARY_OPS.includes(op)) ctx.unsupported(`the '${op}=' operator`, n);
  const value = ctx.expr(valueNode, scope);
  if (targetNode.name === 'VariableName') {
    const load = loadName(ctx, ctx.text(targetNode), scope);
    const store = storeName(ctx, ctx.text(targetNode), scope);
    return { k: 'augName', op, value, load, store };
  }
  if (targetNode.name !== 'MemberExpression')
    ctx.unsupported(`augmented assignment to ${describeNode(targetNode.name)}`, n);
  const parts = children(targetNode);
  const obj = ctx.expr(parts[0]!, scope);
  if (parts[1]!.name === '.') return { k: 'augAttr', op, value, obj, name: ctx.text(parts[2]!) };
  return { k: 'augItem', op, value, obj, index: subscriptExpr(ctx, parts, scope, targetNode) };
}

export function del(ctx: CompileContext, n: SyntaxNode, scope: Scope): DelStmt {
  const targets = children(n)
    .filter((c) => c.name !== 'del' && c.name !== ',')
    .flatMap((c) =>
      c.name === 'TupleExpression' || c.name === 'ArrayExpression'
        ? children(c).filter(isOperand)
        : [c],
    )
    .map((c) => delTarget(ctx, c, scope));
  return { k: 'del', targets };
}

/** One target of `del`: a name, `obj.name` (DELETE_ATTR) or `obj[index]` (DELETE_SUBSCR). */
export function delTarget(ctx: CompileContext, n: SyntaxNode, scope: Scope): Del {
  if (n.name === 'VariableName') return delName(ctx, ctx.text(n), scope);
  if (n.name !== 'MemberExpression')
    throw syntaxError(`cannot delete ${describeNode(n.name)}`, ctx.line(n));
  const parts = children(n);
  const obj = ctx.expr(parts[0]!, scope);
  if (parts[1]!.name === '.') return { k: 'delAttr', obj, name: ctx.text(parts[2]!) };
  return { k: 'delItem', obj, index: subscriptExpr(ctx, parts, scope, n) };
}

/** DELETE_DEREF, DELETE_FAST, or DELETE_GLOBAL / DELETE_NAME, as scopes.ts placed the name. */
function delName(ctx: CompileContext, name: string, scope: Scope): Del {
  if (scope.derefs?.has(name)) {
    const free = ctx.isFree(name, scope);
    return { k: 'delDeref', slot: scope.locals.indexOf(name), name, free };
  }
  const slot =
    scope.kind === 'function' && !scope.globals.has(name) ? scope.locals.indexOf(name) : -1;
  if (slot >= 0) return { k: 'delFast', slot, name };
  // DELETE_GLOBAL in a function and for a declared global; else DELETE_NAME.
  const global = scope.kind === 'function' || scope.globals.has(name);
  return { k: 'delNs', name, key: ctx.interp.key(name), global };
}
