/**
 * Scope analysis (CPython 3.11's symtable.c, the part the compiler needs): for each function,
 * lambda and comprehension, its locals, its cell variables (locals a nested scope reads), its free
 * variables (names of enclosing functions it reads, through cells) and its globals. Independent of
 * how the code is then run: the compiler only asks where each name lives.
 *
 * CPython resolves a name used in a function to: global, if declared `global`; free, if declared
 * `nonlocal` or not bound here but bound in an enclosing function (class bodies are skipped);
 * local (cell if a nested scope has it free) if bound here; global otherwise. Cell and free
 * variables are laid out after the plain locals, each group sorted by name (compile.c's
 * dictbytype), which is also the order a frame releases them in.
 */
import type { SyntaxNode } from '@lezer/common';

/** What collectLocals fills in: a function's or class body's declared and bound names. */
export interface LocalNames {
  /** Bound names: parameters first, then assigned names in order of first appearance. */
  readonly locals: string[];
  readonly globals: Set<string>;
  readonly nonlocals?: Set<string>;
}

/** Where a function's names live in its frame (CPython's localsplus). */
export interface ClosureLayout {
  /** Cell variables, sorted: locals some nested scope reads. */
  readonly cells: readonly string[];
  /** Free variables, sorted: the cells this function's `__closure__` brings in. */
  readonly frees: readonly string[];
  /**
   * A class body's own reads of an enclosing function's variables (LOAD_CLASSDEREF: the class
   * namespace first, then the cell); its other free variables only pass cells on to its methods.
   */
  readonly classDerefs?: readonly string[];
}

type Kind = 'module' | 'function' | 'class';

interface ScopeNode {
  readonly kind: Kind;
  readonly key: string;
  readonly line: number;
  readonly bound: Set<string>;
  readonly params: Set<string>;
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
  /** The line of each name's `nonlocal` statement. */
  readonly nonlocalLines: Map<string, number>;
  readonly used: Set<string>;
  readonly children: ScopeNode[];
  readonly cells: Set<string>;
  readonly frees: Set<string>;
}

/** The key the compiler looks a scope up by: its node's name and start. */
export function scopeKey(n: SyntaxNode): string {
  return `${n.name}@${n.from}`;
}

const COMPREHENSIONS = new Set([
  'ArrayComprehensionExpression',
  'SetComprehensionExpression',
  'DictionaryComprehensionExpression',
  'ComprehensionExpression',
]);

/** A comprehension's or generator expression's own scope (`f(x for x in y)`: the ArgList). */
export function isComprehension(n: SyntaxNode): boolean {
  return COMPREHENSIONS.has(n.name) || (n.name === 'ArgList' && n.getChild('for') !== null);
}

/**
 * Analyses the whole module: the closure layout of every function, lambda and comprehension, by
 * `scopeKey`. Throws CPython's SyntaxError for a `nonlocal` without a binding.
 */
