/** Closures of `import m` and `from m import a`. */
import { PyModule, STACK } from '../../engine';
import { Signal, type Ex } from '../frame';
import { importModule, missingImport, refuseMissingMember } from '../modules';
import type { Import, ImportFrom } from '../ir/functions';
import type { Builders } from './backend';

export const IMPORT_STMTS: Builders<Import | ImportFrom, Ex> = {
  import: (n, b) => {
    const stores = n.modules.map(({ name, store }) => [name, b.store(store)] as const);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      for (const [name, store] of stores) {
        const m: PyModule = importModule(interp, name);
        h.incref(m, STACK);
        store(f, m);
      }
      return Signal.Normal;
    };
  },
  importFrom: (n, b) => {
    const moduleName = n.module;
    const stores = n.names.map(({ name, store }) => [name, b.store(store)] as const);
    const interp = b.interp;
    const h = b.heap;
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
  },
};
