/**
 * A `def` or `lambda` parameter list read from the lezer tree: names in CPython's co_varnames
 * order (positional, keyword-only, `*args`, `**kwargs`), the default expressions, and the
 * compile-time SyntaxErrors CPython gives for lists its grammar rejects. Lezer leaves the `/` of
 * positional-only parameters out of the tree, so it is found in the text between the nodes.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Signature } from './frame';

export interface ParameterList {
  readonly signature: Signature;
  /** Every parameter slot's name, in co_varnames order. */
  readonly names: string[];
  /** Default values of the last positional parameters, in order. */
  readonly defaults: SyntaxNode[];
  /** Keyword-only parameters that have a default, in order. */
  readonly kwDefaults: { readonly name: string; readonly value: SyntaxNode }[];
  /**
   * Annotated parameters with their annotation expressions, in the order CPython 3.11's
   * compiler_visit_annotations evaluates them: positional-or-keyword, positional-only, `*args`,
   * keyword-only, `**kwargs`.
   */
  readonly annotations: { readonly name: string; readonly value: SyntaxNode }[];
}

export interface ParameterProblem {
  readonly kind: 'syntax' | 'unsupported';
  readonly message: string;
}

/** A parameter list's items and commas; `/` appears as a pseudo-item where the text has one. */
type Item = SyntaxNode | '/' | ',';

function items(params: SyntaxNode, source: string): Item[] {
  const out: Item[] = [];
  let prevEnd = -1;
  for (let c = params.firstChild; c; c = c.nextSibling) {
    if (prevEnd >= 0) {
      const gap = source.slice(prevEnd, c.from).replace(/#.*$/gm, '');
      if (gap.includes('/')) out.push('/');
    }
    prevEnd = c.to;
    if (c.name === ',') out.push(',');
    else if (c.name !== '(' && c.name !== ')') out.push(c);
  }
  return out;
}

/** Reads the list, or gives the first problem with it. */
export function readParameters(
  params: SyntaxNode,
  source: string,
  text: (n: SyntaxNode) => string,
): ParameterList | ParameterProblem {
  const ps = items(params, source);
  const positional: string[] = [];
  const kwOnly: string[] = [];
  const defaults: SyntaxNode[] = [];
  const kwDefaults: { name: string; value: SyntaxNode }[] = [];
  let posOnlyCount = 0;
  let varArgs: string | null = null;
  let varKw: string | null = null;
  let star = false;
  // Each annotation with its group: 0 positional (split at the `/` later), 2 *args, 3 keyword-
  // only, 4 **kwargs; and for a positional one its index.
  const annotated: { name: string; value: SyntaxNode; group: number; index: number }[] = [];
  /** The annotation after the name at ps[i], if any (its expression), recorded. */
  const annotation = (i: number, name: string, group: number, index = 0): boolean => {
    const next = ps[i + 1];
    if (typeof next !== 'object' || next.name !== 'TypeDef') return false;
    const value = next.lastChild;
    if (value) annotated.push({ name, value, group, index });
    return true;
  };
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (p === ',') continue;
    if (varKw !== null)
      return { kind: 'syntax', message: 'arguments cannot follow var-keyword argument' };
    if (p === '/') {
      if (posOnlyCount > 0) return { kind: 'syntax', message: '/ may appear only once' };
      if (star) return { kind: 'syntax', message: '/ must be ahead of *' };
      if (positional.length === 0) return { kind: 'syntax', message: 'invalid syntax' };
      posOnlyCount = positional.length;
      continue;
    }
    if (p.name === '*' || p.name === '**') {
      const next = ps[i + 1];
      const named = typeof next === 'object' && next.name === 'VariableName';
      if (p.name === '**') {
        if (!named) return { kind: 'syntax', message: 'invalid syntax' };
        varKw = text(next);
        i++;
        if (annotation(i, varKw, 4)) i++;
        continue;
      }
      if (star) return { kind: 'syntax', message: '* argument may appear only once' };
      star = true;
      if (named) {
        varArgs = text(next);
        i++;
        if (annotation(i, varArgs, 2)) i++;
      } else {
        const after = ps.slice(i + 1).find((x) => x !== ',');
        if (after === undefined || after === '/' || after.name === '**')
          return { kind: 'syntax', message: 'named arguments must follow bare *' };
      }
      continue;
    }
    if (p.name !== 'VariableName') return { kind: 'unsupported', message: p.name };
    const name = text(p);
    if (annotation(i, name, star ? 3 : 0, positional.length)) i++;
    const next = ps[i + 1];
    const hasDefault = typeof next === 'object' && next.name === 'AssignOp';
    if (star) {
      kwOnly.push(name);
      if (hasDefault) kwDefaults.push({ name, value: ps[i + 2] as SyntaxNode });
    } else {
      positional.push(name);
      if (hasDefault) defaults.push(ps[i + 2] as SyntaxNode);
      else if (defaults.length > 0)
        return { kind: 'syntax', message: 'non-default argument follows default argument' };
    }
    if (hasDefault) i += 2;
  }
  const names = [...positional, ...kwOnly];
  if (varArgs !== null) names.push(varArgs);
  if (varKw !== null) names.push(varKw);
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n))
      return { kind: 'syntax', message: `duplicate argument '${n}' in function definition` };
    seen.add(n);
  }
  return {
    signature: {
      argCount: positional.length,
      posOnlyCount,
      kwOnlyCount: kwOnly.length,
      varArgs: varArgs !== null,
      varKw: varKw !== null,
    },
    names,
    defaults,
    kwDefaults,
    annotations: annotated
      .map((a) => ({ ...a, group: a.group === 0 && a.index < posOnlyCount ? 1 : a.group }))
      .sort((a, b) => a.group - b.group)
      .map(({ name, value }) => ({ name, value })),
  };
}
