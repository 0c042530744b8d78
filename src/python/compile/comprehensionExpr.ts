/** A comprehension or generator expression: a nested function called with the first iterator. */
import type { SyntaxNode } from '@lezer/common';
import { frameBytesFor, WARMUP_START, type CodeUnit, type Ev, type Ex, type GenEx } from '../frame';
import { scopeKey } from '../scopes';
import {
  callComprehension,
  comprehensionBody,
  COMPREHENSION_NAMES,
  type Clause,
  type ComprehensionKind,
} from '../comprehensions';
import { genexpBody } from '../resumable';
import type { CompileContext, Scope } from './context';
import { children, isOperand, describeNode } from './syntax';
import { frameLayout, notRunDirectly } from './frameLayout';
import { closureOf, functionMaker } from './functions';
import { assignTarget } from './assignment';
import { iterExpr } from './iterables';

/**
 * A list, set or dict comprehension (comprehensions.ts): a nested function with the iterator of
 * the first `for` as its argument `.0` and the targets as its locals.
 */
export function comprehension(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ev {
  const isGenexp = n.name === 'ComprehensionExpression' || n.name === 'ArgList';
  const kind: ComprehensionKind =
    n.name === 'ArrayComprehensionExpression'
      ? 'list'
      : n.name === 'SetComprehensionExpression'
        ? 'set'
        : 'dict';
  const profile = ctx.interp.heap.profile.name;
  // 3.12 inlines list, set and dict comprehensions (PEP 709), not generator expressions.
  if (isGenexp) ctx.refuseGeneratorsInProfile(n);
  else if (profile !== '3.11') {
    const why =
      profile === '3.12' ? 'PEP 709 inlines it' : 'Python 2 runs a list comprehension inline';
    ctx.unsupported(`a comprehension in the ${profile} profile (${why})`, n);
  }
  const parts = children(n).filter((c) => !['[', ']', '{', '}', '(', ')'].includes(c.name));
  if (parts.some((c) => c.name === 'async')) ctx.unsupported("'async for' in a comprehension", n);
  const forAt = parts.findIndex((c) => c.name === 'for');
  const elementNodes = parts.slice(0, forAt).filter((c) => c.name !== ':');
  type Raw = { targets: SyntaxNode[]; iter: SyntaxNode } | { test: SyntaxNode };
  const raw: Raw[] = [];
  const names = ['.0'];
  const bind = (t: SyntaxNode) => {
    if (t.name === 'VariableName') {
      if (!names.includes(ctx.text(t))) names.push(ctx.text(t));
    } else if (['TupleExpression', 'ParenthesizedExpression', 'ArrayExpression'].includes(t.name)) {
      for (const c of children(t)) if (isOperand(c)) bind(c);
    } else if (t.name !== '*')
      ctx.unsupported(`a comprehension target that is a ${describeNode(t.name)}`, t);
  };
  for (let i = forAt; i < parts.length;) {
    const p = parts[i]!;
    if (p.name === 'for') {
      const inAt = parts.findIndex((c, j) => j > i && c.name === 'in');
      const targets = parts.slice(i + 1, inAt).filter((c) => c.name !== ',');
      targets.forEach(bind);
      raw.push({ targets, iter: parts[inAt + 1]! });
      i = inAt + 2;
    } else if (p.name === 'if') {
      raw.push({ test: parts[i + 1]! });
      i += 2;
    } else ctx.unsupported(describeNode(p.name), p);
  }
  const name = isGenexp ? '<genexpr>' : COMPREHENSION_NAMES[kind];
  const qualname =
    scope.kind === 'module'
      ? name
      : scope.kind === 'class'
        ? `${scope.qualname}.${name}`
        : `${scope.qualname}.<locals>.${name}`;
  const layout = ctx.layouts.get(scopeKey(n)) ?? { cells: [], frees: [] };
  const frame = frameLayout(names, 1, layout);
  const inner: Scope = {
    kind: 'function',
    locals: frame.names,
    globals: new Set(),
    qualname,
    parent: scope,
    derefs: new Set([...layout.cells, ...layout.frees]),
    frees: layout.frees,
  };
  const first = raw[0] as { targets: SyntaxNode[]; iter: SyntaxNode };
  const firstIterable = ctx.backend.expr(iterExpr(ctx, first.iter, scope));
  const interp = ctx.interp;
  const savedLoop = ctx.loopDepth;
  ctx.loopDepth = 0;
  let resumable: GenEx | undefined;
  const [body, stackBytes, consts] = ctx.nestedUnit((): Ex => {
    const clauses: Clause[] = raw.map((r, i) => {
      if ('test' in r)
        return { kind: 'if', test: ctx.condFn(r.test, inner), line: ctx.line(r.test) };
      const single = r.targets.length === 1 ? r.targets[0]! : null;
      return {
        kind: 'for',
        target: assignTarget(ctx, single, r.targets, inner, n),
        iter: i === 0 ? null : ctx.backend.expr(iterExpr(ctx, r.iter, inner)),
        line: ctx.line(r.iter),
      };
    });
    const element = elementNodes.map((e) => ctx.evExpr(e, inner));
    const lines = elementNodes.map((e) => ctx.line(e));
    if (isGenexp) {
      resumable = genexpBody(interp, clauses, element[0]!, lines[0]!);
      return notRunDirectly;
    }
    return comprehensionBody(interp, kind, clauses, element, lines);
  });
  ctx.loopDepth = savedLoop;
  const code: CodeUnit = {
    name,
    file: ctx.file,
    kind: 'function',
    localNames: inner.locals,
    paramCount: 1,
    firstLine: ctx.line(n),
    lines: ctx.lines,
    warmup: WARMUP_START,
    stackBytes,
    frameBytes: frameBytesFor(inner.locals.length),
    cellSlots: frame.cellSlots,
    freeStart: frame.freeStart,
    consts,
    body,
    ...(resumable ? { resumable } : {}),
  };
  interp.functionCode.push(code);
  const make = functionMaker(ctx, code, qualname, null, null, closureOf(ctx, layout.frees, scope));
  return callComprehension(interp, make, firstIterable);
}
