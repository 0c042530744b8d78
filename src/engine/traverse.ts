/**
 * tp_traverse: the references each kind of object reports to the collector, in CPython 3.11's
 * order (lists and tuples last to first; a dict with only str keys reports only its values, other
 * dicts value then key; an instance its attribute values, then its class). gc.get_referents and
 * the collector both see the heap through this function.
 */
import { valueOrder } from './dictOrder';
import {
  PyBuiltin,
  PyDict,
  PyDictView,
  PyFunction,
  PyCell,
  PyInstance,
  PyIterator,
  PyList,
  PyMethod,
  PyModule,
  PyObject,
  PySet,
  PySlice,
  PyTuple,
  PyWeakref,
  PyWeakContainer,
  PyFinalize,
  PyMemberDescriptor,
  PyType,
} from './objects';
import { slotValuesInOrder } from './slotLayout';
import { PyIterObject, traverseIterObject } from './iterObjects';
import { PyGenerator, traverseGenerator } from './generatorObject';
import { PyFrameObject, PyTraceback, traverseFrameOrTraceback } from './frameObjects';
import { PyWrapperObject } from './wrapperObjects';
import { PyNativeObject, traverseNative } from './nativeObjects';
import { PyDeque } from './dequeObject';
import { PyCounter, PyDefaultDict } from './defaultDict';

export type Visit = (target: PyObject) => void;

export function traverse(o: PyObject, visit: Visit): void {
  if (o instanceof PyList || o instanceof PyTuple) {
    // subtype_traverse of a tuple subclass (a named tuple): its class, then tupletraverse.
    if (o.type.isHeapType) visit(o.type);
    const items = o.items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
  } else if (o instanceof PyDict) {
    // defdict_traverse: the factory, then the dict's own traverse.
    if (o instanceof PyDefaultDict && o.factory) visit(o.factory);
    // A Counter is an instance of a Python class: subtype_traverse visits its class first.
    if (o instanceof PyCounter) visit(o.type);
    for (const e of valueOrder(o)) {
      if (!e) continue;
      visit(e.value);
      if (!o.strKeysOnly) visit(e.key);
    }
  } else if (o instanceof PyInstance) {
    // subtype_traverse: the slots (the class's own first, then each base's), then the dict.
    if (o.slots) for (const [, v] of slotValuesInOrder(o)) visit(v);
    if (o.dict) visit(o.dict);
    else
      for (const name of o.type.attrOrder) {
        const v = o.attrs.get(name);
        if (v) visit(v);
      }
    if (o.args) visit(o.args);
    if (o.traceback) visit(o.traceback);
    if (o.type.isHeapType) visit(o.type);
  } else if (o instanceof PyFunction) {
    // func_traverse: globals, module, defaults, kwdefaults, doc, dict, closure, annotations.
    visit(o.globals);
    if (o.module) visit(o.module);
    if (o.defaults) visit(o.defaults);
    if (o.kwdefaults) visit(o.kwdefaults);
    if (o.doc) visit(o.doc);
    if (o.dict) visit(o.dict);
    if (o.closure) visit(o.closure);
    if (o.annotations) visit(o.annotations);
  } else if (o instanceof PyCell) {
    if (o.contents) visit(o.contents);
  } else if (o instanceof PyMethod) {
    visit(o.func);
    visit(o.self);
  } else if (o instanceof PyBuiltin) {
    if (o.self) visit(o.self);
  } else if (o instanceof PySet) {
    for (const m of o.ordered()) visit(m);
  } else if (o instanceof PyWeakref) {
    if (o.callback) visit(o.callback);
    if (o.key) visit(o.key);
  } else if (o instanceof PyIterator) {
    if (o.seq) visit(o.seq);
    if (o.result) visit(o.result);
  } else if (o instanceof PyDictView) {
    visit(o.dict);
  } else if (o instanceof PyModule) {
    visit(o.dict);
  } else if (o instanceof PyType) {
    // type_traverse: tp_dict (here: the namespace stand-in, the attributes and descriptors),
    // tp_mro, tp_bases, tp_base.
    for (const v of o.internals) visit(v);
    for (const v of o.attrs.values()) visit(v);
    if (o.base?.isHeapType) visit(o.base);
  } else if (o instanceof PyWeakContainer) {
    if (o.data) visit(o.data);
    if (o.remover) visit(o.remover);
  } else if (o instanceof PyFinalize) {
    if (o.ref) visit(o.ref);
    if (o.func) visit(o.func);
    if (o.args) visit(o.args);
    if (o.kwargs) visit(o.kwargs);
  } else if (o instanceof PyMemberDescriptor) {
    if (o.owner) visit(o.owner);
  } else if (o instanceof PyIterObject) {
    traverseIterObject(o, visit);
  } else if (o instanceof PyGenerator) {
    traverseGenerator(o, visit);
  } else if (o instanceof PyTraceback || o instanceof PyFrameObject) {
    traverseFrameOrTraceback(o, visit);
  } else if (o instanceof PyWrapperObject) {
    for (const f of o.fields) if (f) visit(f);
  } else if (o instanceof PyNativeObject) {
    traverseNative(o, visit);
  } else if (o instanceof PyDeque) {
    // deque_traverse: left to right.
    for (const v of o.items) visit(v);
  } else if (o instanceof PySlice) {
    visit(o.start);
    visit(o.stop);
    visit(o.step);
  }
}

/** Is this a GC type in CPython (can it ever be tracked)? Numbers, strs, ranges: no. */
export function isGcType(o: PyObject): boolean {
  if (o.gcClass) return true;
  if (o instanceof PyBuiltin) return o.self !== null;
  return o instanceof PyType && o.isHeapType;
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object that is, or could become, tracked. */
export function mayBeTracked(o: PyObject): boolean {
  if (!isGcType(o)) return false;
  return !(o instanceof PyTuple) || o.gcNext !== null;
}
