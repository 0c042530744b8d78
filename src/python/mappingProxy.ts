/**
 * `C.__dict__` and `vars(C)`: a new mappingproxy of the class's namespace each time, holding the
 * dict itself (descrobject.c). Every method forwards to the dict, so what it gives (views,
 * iterators, copies) is the dict's own and holds the dict, as in CPython; item assignment and
 * deletion raise TypeError, and `|` works on the dicts behind the proxies.
 */
import { PyMappingProxy, type PyObject, type PyType } from '../engine';
import type { Kw } from './builtins';
import type { Interpreter } from './interpreter';
import { getIter } from './iteration';
import { typeMethods, type MethodFn } from './methods';
import { contains } from './operators';
import { getItem } from './objectItems';

/** A new mappingproxy of the namespace of a class statement's (or named tuple's) class. */
export function classDictProxy(interp: Interpreter, t: PyType): PyMappingProxy {
  const h = interp.heap;
  const namespace = t.namespace!;
  const proxy = new PyMappingProxy(h.allocAddress(0x28), h.lazyType('mappingproxy'), namespace);
  h.incref(namespace, proxy, 'mapping');
  return h.track(proxy);
}

function self(args: PyObject[]): PyMappingProxy {
  return args[0] as PyMappingProxy;
}

/** A METH_NOARGS method: "takes no keyword arguments", "takes no arguments (n given)". */
function noArguments(interp: Interpreter, name: string, args: PyObject[], kw: Kw): void {
  if (kw?.length) interp.raise('TypeError', `mappingproxy.${name}() takes no keyword arguments`);
  if (args.length > 1)
    interp.raise(
      'TypeError',
      `mappingproxy.${name}() takes no arguments (${args.length - 1} given)`,
    );
}

/** A slot wrapper's check (`m.__len__(1)`): "expected n arguments, got m". */
function slotArity(interp: Interpreter, name: string, args: PyObject[], kw: Kw, n: number): void {
  if (kw?.length) interp.raise('TypeError', `wrapper ${name}() takes no keyword arguments`);
  if (args.length - 1 !== n)
    interp.raise(
      'TypeError',
      `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`,
    );
}

/** A method taking no arguments that calls the dict's own (its views and copies hold the dict). */
function forwarded(name: string): MethodFn {
  return (interp, args, kw) => {
    noArguments(interp, name, args, kw);
    const method = typeMethods(interp, interp.heap.types.dict).get(name)!;
    return interp.callWith(method, [self(args).mapping], null, interp.frame);
  };
}

export const MAPPINGPROXY_METHODS: Record<string, MethodFn> = {
  __getitem__(interp, args, kw) {
    slotArity(interp, '__getitem__', args, kw, 1);
    return getItem(interp, self(args).mapping, args[1]!);
  },
  __len__(interp, args, kw) {
    slotArity(interp, '__len__', args, kw, 0);
    return interp.heap.newInt(self(args).mapping.size);
  },
  __contains__(interp, args, kw) {
    slotArity(interp, '__contains__', args, kw, 1);
    return interp.heap.bool(contains(interp, self(args).mapping, args[1]!));
  },
  __iter__(interp, args, kw) {
    slotArity(interp, '__iter__', args, kw, 0);
    return getIter(interp, self(args).mapping);
  },
  get(interp, args, kw) {
    if (kw?.length) interp.raise('TypeError', 'mappingproxy.get() takes no keyword arguments');
    const n = args.length - 1;
    if (n < 1) interp.raise('TypeError', `get expected at least 1 argument, got ${n}`);
    if (n > 2) interp.raise('TypeError', `get expected at most 2 arguments, got ${n}`);
    const h = interp.heap;
    const v = interp.hashGuard(() => h.dictGet(self(args).mapping, args[1]!));
    const out = v ?? args[2] ?? h.None;
    h.incref(out);
    return out;
  },
  keys: forwarded('keys'),
  values: forwarded('values'),
  items: forwarded('items'),
  copy: forwarded('copy'),
};
