/** `import m` and `from m import a`. */
import type { SyntaxNode } from '@lezer/common';
import { PyModule, STACK } from '../../engine';
import { Signal, type Ex } from '../frame';
import {
  importModule,
  isRefusedMember,
  missingImport,
  MODULE_NAMES,
  refuseMissingMember,
} from '../modules';
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

export function importStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const parts = children(n);
  const interp = ctx.interp;
  const h = interp.heap;
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
    const stores = names.map(
      ({ path, bound }) => [path[0]!, ctx.backend.store(storeName(ctx, bound, scope))] as const,
    );
    return (f) => {
      const m = importModule(interp, moduleName);
      // Refusals come before any name is bound; a name CPython lacks too fails in turn.
      for (const [name] of stores)
        if (!h.dictGet(m.dict, interp.key(name))) refuseMissingMember(interp, moduleName, name);
      for (const [name, store] of stores) {
        const v = h.dictGet(m.dict, interp.key(name)) ?? missingImport(interp, moduleName, name);
        h.incref(v, STACK);
        store(f, v);
      }
      return Signal.Normal;
    };
  }
  const names = aliases(ctx, parts.slice(1));
  // None of the supported modules is a package: `import a.b` names a submodule Heapscope lacks.
  if (names.some(({ path }) => path.length > 1))
    ctx.unsupported('import of a dotted module name', n);
  for (const { path } of names)
    if (!MODULES.has(path[0]!)) ctx.unsupported(`import of module '${path[0]!}'`, n);
  // IMPORT_NAME, then the store of the module under its name or the one after `as`.
  const stores = names.map(
    ({ path, bound }) => [path[0]!, ctx.backend.store(storeName(ctx, bound, scope))] as const,
  );
  return (f) => {
    for (const [name, store] of stores) {
      const m: PyModule = importModule(interp, name);
      h.incref(m, STACK);
      store(f, m);
    }
    return Signal.Normal;
  };
}

const MODULES = new Set<string>(MODULE_NAMES);
