/**
 * The one table of Python constructs Heapscope does not run yet, checked over the whole tree
 * before anything is compiled, so a program using one is refused (`NotSupported: 'yield' is not
 * supported by Heapscope (line 3)`) before any of its effects. Supporting a construct means
 * compiling it and deleting its row here.
 *
 * The same walk gives CPython 3.11's own errors for constructs lezer accepts but CPython rejects
 * where they stand ('yield' outside a function, `print x`, Python 3.12's `type X = int`); those
 * win over a refusal anywhere in the file, since CPython compiles nothing of an invalid file.
 */
import type { SyntaxNodeRef, Tree } from '@lezer/common';
import { NotSupported, PySyntaxError } from './errors';

/** Lezer node name → the construct, as the refusal names it. */
export const UNSUPPORTED: Readonly<Record<string, string>> = {
  AwaitExpression: "'await'",
  NamedExpression: "the ':=' operator",
  MatchStatement: "the 'match' statement",
  Ellipsis: "'...'",
};

/** Methods whose protocol Heapscope does not run (attribute access would ignore them). */
const CLASS_HOOKS: ReadonlySet<string> = new Set([
  '__getattr__',
  '__getattribute__',
  '__setattr__',
  '__delattr__',
  '__class_getitem__',
]);

/** Constructs introduced by `async`: lezer marks them with an `async` child. */
const ASYNC: Readonly<Record<string, string>> = {
  FunctionDefinition: "'async def'",
  ForStatement: "'async for'",
  WithStatement: "'async with'",
};

interface Enclosing {
  readonly kind: 'function' | 'async' | 'lambda' | 'class' | 'comprehension';
  /** A comprehension's kind, as CPython's error names it ('list comprehension', ...). */
  readonly what?: string;
}

/** CPython's names for the comprehension a `yield` may not stand in. */
const COMPREHENSION_KINDS: Readonly<Record<string, string>> = {
  ArrayComprehensionExpression: 'list comprehension',
  SetComprehensionExpression: 'set comprehension',
  DictionaryComprehensionExpression: 'dict comprehension',
  ComprehensionExpression: 'generator expression',
};

/** The comprehension node `n` is (a generator expression as a call's only argument included). */
function comprehensionKind(n: SyntaxNodeRef): string | null {
  if (n.name === 'ArgList') return n.node.getChild('for') ? 'generator expression' : null;
  return COMPREHENSION_KINDS[n.name] ?? null;
}

/**
 * Walks the tree once (iteratively) and throws the first CPython syntax error it finds, else the
 * first refusal, else returns.
 */
export function refuseUnsupported(
  tree: Tree,
  source: string,
  lineOf: (offset: number) => number,
): void {
  let syntax: PySyntaxError | null = null;
  let refusal: NotSupported | null = null;
  const scopes: Enclosing[] = [];
  const lineText = (line: number) => source.split('\n', line)[line - 1] ?? '';
  const syntaxAt = (msg: string, offset: number) => {
    if (syntax) return;
    const line = lineOf(offset);
    const start = source.lastIndexOf('\n', offset - 1) + 1;
    syntax = new PySyntaxError(msg, line, offset - start + 1, lineText(line));
  };
  const refuse = (what: string, n: SyntaxNodeRef) => {
    refusal ??= new NotSupported(what, lineOf(n.from));
  };
  /** The function the code stands in; a class body is not one. */
  const functionScope = () => {
    const inner = scopes[scopes.length - 1]?.kind;
    return inner === undefined || inner === 'class' ? null : inner;
  };
  tree.iterate({
    enter(n) {
      if (syntax) return false;
      const name = n.name;
      const isAsync = n.node.firstChild?.name === 'async';
      if (name === 'PrintStatement') {
        syntaxAt("Missing parentheses in call to 'print'. Did you mean print(...)?", n.from);
        return false;
      }
      if (name === 'TypeDefinition') {
        const target = n.node.getChild('VariableName');
        syntaxAt('invalid syntax', target ? target.from : n.from);
        return false;
      }
      if (name === 'TypeParamList') {
        const inDef = n.node.parent?.name === 'FunctionDefinition';
        syntaxAt(inDef ? "expected '('" : 'invalid syntax', n.from);
        return false;
      }
      if (name === 'YieldStatement' || name === 'YieldExpression') {
        const inner = scopes[scopes.length - 1];
        const scope = functionScope();
        if (inner?.kind === 'comprehension') syntaxAt(`'yield' inside ${inner.what}`, n.from);
        else if (scope === null) syntaxAt("'yield' outside function", n.from);
        else if (scope === 'lambda') refuse("'yield' in a lambda", n);
      }
      if (name === 'AwaitExpression') {
        const scope = functionScope();
        if (scope === null) syntaxAt("'await' outside function", n.from);
        else if (scope !== 'async') syntaxAt("'await' outside async function", n.from);
      }
      if (isAsync && (name === 'ForStatement' || name === 'WithStatement')) {
        if (functionScope() !== 'async') {
          syntaxAt(
            `'async ${name === 'ForStatement' ? 'for' : 'with'}' outside async function`,
            n.from,
          );
        }
      }
      if (name === 'FunctionDefinition' && scopes[scopes.length - 1]?.kind === 'class') {
        const def = n.node.getChild('VariableName');
        const method = def ? source.slice(def.from, def.to) : '';
        if (CLASS_HOOKS.has(method)) refuse(`a class defining '${method}'`, n);
      }
      if (isAsync && ASYNC[name]) refuse(ASYNC[name]!, n);
      else if (UNSUPPORTED[name]) refuse(UNSUPPORTED[name]!, n);
      if (name === 'FunctionDefinition') scopes.push({ kind: isAsync ? 'async' : 'function' });
      else if (name === 'LambdaExpression') scopes.push({ kind: 'lambda' });
      else if (name === 'ClassDefinition') scopes.push({ kind: 'class' });
      else if (comprehensionKind(n))
        scopes.push({ kind: 'comprehension', what: comprehensionKind(n)! });
      return undefined;
    },
    leave(n) {
      if (
        n.name === 'FunctionDefinition' ||
        n.name === 'LambdaExpression' ||
        n.name === 'ClassDefinition' ||
        comprehensionKind(n)
      )
        scopes.pop();
    },
  });
  if (syntax) throw syntax;
  if (refusal) throw refusal;
}
