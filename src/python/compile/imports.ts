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

export function importStatement(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const parts = children(n);
  const interp = ctx.interp;
  const h = interp.heap;
  if (parts[0]!.name === 'from') {
    const moduleName = ctx.text(parts[1]!);
    if (!MODULES.has(moduleName)) ctx.unsupported(`import of module '${moduleName}'`, n);
    const names = parts.slice(3).filter((c) => c.name === 'VariableName');
    if (parts.some((c) => c.name === 'as')) ctx.unsupported("'import ... as'", n);
    if (parts.some((c) => c.name === '*')) ctx.unsupported("'from ... import *'", n);
    for (const x of names) {
      if (isRefusedMember(interp, moduleName, ctx.text(x)))
        ctx.unsupported(`${moduleName}.${ctx.text(x)}`, n);
    }
    const stores = names.map((x) => [ctx.text(x), storeName(ctx, ctx.text(x), scope)] as const);
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
  if (parts.some((c) => c.name === 'as')) ctx.unsupported("'import ... as'", n);
  const names = parts.filter((c) => c.name === 'VariableName').map((x) => ctx.text(x));
  if (parts.some((c) => c.name === '.')) ctx.unsupported('import of a dotted module name', n);
  for (const name of names)
    if (!MODULES.has(name)) ctx.unsupported(`import of module '${name}'`, n);
  const stores = names.map((name) => [name, storeName(ctx, name, scope)] as const);
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
