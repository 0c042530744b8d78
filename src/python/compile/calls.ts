/** Calls: the callable and its arguments pushed, then the call (CALL or CALL_FUNCTION_EX). */
import type { SyntaxNode } from '@lezer/common';
import type { Call, Expr } from '../ir/nodes';
import type { MapItem, SeqItem } from '../ir/displays';
import type { CallEx } from '../ir/callEx';
import type { CompileContext, Scope } from './context';
import { children, callUnpacks, syntaxError } from './syntax';
import { allConstant, tupleOf } from './displays';

export function call(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  if (callUnpacks(n)) return callEx(ctx, n, scope);
  return callSetup(ctx, n, scope);
}

/** A call with `*` or `**` arguments: CALL_FUNCTION_EX (ir/callEx.ts). */
export function callEx(ctx: CompileContext, n: SyntaxNode, scope: Scope): CallEx {
  const [calleeNode, argList] = children(n) as [SyntaxNode, SyntaxNode];
  const argNodes = children(argList).filter(
    (c) => c.name !== '(' && c.name !== ')' && c.name !== ',',
  );
  const positional: SeqItem[] = [];
  const positionalNodes: SyntaxNode[] = [];
  const keywords: MapItem[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  for (let i = 0; i < argNodes.length; i++) {
    const a = argNodes[i]!;
    if (a.name === '*' || a.name === '**') {
      const value = ctx.expr(argNodes[i + 1]!, scope);
      i++;
      if (a.name === '*') {
        if (sawDoubleStar)
          throw syntaxError(
            'iterable argument unpacking follows keyword argument unpacking',
            ctx.line(n),
          );
        positional.push({ star: true, value });
      } else {
        sawDoubleStar = true;
        keywords.push({ k: 'spread', value });
      }
      continue;
    }
    if (argNodes[i + 1]?.name === 'AssignOp') {
      keywords.push({ k: 'keyword', name: ctx.text(a), value: ctx.expr(argNodes[i + 2]!, scope) });
      sawKeyword = true;
      i += 2;
      continue;
    }
    if (sawDoubleStar)
      throw syntaxError('positional argument follows keyword argument unpacking', ctx.line(n));
    if (sawKeyword) throw syntaxError('positional argument follows keyword argument', ctx.line(n));
    if (a.name === 'for') ctx.unsupported("a generator expression beside '*' arguments", n);
    positional.push({ star: false, value: ctx.expr(a, scope) });
    positionalNodes.push(a);
  }
  const callee = ctx.expr(calleeNode, scope);
  let args: Expr;
  // A lone `*x` is passed as it is: CALL_FUNCTION_EX makes it a tuple.
  if (positional.length === 1 && positional[0]!.star) args = positional[0]!.value;
  else if (positional.some((p) => p.star))
    args = { k: 'starred', into: 'tuple', items: positional };
  else if (positional.length > 2 && allConstant(ctx, positionalNodes)) {
    // Lowered again as one constant tuple (its items' nodes made above go unused).
    args = tupleOf(ctx, positionalNodes, scope);
  } else args = { k: 'tuple', items: positional.map((p) => p.value) };
  return { k: 'callEx', callee, args, keywords: keywords.length ? keywords : null };
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
    if (besideGenerator(argList))
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

/**
 * Is there anything beside an argument list's generator expression (another argument, a keyword,
 * a trailing comma)? A comma between a `for` and its `in` belongs to the targets: `f(v for k, v
 * in pairs)`.
 */
function besideGenerator(argList: SyntaxNode): boolean {
  let inTargets = false;
  for (const c of children(argList)) {
    if (c.name === 'for') inTargets = true;
    else if (c.name === 'in') inTargets = false;
    else if ((c.name === ',' && !inTargets) || c.name === 'AssignOp') return true;
  }
  return false;
}
