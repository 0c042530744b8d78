/** `import m` and `from m import a`. */
import type { SyntaxNode } from '@lezer/common';
import type { Import, ImportFrom } from '../ir/functions';
import { isRefusedMember, MODULE_NAMES } from '../modules';
import type { CompileContext, Scope } from './context';
import { children } from './syntax';
import { storeName } from './names';

/**
 * The names an import lists, each with the name it is bound to: `a`, `a as b`, and for a plain
 * import the dotted `a.b` (its parts). Parentheses and commas are left out.
 */
function aliases(
  ctx: CompileContext,
  nodes: readonly SyntaxNode[],
): { path: string[]; bound: string }[] {
  const out: { path: string[]; bound: string }[] = [];
  let path: string[] = [];
  let bound: string | null = null;
  const end = () => {
    if (path.length) out.push({ path, bound: bound ?? path[0]! });
    path = [];
    bound = null;
  };
  for (let i = 0; i < nodes.length; i++) {
    const c = nodes[i]!;
    if (c.name === ',') end();
    else if (c.name === 'as') bound = ctx.text(nodes[++i]!);
    else if (c.name === 'VariableName') path.push(ctx.text(c));
  }
  end();
  return out;
}

export function importStatement(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
): Import | ImportFrom {
  const parts = children(n);
  const interp = ctx.interp;
  if (parts[0]!.name === 'from') {
    const moduleName = ctx.text(parts[1]!);
    if (!MODULES.has(moduleName)) ctx.unsupported(`import of module '${moduleName}'`, n);
    if (parts.some((c) => c.name === '*')) ctx.unsupported("'from ... import *'", n);
    const names = aliases(ctx, parts.slice(3));
    for (const { path } of names) {
      if (isRefusedMember(interp, moduleName, path[0]!))
        ctx.unsupported(`${moduleName}.${path[0]!}`, n);
    }
    // IMPORT_FROM of each name, stored under its own name or the one after `as`.
    return {
      k: 'importFrom',
      module: moduleName,
      names: names.map(({ path, bound }) => ({
        name: path[0]!,
        store: storeName(ctx, bound, scope),
      })),
    };
  }
  const names = aliases(ctx, parts.slice(1));
  // None of the supported modules is a package: `import a.b` names a submodule Heapscope lacks.
  if (names.some(({ path }) => path.length > 1))
    ctx.unsupported('import of a dotted module name', n);
  for (const { path } of names)
    if (!MODULES.has(path[0]!)) ctx.unsupported(`import of module '${path[0]!}'`, n);
  // IMPORT_NAME, then the store of the module under its name or the one after `as`.
  return {
    k: 'import',
    modules: names.map(({ path, bound }) => ({
      name: path[0]!,
      store: storeName(ctx, bound, scope),
    })),
  };
}

const MODULES = new Set<string>(MODULE_NAMES);
