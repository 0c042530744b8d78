/** `class`: the body's code unit, its bases, and the store of the class made. */
import type { SyntaxNode } from '@lezer/common';
import type { ClassDef, Decorator, NestedCode } from '../ir/functions';
import { collectGlobals, scopeKey } from '../scopes';
import { docstringOf } from '../docstrings';
import type { CompileContext, Scope } from './context';
import { children, isOperand } from './syntax';
import { storeName } from './names';

/** `decorators`: a decorated class's, already lowered (functions.ts `decorated`). */
export function classDef(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
  decorators: readonly Decorator[] = [],
): ClassDef {
  const parts = children(n);
  const name = ctx.text(parts[1]!);
  const argList = parts.find((c) => c.name === 'ArgList');
  const baseNodes = argList ? children(argList).filter(isOperand) : [];
  if (argList && children(argList).some((c) => c.name === 'AssignOp'))
    ctx.unsupported('class keyword arguments', n);
  const bases = baseNodes.map((x) => ctx.expr(x, scope));
  const qualname =
    scope.kind === 'module'
      ? name
      : scope.kind === 'function'
        ? `${scope.qualname}.<locals>.${name}`
        : `${scope.qualname}.${name}`;
  // In a function, the body's frame takes the cells its reads and its methods need.
  const layout = ctx.layouts.get(scopeKey(n)) ?? { cells: [], frees: [] };
  // The implicit `__class__` cell (methods using super() read it) comes first, as a cell variable.
  const classCell = layout.cells.includes('__class__');
  const inner: Scope = {
    kind: 'class',
    locals: [...(classCell ? ['__class__'] : []), ...layout.frees],
    globals: new Set(),
    qualname,
    parent: scope,
    frees: layout.frees,
    classDerefs: new Set(layout.classDerefs ?? []),
  };
  const outerSlots = layout.frees.map((x) => scope.locals.indexOf(x));
  const bodyNode = parts[parts.length - 1]!;
  collectGlobals(children(bodyNode), inner, (x) => ctx.text(x));
  const savedLoop = ctx.loopDepth;
  ctx.loopDepth = 0;
  const [body, stackBytes, consts] = ctx.nestedUnit(() =>
    ctx.withAnnotations(children(bodyNode), ctx.body(bodyNode, inner)),
  );
  ctx.loopDepth = savedLoop;
  const code: NestedCode = {
    name,
    qualname,
    file: ctx.file,
    kind: 'class',
    localNames: inner.locals,
    paramCount: 0,
    firstLine: ctx.line(n),
    doc: docstringOf(children(bodyNode), (x) => ctx.text(x)),
    lines: ctx.lines,
    stackBytes,
    freeStart: 0,
    consts,
    body: { k: 'plainBody', body },
  };
  const store = storeName(ctx, name, scope);
  return {
    k: 'classDef',
    decorators,
    bases,
    code,
    classCell,
    outerSlots,
    line: ctx.line(n),
    store,
  };
}
