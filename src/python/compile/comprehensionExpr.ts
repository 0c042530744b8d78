/** A comprehension or generator expression: a nested function called with the first iterator. */
import type { SyntaxNode } from '@lezer/common';
import type { Expr } from '../ir/nodes';
import type { ComprehensionClause, ComprehensionCode } from '../ir/comprehensions';
import { scopeKey } from '../scopes';
import type { CompileContext, Scope } from './context';
import { children, isOperand, describeNode } from './syntax';
import { frameLayout } from './frameLayout';
import { closureOf, qualnameIn } from './functions';
import { targetOf } from './assignment';
import { iterExpr } from './iterables';

/** The name of each kind's code object (co_name). */
const COMPREHENSION_NAMES: Readonly<Record<ComprehensionCode['kind'], string>> = {
  list: '<listcomp>',
  set: '<setcomp>',
  dict: '<dictcomp>',
  generator: '<genexpr>',
};

/**
 * A list, set or dict comprehension or a generator expression (ir/comprehensions.ts): a nested
 * function with the iterator of the first `for` as its argument `.0` and the targets as its
 * locals.
 */
export function comprehension(ctx: CompileContext, n: SyntaxNode, scope: Scope): Expr {
  const isGenexp = n.name === 'ComprehensionExpression' || n.name === 'ArgList';
  const kind: ComprehensionCode['kind'] = isGenexp
    ? 'generator'
    : n.name === 'ArrayComprehensionExpression'
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
      const targets = parts.slice(i + 1, inAt);
      targets.filter((c) => c.name !== ',').forEach(bind);
      raw.push({ targets, iter: parts[inAt + 1]! });
      i = inAt + 2;
    } else if (p.name === 'if') {
      raw.push({ test: parts[i + 1]! });
      i += 2;
    } else ctx.unsupported(describeNode(p.name), p);
  }
  const name = COMPREHENSION_NAMES[kind];
  const qualname = qualnameIn(scope, name);
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
  const firstIterable = iterExpr(ctx, first.iter, scope);
  const savedLoop = ctx.loopDepth;
  ctx.loopDepth = 0;
  const [body, stackBytes, consts] = ctx.nestedUnit(() => {
    const clauses = raw.map((r, i): ComprehensionClause => {
      if ('test' in r)
        return { k: 'ifClause', test: ctx.expr(r.test, inner), line: ctx.line(r.test) };
      return {
        k: 'forClause',
        target: targetOf(ctx, r.targets, inner, n),
        iter: i === 0 ? null : iterExpr(ctx, r.iter, inner),
        line: ctx.line(r.iter),
      };
    });
    const element = elementNodes.map((e) => ctx.expr(e, inner));
    const elementLines = elementNodes.map((e) => ctx.line(e));
    return { clauses, element, elementLines };
  });
  ctx.loopDepth = savedLoop;
  const code: ComprehensionCode = {
    kind,
    name,
    qualname,
    file: ctx.file,
    localNames: inner.locals,
    firstLine: ctx.line(n),
    lines: ctx.lines,
    stackBytes,
    cellSlots: frame.cellSlots,
    freeStart: frame.freeStart,
    consts,
    ...body,
  };
  return { k: 'comprehension', code, closure: closureOf(layout.frees, scope), firstIterable };
}
