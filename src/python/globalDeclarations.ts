/**
 * The symbol table's checks of `global` and `nonlocal` statements (CPython 3.11, symtable.c): a name declared
 * global must not already be a parameter, used, annotated or assigned in the same scope, in
 * source order. Such a program is a SyntaxError before anything runs ("name 'x' is assigned to
 * before global declaration"), where Heapscope's compiler alone would accept it.
 *
 * The walk uses an explicit stack (statements can nest deeply) and follows Python's scopes: a
 * function's or class's body is its own scope, its name, default values and bases belong to the
 * scope around it; a lambda is a scope.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { PySyntaxError } from './errors';
import { normalizeName } from './identifiers';

interface Scope {
  readonly params: Set<string>;
  readonly used: Set<string>;
  readonly annotated: Set<string>;
  readonly assigned: Set<string>;
}

type Mode = 'load' | 'store';

interface Work {
  readonly node: SyntaxNode;
  readonly mode: Mode;
  readonly scope: Scope;
}

function newScope(params: Set<string> = new Set()): Scope {
  return { params, used: new Set(), annotated: new Set(), assigned: new Set() };
}

function childrenOf(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

/** Throws the first SyntaxError a `global` statement gives, in source order. */
export function checkGlobalDeclarations(
  tree: Tree,
  source: string,
  lineOf: (offset: number) => number,
): void {
  const name = (n: SyntaxNode) => normalizeName(source.slice(n.from, n.to));
  const pending: Work[] = [{ node: tree.topNode, mode: 'load', scope: newScope() }];
  // Visits in source order: the stack holds later siblings below earlier ones.
  const push = (items: Work[]) => {
    for (let i = items.length - 1; i >= 0; i--) pending.push(items[i]!);
  };
  const all = (nodes: SyntaxNode[], mode: Mode, scope: Scope) =>
    nodes.map((node) => ({ node, mode, scope }));

  while (pending.length) {
    const { node: n, mode, scope } = pending.pop()!;
    const parts = childrenOf(n);
    switch (n.name) {
      case 'VariableName':
        (mode === 'store' ? scope.assigned : scope.used).add(name(n));
        break;
      case 'ScopeStatement':
        {
          const kind = source.startsWith('global', n.from) ? 'global' : 'nonlocal';
          for (const c of parts)
            if (c.name === 'VariableName') checkGlobal(scope, name(c), n, kind);
        }
        break;
      case 'AssignStatement': {
        const lastOp = parts.map((c) => c.name).lastIndexOf('AssignOp');
        const annotation = parts.findIndex((c) => c.name === 'TypeDef');
        if (annotation > 0 && parts[0]!.name === 'VariableName')
          scope.annotated.add(name(parts[0]!));
        const targets = parts.slice(0, lastOp < 0 ? annotation : lastOp);
        const rest = parts.slice(lastOp < 0 ? annotation : lastOp);
        push([...all(targets, 'store', scope), ...all(rest, 'load', scope)]);
        break;
      }
      case 'UpdateStatement':
        push([{ node: parts[0]!, mode: 'store', scope }, ...all(parts.slice(1), 'load', scope)]);
        break;
      case 'DeleteStatement':
        push(all(parts, 'store', scope));
        break;
      case 'ForStatement': {
        const inAt = parts.findIndex((c) => c.name === 'in');
        push([
          ...all(parts.slice(0, inAt), 'store', scope),
          ...all(parts.slice(inAt), 'load', scope),
        ]);
        break;
      }
      case 'TryStatement':
        push(
          parts.map((c, i) => ({
            node: c,
            mode: parts[i - 1]?.name === 'as' ? 'store' : 'load',
            scope,
          })),
        );
        break;
      case 'ImportStatement':
        // Names bound by import are not checked by CPython 3.11.
        break;
      case 'FunctionDefinition':
      case 'ClassDefinition': {
        const params = new Set<string>();
        const work: Work[] = [];
        for (const c of parts) {
          if (c.name === 'Body') work.push({ node: c, mode: 'load', scope: newScope(params) });
          else if (c.name === 'ParamList') work.push(...paramWork(c, params, scope, name));
          else if (c.name === 'VariableName') work.push({ node: c, mode: 'store', scope });
          else work.push({ node: c, mode: 'load', scope });
        }
        push(work);
        break;
      }
      case 'LambdaExpression': {
        const params = new Set<string>();
        const inner = newScope(params);
        const work: Work[] = [];
        for (const c of parts) {
          if (c.name === 'ParamList') work.push(...paramWork(c, params, scope, name));
          else work.push({ node: c, mode: 'load', scope: inner });
        }
        push(work);
        break;
      }
      case 'ArgList':
        // A keyword argument's name is not a use.
        push(
          parts
            .filter((c, i) => !(c.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp'))
            .map((c) => ({ node: c, mode: 'load', scope })),
        );
        break;
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'ParenthesizedExpression':
        push(all(parts, mode, scope));
        break;
      default:
        // Inside anything else (x.a, x[i]) a name is used, even in an assignment's target.
        push(all(parts, 'load', scope));
    }
  }

  function checkGlobal(
    scope: Scope,
    n: string,
    statement: SyntaxNode,
    kind: 'global' | 'nonlocal',
  ): void {
    let msg: string | null = null;
    if (scope.params.has(n)) msg = `name '${n}' is parameter and ${kind}`;
    else if (scope.used.has(n)) msg = `name '${n}' is used prior to ${kind} declaration`;
    else if (scope.annotated.has(n)) msg = `annotated name '${n}' can't be ${kind}`;
    else if (scope.assigned.has(n)) msg = `name '${n}' is assigned to before ${kind} declaration`;
    if (msg === null) return;
    const line = lineOf(statement.from);
    const start = source.lastIndexOf('\n', statement.from - 1) + 1;
    const end = source.indexOf('\n', statement.from);
    const text = source.slice(start, end < 0 ? source.length : end);
    throw new PySyntaxError(msg, line, statement.from - start + 1, text);
  }
}

/** Parameters go to the new scope; default values are evaluated in the scope around it. */
function paramWork(
  list: SyntaxNode,
  params: Set<string>,
  outer: Scope,
  name: (n: SyntaxNode) => string,
): Work[] {
  const parts = childrenOf(list);
  const work: Work[] = [];
  parts.forEach((c, i) => {
    if (c.name === 'VariableName' && parts[i - 1]?.name !== 'AssignOp') params.add(name(c));
    else work.push({ node: c, mode: 'load', scope: outer });
  });
  return work;
}
