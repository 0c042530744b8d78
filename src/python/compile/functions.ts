/** `def` and `lambda`: the code unit of a function body, decorators, MAKE_FUNCTION. */
import type { SyntaxNode } from '@lezer/common';
import type {
  ClassDef,
  CodeBody,
  Decorator,
  DottedName,
  FunctionDef,
  MakeFunction,
  NestedCode,
} from '../ir/functions';
import { readParameters } from '../parameters';
import { docstringOf } from '../docstrings';
import { collectGlobals, collectLocals, scopeKey } from '../scopes';
import { holdsYield } from '../yieldNodes';
import type { CompileContext, Scope } from './context';
import { children, syntaxError, describeNode } from './syntax';
import { frameLayout } from './frameLayout';
import { callSetup } from './calls';
import { classDef } from './classes';
import { loadName, storeName } from './names';
import { lateCore } from '../lateCore';
import { tupleOf } from './displays';

export function functionDef(ctx: CompileContext, n: SyntaxNode, scope: Scope): FunctionDef {
  const parts = children(n);
  if (parts[0]!.name === 'async') ctx.unsupported("'async def'", n);
  const name = ctx.text(parts[1]!);
  const make = makeFunction(ctx, name, parts[2]!, parts[parts.length - 1]!, scope, n, false);
  const store = storeName(ctx, name, scope);
  return { k: 'functionDef', decorators: [], make, line: ctx.line(n), store };
}

/**
 * `@d1 @d2 def f` and `@d class C`: the decorators are lowered first, top to bottom, then the
 * function or the class (see FunctionDef and ClassDef for how they run).
 */
export function decorated(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
): FunctionDef | ClassDef {
  const parts = children(n);
  const def = parts[parts.length - 1]!;
  const decorators: Decorator[] = parts
    .filter((c) => c.name === 'Decorator')
    .map((d) => ({ value: decoratorExpr(ctx, d, scope), line: ctx.line(d) }));
  if (def.name === 'ClassDefinition') return classDef(ctx, def, scope, decorators);
  if (def.name !== 'FunctionDefinition') ctx.unsupported(describeNode(def.name), def);
  const defParts = children(def);
  if (defParts[0]!.name === 'async') ctx.unsupported("'async def'", def);
  const name = ctx.text(defParts[1]!);
  const make = makeFunction(
    ctx,
    name,
    defParts[2]!,
    defParts[defParts.length - 1]!,
    scope,
    def,
    false,
    ctx.line(n),
  );
  const store = storeName(ctx, name, scope);
  return { k: 'functionDef', decorators, make, line: ctx.line(def), store };
}

/** A decorator: a dotted name, perhaps called (`@repeat(3)`). */
export function decoratorExpr(
  ctx: CompileContext,
  d: SyntaxNode,
  scope: Scope,
): Decorator['value'] {
  const parts = children(d).filter((c) => c.name !== 'At' && c.name !== 'newline');
  const names = parts.filter((c) => c.name === 'VariableName').map((c) => ctx.text(c));
  const argList = parts.find((c) => c.name === 'ArgList');
  if (parts.some((c) => !['VariableName', '.', 'ArgList'].includes(c.name)) || !names.length)
    ctx.unsupported('this form of decorator', d);
  const load = (upTo: number): DottedName => ({
    k: 'dottedName',
    first: loadName(ctx, names[0]!, scope),
    attrs: names.slice(1, upTo),
  });
  if (!argList) return load(names.length);
  return names.length === 1
    ? callSetup(ctx, d, scope, { argList, callee: load(1) })
    : callSetup(ctx, d, scope, { argList, obj: load(names.length - 1), name: names.at(-1)! });
}

