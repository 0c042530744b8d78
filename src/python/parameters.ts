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
        continue;
      }
      if (star) return { kind: 'syntax', message: '* argument may appear only once' };
      star = true;
      if (named) {
        varArgs = text(next);
        i++;
      } else {
        const after = ps.slice(i + 1).find((x) => x !== ',');
        if (after === undefined || after === '/' || after.name === '**')
          return { kind: 'syntax', message: 'named arguments must follow bare *' };
      }
      continue;
    }
    if (p.name === 'TypeDef') return { kind: 'unsupported', message: 'annotations' };
    if (p.name !== 'VariableName') return { kind: 'unsupported', message: p.name };
    const name = text(p);
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
  };
}
