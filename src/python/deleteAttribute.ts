/**
 * `del o.name` (PyObject_SetAttr with no value): an instance's slot, a data descriptor of its
 * class, its dict or inline values; a function's fields and dict; a class's namespace; a native
 * object's own behaviour. The setup never deletes an attribute, so this loads with the library
 * (lateCore.ts); Interpreter.delAttr forwards here.
 */
import {
  PyCounter,
  PyFunction,
  PyInstance,
  PyNativeObject,
  PyType,
  PyWeakref,
  type PyObject,
} from '../engine';
import type { BuiltinImpl } from './builtins';
import { deleteClassAttr } from './classNamespace';
import { descriptorSet } from './descriptors';
import { NotSupported } from './errors';
import { setFunctionField } from './functionAttributes';
import type { Interpreter } from './interpreter';
import { typeMethods } from './methods';
import { proxyTarget } from './modules/weakrefProxy';
import { nativeBehaviours } from './nativeTypes';
import { deleteSlot, memberFor, noSlotMessage } from './slots';
import { lookupTypeAttr } from './typeAttr';
import { typeGetsetStore } from './typeGetsets';

export function deleteAttribute(interp: Interpreter, o: PyObject, name: string): void {
  const h = interp.heap;
  if (o instanceof PyWeakref && o.kind === 'proxy')
    return deleteAttribute(interp, proxyTarget(interp, o), name);
  // object_set_class without a value.
  if (name === '__class__') interp.raise('TypeError', "can't delete __class__ attribute");
  if (o instanceof PyInstance) {
    if (o.type.hasSlots && memberFor(o, name)) {
      if (!deleteSlot(h, o, name)) interp.raise('AttributeError', name);
      return;
    }
    const classAttr = lookupTypeAttr(o.type, name);
    if (classAttr && descriptorSet(interp, classAttr, o, null)) return;
    if (!o.type.hasDict) interp.raise('AttributeError', noSlotMessage(o, name));
    if (o.dict) {
      if (!h.dictDelete(o.dict, interp.key(name)))
        interp.raise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
      return;
    }
    const old = o.deleteAttribute(name);
    if (!old) interp.raise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
    h.decref(old, o, name);
    return;
  }
  const native = o instanceof PyNativeObject ? nativeBehaviours.get(o.type) : undefined;
  if (native?.setAttr) return native.setAttr(interp, o as PyNativeObject, name, null);
  if (o instanceof PyFunction && name !== '__dict__' && setFunctionField(interp, o, name, null))
    return;
  if (o instanceof PyFunction && o.dict && h.dictDelete(o.dict, interp.key(name))) return;
  if (o instanceof PyType) return deleteTypeAttribute(interp, o, name);
  const heapClassAttr = o.type.isHeapType ? lookupTypeAttr(o.type, name) : null;
  if (heapClassAttr && descriptorSet(interp, heapClassAttr, o, null)) return;
  if (
    o instanceof PyCounter ||
    (typeMethods(interp, o.type).get(name)?.impl as BuiltinImpl | undefined)?.isProperty
  )
    throw new NotSupported(`del of the attribute '${name}'`, interp.frame?.lineno ?? 0);
  interp.raise(
    'AttributeError',
    `'${o.type.cName ?? o.type.name}' object has no attribute '${name}'`,
  );
}

/**
 * type_setattro with no value: a built-in class is immutable; `type`'s own data descriptors come
 * first (typeGetsets.ts); then a metaclass's descriptor, then the class's dict.
 */
function deleteTypeAttribute(interp: Interpreter, t: PyType, name: string): void {
  if (!t.isHeapType)
    interp.raise('TypeError', `cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (typeGetsetStore(interp, t, name, null)) return;
  const metaAttr = t.type.isHeapType ? lookupTypeAttr(t.type, name) : null;
  if (metaAttr && descriptorSet(interp, metaAttr, t, null)) return;
  if (deleteClassAttr(interp.heap, t, name)) return;
  // The namespace's `__weakref__` descriptor (PyType_Ready's) is not one of the class's attributes here.
  if (name === '__weakref__')
    throw new NotSupported(`del of a class's '__weakref__'`, interp.frame?.lineno ?? 0);
  interp.raise('AttributeError', `type object '${t.name}' has no attribute '${name}'`);
}