export function analyzeScopes(
  top: SyntaxNode,
  text: (n: SyntaxNode) => string,
  lineOf: (n: SyntaxNode) => number,
  syntaxError: (msg: string, line: number) => Error,
): Map<string, ClosureLayout> {
  const newScope = (kind: Kind, n: SyntaxNode): ScopeNode => ({
    kind,
    key: scopeKey(n),
    line: lineOf(n),
    bound: new Set(),
    params: new Set(),
    globals: new Set(),
    nonlocals: new Set(),
    nonlocalLines: new Map(),
    used: new Set(),
    children: [],
    cells: new Set(),
    frees: new Set(),
  });
  const module = newScope('module', top);

  const functionScope = (
    n: SyntaxNode,
    params: SyntaxNode | null,
    body: SyntaxNode[],
    outer: ScopeNode,
  ) => {
    const s = newScope('function', n);
    outer.children.push(s);
    const names: LocalNames & { nonlocals: Set<string> } = {
      locals: [],
      globals: s.globals,
      nonlocals: s.nonlocals,
    };
    if (params) {
      // Parameters in co_varnames order: positional and keyword-only ones as written, then
      // `*args`, then `**kwargs`. Default values belong to the enclosing scope.
      const ps = childrenOf(params);
      const packed: string[] = [];
      let packedKw: string | null = null;
      for (let i = 0; i < ps.length; i++) {
        const p = ps[i]!;
        if (p.name === 'VariableName') {
          const after = ps[i - 1]?.name;
          if (after === '*') packed.push(text(p));
          else if (after === '**') packedKw = text(p);
          else names.locals.push(text(p));
          s.params.add(text(p));
        } else if (p.name === 'AssignOp') {
          walk(ps[++i]!, outer);
        } else if (!['(', ')', ',', '*', '**'].includes(p.name)) {
          walk(p, outer);
        }
      }
      names.locals.push(...packed);
      if (packedKw !== null) names.locals.push(packedKw);
    }
    if (n.name === 'LambdaExpression') {
      collectGlobals(body, names, text);
    } else collectLocals(body, names, text);
    for (const x of names.locals) s.bound.add(x);
    for (const x of s.nonlocals) {
      if (s.params.has(x))
        throw syntaxError(
          `name '${x}' is parameter and nonlocal`,
          s.nonlocalLines.get(x) ?? s.line,
        );
    }
    for (const b of body) walk(b, s);
  };

  const comprehensionScope = (n: SyntaxNode, outer: ScopeNode) => {
    const parts = childrenOf(n).filter((c) => !isBracket(c));
    const firstIn = parts.findIndex((c) => c.name === 'in');
    const s = newScope('function', n);
    outer.children.push(s);
    s.params.add('.0');
    s.bound.add('.0');
    // The first iterable is evaluated outside, in the enclosing scope.
    walk(parts[firstIn + 1]!, outer);
    let inTargets = false;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i === firstIn + 1) continue;
      if (p.name === 'for') inTargets = true;
      else if (p.name === 'in') inTargets = false;
      else if (inTargets) bindTargets(p, s);
      else walk(p, s);
    }
  };

  const bindTargets = (n: SyntaxNode, s: ScopeNode) => {
    if (n.name === 'VariableName') {
      s.bound.add(text(n));
      s.used.add(text(n));
    } else for (const c of childrenOf(n)) bindTargets(c, s);
  };

  // Recursive: the parser has already refused what is nested past its limits.
  const walk = (n: SyntaxNode, s: ScopeNode): void => {
    switch (n.name) {
      case 'VariableName': {
        const isKeyword = n.parent?.name === 'ArgList' && n.nextSibling?.name === 'AssignOp';
        if (!isKeyword) s.used.add(text(n));
        // A function using `super` reads the implicit `__class__` of its class (for super()).
        if (!isKeyword && s.kind === 'function' && text(n) === 'super') s.used.add('__class__');
        return;
      }
      case 'Decorator':
        // `@a.b(x)`: only the first name is a variable; the others are attributes.
        for (let c = n.firstChild, first = true; c; c = c.nextSibling) {
          if (c.name === 'VariableName') {
            if (first) s.used.add(text(c));
            first = false;
          } else walk(c, s);
        }
        return;
      case 'ScopeStatement':
        if (text(n).startsWith('nonlocal'))
          for (const c of childrenOf(n))
            if (c.name === 'VariableName' && !s.nonlocalLines.has(text(c)))
              s.nonlocalLines.set(text(c), lineOf(n));
        return;
      case 'FunctionDefinition': {
        const parts = childrenOf(n);
        const params = parts.find((c) => c.name === 'ParamList') ?? null;
        const body = parts[parts.length - 1]!;
        functionScope(n, params, childrenOf(body), s);
        return;
      }
      case 'LambdaExpression': {
        const parts = childrenOf(n);
        const params = parts.find((c) => c.name === 'ParamList') ?? null;
        functionScope(n, params, [parts[parts.length - 1]!], s);
        return;
      }
      case 'ClassDefinition': {
        const parts = childrenOf(n);
        const c = newScope('class', n);
        s.children.push(c);
        const body = parts[parts.length - 1]!;
        for (const p of parts) if (p !== body && p.name !== 'VariableName') walk(p, s);
        const names: LocalNames = { locals: [], globals: c.globals };
        collectLocals(childrenOf(body), names, text);
        for (const x of names.locals) c.bound.add(x);
        for (const b of childrenOf(body)) walk(b, c);
        return;
      }
      default:
        if (isComprehension(n)) {
          comprehensionScope(n, s);
          return;
        }
        for (let c = n.firstChild; c; c = c.nextSibling) walk(c, s);
    }
  };

  for (const c of childrenOf(top)) walk(c, module);

  const layouts = new Map<string, ClosureLayout>();
  /** Resolves `s` given the names its enclosing functions bind; gives back its free names. */
  const resolve = (s: ScopeNode, enclosing: ReadonlySet<string>): Set<string> => {
    const inner = new Set(s.kind === 'function' ? enclosing : s.kind === 'class' ? enclosing : []);
    // A class body offers its methods the implicit `__class__` cell (the class being made).
    if (s.kind === 'class') inner.add('__class__');
    if (s.kind === 'function') {
      for (const b of s.bound) if (!s.globals.has(b)) inner.add(b);
      for (const g of s.globals) inner.delete(g);
    }
    for (const child of s.children) {
      for (const name of resolve(child, inner)) {
        if (s.kind === 'function' && s.bound.has(name) && !s.globals.has(name)) s.cells.add(name);
        else if (s.kind === 'class' && name === '__class__') s.cells.add(name);
        else s.frees.add(name);
      }
    }
    for (const name of s.nonlocals) {
      if (!enclosing.has(name)) {
        const line = s.nonlocalLines.get(name) ?? s.line;
        throw syntaxError(`no binding for nonlocal '${name}' found`, line);
      }
      s.frees.add(name);
    }
    const own: string[] = [];
    if (s.kind !== 'module') {
      for (const name of s.used) {
        if (s.globals.has(name) || s.nonlocals.has(name) || s.bound.has(name)) continue;
        if (enclosing.has(name)) {
          s.frees.add(name);
          own.push(name);
        }
      }
    }
    layouts.set(s.key, {
      cells: [...s.cells].sort(byCodePoint),
      frees: [...s.frees].sort(byCodePoint),
      ...(s.kind === 'class' ? { classDerefs: own.sort(byCodePoint) } : {}),
    });
    return s.frees;
  };
  resolve(module, new Set());
  return layouts;
}