/** MAKE_FUNCTION: the function's code unit, its defaults, annotations and closure. */
export function makeFunction(
  ctx: CompileContext,
  name: string,
  params: SyntaxNode,
  bodyNode: SyntaxNode,
  scope: Scope,
  at: SyntaxNode,
  isLambda: boolean,
  firstLine = ctx.line(at),
): MakeFunction {
  const read = readParameters(params, ctx.src.source, (x) => ctx.text(x));
  if ('kind' in read) {
    if (read.kind === 'syntax') throw syntaxError(read.message, ctx.line(at));
    ctx.unsupported(
      read.message === 'annotations' ? 'annotations' : describeNode(read.message),
      at,
    );
  }
  const paramNames = read.names;
  const defaultNodes = read.defaults;
  const qualname = qualnameIn(scope, name);
  const bodyNodes = isLambda ? [bodyNode] : children(bodyNode);
  const names = {
    locals: [...paramNames],
    globals: new Set<string>(),
    nonlocals: new Set<string>(),
  };
  if (isLambda) collectGlobals(bodyNodes, names, (x) => ctx.text(x));
  else collectLocals(bodyNodes, names, (x) => ctx.text(x));
  const layout = ctx.layouts.get(scopeKey(at)) ?? { cells: [], frees: [] };
  const frame = frameLayout(names.locals, paramNames.length, layout);
  const inner: Scope = {
    kind: 'function',
    locals: frame.names,
    globals: names.globals,
    qualname,
    parent: scope,
    derefs: new Set([...layout.cells, ...layout.frees]),
    frees: layout.frees,
  };
  const savedLoop = ctx.loopDepth;
  ctx.loopDepth = 0;
  // A `yield` in the body makes a generator function: its body is compiled to be resumable.
  const isGenerator = !isLambda && bodyNodes.some(holdsYield);
  if (isGenerator) ctx.refuseGeneratorsInProfile(at);
  const [body, stackBytes, consts] = ctx.nestedUnit((): CodeBody => {
    // Compiled with the library (lateCore.ts): the setup defines no generator.
    if (isGenerator)
      return { k: 'generatorBody', body: lateCore(ctx.interp).resumableBody(ctx, bodyNode, inner) };
    if (!isLambda) return { k: 'plainBody', body: ctx.body(bodyNode, inner) };
    // A lambda's body is its expression, returned (no statement, so no line tick).
    return { k: 'plainBody', body: { k: 'return', value: ctx.expr(bodyNode, inner) } };
  });
  ctx.loopDepth = savedLoop;
  const code: NestedCode = {
    name,
    qualname,
    file: ctx.file,
    kind: 'function',
    localNames: inner.locals,
    paramCount: paramNames.length,
    signature: read.signature,
    firstLine,
    lines: ctx.lines,
    stackBytes,
    cellSlots: frame.cellSlots,
    freeStart: frame.freeStart,
    doc: isLambda ? null : docstringOf(bodyNodes, (x) => ctx.text(x)),
    consts,
    body,
  };
  const defaults = defaultNodes.length ? tupleOf(ctx, defaultNodes, scope) : null;
  const kwDefaults = read.kwDefaults.length
    ? read.kwDefaults.map((e) => ({ name: e.name, value: ctx.expr(e.value, scope) }))
    : null;
  const returns = isLambda ? undefined : children(at).find((c) => c.name === 'TypeDef');
  const annotated = [...read.annotations];
  if (returns?.lastChild) annotated.push({ name: 'return', value: returns.lastChild });
  const annotations = annotated.length
    ? annotated.map((a) => ({ name: a.name, value: ctx.expr(a.value, scope) }))
    : null;
  const closure = closureOf(layout.frees, scope);
  return { k: 'makeFunction', code, defaults, kwDefaults, annotations, closure };
}

/** The `__qualname__` of a function or a comprehension made in `scope` (co_qualname). */
export function qualnameIn(scope: Scope, name: string): string {
  return scope.kind === 'module'
    ? name
    : scope.kind === 'class'
      ? `${scope.qualname}.${name}`
      : `${scope.qualname}.<locals>.${name}`;
}

/** The slots of the cells a function with these free variables takes from this scope's frame. */
export function closureOf(frees: readonly string[], scope: Scope): readonly number[] | null {
  if (frees.length === 0) return null;
  const slots = frees.map((name) => scope.locals.indexOf(name));
  if (slots.some((i) => i < 0) || scope.kind === 'module')
    throw new Error(`closure of ${frees.join(', ')} outside a function`);
  return slots;
}
