/** Calls: the callable and its arguments pushed, then the call (CALL or CALL_FUNCTION_EX). */
import type { SyntaxNode } from '@lezer/common';
import { PyObject } from '../../engine';
import type { Ev } from '../frame';
import type { Call, Expr } from '../ir/nodes';
import { native } from '../ir/native';
import {
  buildMergedDict,
  buildStarredList,
  callFunctionEx,
  listToTuple,
  type MapPiece,
  type SeqPiece,
} from '../unpacking';
import type { CompileContext, Scope } from './context';
import { children, callUnpacks, syntaxError } from './syntax';
import { allConstant, tupleOf } from './displays';

export function call(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  if (callUnpacks(n)) return native(callEx(ctx, n, scope));
  return callSetup(ctx, n, scope);
}

/** A call with `*` or `**` arguments: CALL_FUNCTION_EX (see unpacking.ts). */
export function callEx(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ev {
  const [calleeNode, argList] = children(n) as [SyntaxNode, SyntaxNode];
  const argNodes = children(argList).filter(
    (c) => c.name !== '(' && c.name !== ')' && c.name !== ',',
  );
  const positional: SeqPiece[] = [];
  const positionalNodes: SyntaxNode[] = [];
  const keywords: MapPiece[] = [];
  const h = ctx.interp.heap;
  let sawKeyword = false;
  let sawDoubleStar = false;
  for (let i = 0; i < argNodes.length; i++) {
    const a = argNodes[i]!;
    if (a.name === '*' || a.name === '**') {
      const ev = ctx.evExpr(argNodes[i + 1]!, scope);
      i++;
      if (a.name === '*') {
        if (sawDoubleStar)
          throw syntaxError(
            'iterable argument unpacking follows keyword argument unpacking',
            ctx.line(n),
          );
        positional.push({ star: true, ev });
      } else {
        sawDoubleStar = true;
        keywords.push({ kind: 'spread', ev });
      }
      continue;
    }
    if (argNodes[i + 1]?.name === 'AssignOp') {
      const name = ctx.text(a);
      keywords.push({
        kind: 'pair',
        key: () => h.newStr(name, true),
        value: ctx.evExpr(argNodes[i + 2]!, scope),
      });
      sawKeyword = true;
      i += 2;
      continue;
    }
    if (sawDoubleStar)
      throw syntaxError('positional argument follows keyword argument unpacking', ctx.line(n));
    if (sawKeyword) throw syntaxError('positional argument follows keyword argument', ctx.line(n));
    if (a.name === 'for') ctx.unsupported("a generator expression beside '*' arguments", n);
    positional.push({ star: false, ev: ctx.evExpr(a, scope) });
    positionalNodes.push(a);
  }
  const callee = ctx.evExpr(calleeNode, scope);
  const interp = ctx.interp;
  let args: Ev;
  if (positional.length === 1 && positional[0]!.star) args = positional[0]!.ev;
  else if (positional.some((p) => p.star)) {
    args = (f) => listToTuple(interp, buildStarredList(interp, f, positional));
  } else if (positional.length > 2 && allConstant(ctx, positionalNodes)) {
    args = tupleOf(ctx, positionalNodes, scope);
  } else {
    args = (f) => {
      const base = f.stack.length;
      for (const p of positional) f.stack.push(p.ev(f));
      return h.newTuple(f.stack.splice(base) as PyObject[]);
    };
  }
  const hasKw = keywords.length > 0;
  return (f) => {
    const base = f.stack.length;
    f.stack.push(callee(f));
    f.stack.push(args(f));
    if (hasKw) f.stack.push(buildMergedDict(interp, f, keywords, f.stack[base]!));
    return callFunctionEx(interp, f, base);
  };
}

/**
 * A call without `*`/`**` arguments (CALL). A statement that is a call (or returns one) makes the
 * call itself, so that the Python call nests one JavaScript frame less deep (statements.ts).
 */
export function callSetup(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
  /** A decorator's callee, given as a loaded name or as an object and a method name. */
  decorator?:
    { argList: SyntaxNode; callee: Expr } | { argList: SyntaxNode; obj: Expr; name: string },
): Call {
  const [calleeNode, argList] = decorator
    ? [n, decorator.argList]
    : (children(n) as [SyntaxNode, SyntaxNode]);
  const args: Expr[] = [];
  const kwnames: string[] = [];
  const argNodes = children(argList).filter(
    (c) => c.name !== '(' && c.name !== ')' && c.name !== ',',
  );
  if (argList.getChild('for')) {
    // `f(x for x in xs)`: the generator expression is the only argument.
    if (argList.getChild(',') || argList.getChild('AssignOp'))
      throw syntaxError('Generator expression must be parenthesized', ctx.line(n));
    argNodes.length = 0;
    args.push(ctx.comprehension(argList, scope));
  }
  for (let i = 0; i < argNodes.length; i++) {
    const a = argNodes[i]!;
    if (a.name === '*' || a.name === '**') ctx.unsupported(`'${a.name}' arguments`, n);
    if (argNodes[i + 1]?.name === 'AssignOp') {
      kwnames.push(ctx.text(a));
      args.push(ctx.expr(argNodes[i + 2]!, scope));
      i += 2;
      continue;
    }
    if (kwnames.length)
      throw syntaxError('positional argument follows keyword argument', ctx.line(n));
    if (a.name === 'for') ctx.unsupported("a generator expression beside '*' arguments", n);
    args.push(ctx.expr(a, scope));
  }
  const kw = kwnames.length ? kwnames : null;
  const calleeParts =
    calleeNode.name === 'MemberExpression' && !decorator ? children(calleeNode) : null;
  const method =
    decorator && 'obj' in decorator
      ? decorator
      : calleeParts && calleeParts[1]!.name === '.'
        ? { obj: ctx.expr(calleeParts[0]!, scope), name: ctx.text(calleeParts[2]!) }
        : null;
  // LOAD_METHOD: [method, self] when it is a plain method, else [attribute, NULL].
  if (method) return { k: 'call', target: { k: 'method', ...method }, args, kw };
  const callee =
    decorator && 'callee' in decorator ? decorator.callee : ctx.expr(calleeNode, scope);
  return { k: 'call', target: { k: 'value', callee }, args, kw };
}
