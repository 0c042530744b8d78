/**
 * The `copy` module: copy.py's own Python (copySource.ts) over a few natives standing in for
 * what it reaches in C: object.__reduce_ex__(4) of an instance (copyreg.__newobj__, the class,
 * the instance's __dict__ — materialised — or None, and the `__slotnames__` list copyreg caches
 * on the class), set.__reduce__, copyreg.__newobj__ and list/dict/set.copy. What copy.py would
 * reduce in ways Heapscope does not model is refused by name.
 */
import { PyDict, PyInstance, PyList, PySet, PyTuple, PyType, type PyObject } from '../../engine';
import { isFrozenset } from '../frozenset';
import type { Interpreter } from '../interpreter';
import { NotSupported } from '../errors';
import { setAdd, typeMethods } from '../methods';
import { lookupTypeAttr } from '../typeAttr';
import { moduleFunction } from './moduleObject';
import type { FirstImportModule } from './firstImport';
import { programLine } from './programLine';
import { COPY_SOURCE } from './copySource';

export const COPY: FirstImportModule = {
  install(interp, m) {
    for (const [k, v] of Object.entries(copyNatives(interp))) interp.setName(m.dict, k, v);
    interp.execLibrarySource(COPY_SOURCE, 'copy.py', m.dict);
  },
  refused: [
    'dispatch_table',
    '_copy_immutable_types',
    '_deepcopy_method',
    'PyStringMap',
    '__all__',
    '__builtins__',
    '__cached__',
    '__doc__',
    '__file__',
    '__loader__',
    '__package__',
    '__spec__',
  ],
};

function refuse(interp: Interpreter, what: string): never {
  throw new NotSupported(what, programLine(interp));
}

function copyNatives(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const one = (name: string, call: (x: PyObject) => PyObject) =>
    moduleFunction(interp, {
      name,
      qualname: name,
      arity: [1, 1],
      call: (_interp, args) => call(args[0]!),
    });
  const weakref = interp.modules.get('weakref')!;
  const refType = h.dictGet(weakref.dict, interp.key('ref'))!;
  h.incref(refType);
  return {
    _weakref_type: refType,
    _copy_list: one('_copy_list', (x) => {
      const items = (x as PyList).items.slice();
      for (const v of items) h.incref(v);
      return h.newList(items);
    }),
    _copy_dict: one('_copy_dict', (x) =>
      interp.callWith(typeMethods(interp, h.types.dict).get('copy')!, [x], null, interp.frame),
    ),
    _copy_set: one('_copy_set', (x) => {
      const s = h.newSet();
      for (const v of (x as PySet).ordered()) setAdd(interp, s, v);
      return s;
    }),
    _newobj: moduleFunction(interp, {
      name: '__newobj__',
      qualname: '__newobj__',
      call: (interp, args) => {
        const cls = args[0]!;
        if (cls instanceof PyType && cls.isHeapType && cls.isSubtypeOf(h.types.tuple)) {
          // A named tuple: cls.__new__(cls, *args).
          const make = interp.getAttr(cls, '__new__');
          try {
            return interp.callWith(make, args.slice(), null, interp.frame);
          } finally {
            h.decref(make);
          }
        }
        if (args.length !== 1 || !(cls instanceof PyType) || !cls.isHeapType)
          refuse(interp, 'copyreg.__newobj__ of this class');
        return interp.newInstance(cls, []);
      },
    }),
    _reduce_ex: one('_reduce_ex', (x) => reduceEx(interp, x, newobjOf(interp))),
  };
}

/** The copy module's `_newobj` (copyreg.__newobj__), borrowed. */
function newobjOf(interp: Interpreter): PyObject {
  return interp.heap.dictGet(interp.modules.get('copy')!.dict, interp.key('_newobj'))!;
}

/**
 * `x.__reduce_ex__(4)` for what Heapscope can copy: an instance of a Python class
 * (copyreg.__newobj__, (cls,), its __dict__ or None) and a set or frozenset ((type(x), (list(x),),
 * None)).
 */
function reduceEx(interp: Interpreter, x: PyObject, newobj: PyObject): PyObject {
  const h = interp.heap;
  if (x instanceof PySet && (x.type === h.types.set || isFrozenset(x))) {
    const items = x.ordered().slice();
    for (const v of items) h.incref(v);
    const keys = h.newList(items);
    const args = h.newTuple([keys]);
    h.incref(x.type);
    return h.newTuple([x.type, args, h.none()]);
  }
  if (x instanceof PyTuple && x.type.isHeapType) return reduceNamedTuple(interp, x, newobj);
  if (!(x instanceof PyInstance) || !x.type.isHeapType || x.args)
    refuse(interp, `copying a '${x.type.name}' object`);
  const cls = x.type;
  for (const name of ['__reduce_ex__', '__reduce__', '__getstate__', '__getnewargs__']) {
    if (lookupTypeAttr(cls, name)) refuse(interp, `copying an object whose class defines ${name}`);
  }
  for (let t: PyType | null = cls; t; t = t.base) {
    if (t.hasSlots) refuse(interp, 'copying an instance of a class with __slots__');
    if (!t.isHeapType && t !== h.types.object) refuse(interp, `copying a '${cls.name}' object`);
  }
  h.incref(newobj);
  h.incref(cls);
  const newargs = h.newTuple([cls]);
  cacheSlotNames(interp, cls);
  // object_getstate: None for an empty instance dict, else the dict itself (materialised).
  const empty = x.dict ? (x.dict as PyDict).size === 0 : x.attributes().length === 0;
  const state = empty ? h.none() : interp.getAttr(x, '__dict__');
  return h.newTuple([newobj, newargs, state, h.none(), h.none()]);
}

/** copyreg._slotnames caches the class's (empty) list of slot names on the class. */
function cacheSlotNames(interp: Interpreter, cls: PyType): void {
  if (cls.attrs.has('__slotnames__')) return;
  const names = interp.heap.newList([]);
  interp.setAttr(cls, '__slotnames__', names);
  interp.heap.decref(names);
}

/**
 * reduce_newobj of a named tuple (a tuple subclass with `__slots__ = ()`): copyreg.__newobj__,
 * `(cls, *x.__getnewargs__())`, and no state.
 */
function reduceNamedTuple(interp: Interpreter, x: PyTuple, newobj: PyObject): PyObject {
  const h = interp.heap;
  const cls = x.type;
  for (const name of ['__reduce_ex__', '__reduce__', '__getstate__']) {
    if (lookupTypeAttr(cls, name)) refuse(interp, `copying an object whose class defines ${name}`);
  }
  const getnewargs = lookupTypeAttr(cls, '__getnewargs__');
  if (!getnewargs) return refuse(interp, `copying a '${cls.name}' object`);
  const args = interp.callWith(getnewargs, [x], null, interp.frame);
  if (!(args instanceof PyTuple)) {
    h.decref(args);
    return refuse(interp, 'copying an object whose __getnewargs__ returns no tuple');
  }
  for (const v of args.items) h.incref(v);
  h.incref(cls);
  const newargs = h.newTuple([cls, ...args.items]);
  h.decref(args);
  cacheSlotNames(interp, cls);
  h.incref(newobj);
  return h.newTuple([newobj, newargs, h.none(), h.none(), h.none()]);
}