/** PyList_Sort of str: by code point. */
function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function isBracket(n: SyntaxNode): boolean {
  return ['[', ']', '{', '}', ',', ':'].includes(n.name);
}

function childrenOf(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

/**
 * Names a function assigns (its fast locals), in order of first appearance; names declared
 * `global` or `nonlocal` excluded.
 */
export function collectLocals(
  nodes: SyntaxNode[],
  scope: LocalNames,
  text: (n: SyntaxNode) => string,
): void {
  const add = (name: string) => {
    if (!scope.locals.includes(name) && !scope.globals.has(name) && !scope.nonlocals?.has(name))
      scope.locals.push(name);
  };
  const targets = (n: SyntaxNode) => {
    if (n.name === 'VariableName') add(text(n));
    else if (
      n.name === 'TupleExpression' ||
      n.name === 'ArrayExpression' ||
      n.name === 'ParenthesizedExpression'
    ) {
      for (const c of childrenOf(n)) targets(c);
    }
  };
  const visit = (n: SyntaxNode) => {
    switch (n.name) {
      case 'ScopeStatement':
        return;
      case 'AssignStatement': {
        const parts = childrenOf(n);
        const lastOp = parts.map((c) => c.name).lastIndexOf('AssignOp');
        parts.slice(0, lastOp).forEach(targets);
        return;
      }
      case 'UpdateStatement':
        targets(childrenOf(n)[0]!);
        return;
      case 'DeleteStatement':
        childrenOf(n).forEach(targets);
        return;
      case 'ForStatement': {
        const parts = childrenOf(n);
        const inAt = parts.findIndex((c) => c.name === 'in');
        parts.slice(1, inAt).forEach(targets);
        parts.slice(inAt).forEach(visit);
        return;
      }
      case 'DecoratedStatement':
        childrenOf(n).forEach(visit);
        return;
      case 'FunctionDefinition':
      case 'ClassDefinition':
        add(text(childrenOf(n)[1]!));
        return;
      case 'ImportStatement': {
        const parts = childrenOf(n);
        const from = parts[0]!.name === 'from';
        parts.slice(from ? 3 : 1).forEach((c) => c.name === 'VariableName' && add(text(c)));
        return;
      }
      case 'TryStatement':
      case 'WithStatement': {
        const parts = childrenOf(n);
        parts.forEach((c, i) => {
          if (c.name === 'as') add(text(parts[i + 1]!));
          else visit(c);
        });
        return;
      }
      case 'LambdaExpression':
        return;
      default:
        if (isComprehension(n)) return;
        for (const c of childrenOf(n)) visit(c);
    }
  };
  collectGlobals(nodes, scope, text);
  for (const n of nodes) visit(n);
}

/**
 * `global` and `nonlocal` declarations of a function or class body: they apply to the whole
 * body, nested blocks included, but not to functions, classes and lambdas defined in it. (Walked
 * with an explicit stack: a statement can nest deeply.)
 */
export function collectGlobals(
  nodes: SyntaxNode[],
  scope: LocalNames,
  text: (n: SyntaxNode) => string,
): void {
  const pending = [...nodes];
  while (pending.length) {
    const n = pending.pop()!;
    if (
      n.name === 'FunctionDefinition' ||
      n.name === 'ClassDefinition' ||
      n.name === 'LambdaExpression'
    )
      continue;
    if (n.name === 'ScopeStatement') {
      const declared = text(n).startsWith('global') ? scope.globals : scope.nonlocals;
      if (declared)
        for (const c of childrenOf(n)) if (c.name === 'VariableName') declared.add(text(c));
      continue;
    }
    pending.push(...childrenOf(n));
  }
}
