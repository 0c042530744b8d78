/**
 * `__slots__` as CPython 3.11's type_new reads it, and attribute access on instances of such
 * classes. A class whose namespace defines `__slots__` (a str, or a tuple or list of strs) gets
 * one member descriptor per name, sorted (`Point.x` is `<member 'x' of 'Point' objects>`), and
 * its instances get neither a `__dict__` nor weak references unless `'__dict__'` /
 * `'__weakref__'` are among the names or a base already gives them. A subclass defined without
 * `__slots__` adds both again.
 */
import {
  PyDict,
  PyInstance,
  PyList,
  PyMemberDescriptor,
  PyStr,
  PyTuple,
  type Heap,
  type PyObject,
  type PyType,
} from '../engine';
import { NotSupported } from './errors';
import { invalidIdentifierIndex } from './identifiers';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';
import { storeClassAttr } from './classNamespace';

/** What a class's `__slots__` asks for, validated; `names` holds the members only. */
export interface SlotSpec {
  readonly names: readonly string[];
  readonly dict: boolean;
  readonly weakref: boolean;
}

/**
 * Reads and checks `__slots__` from a class body's namespace, with type_new's errors; null when
 * the class has none. Runs before the class object exists, so an error leaves nothing behind.
 */
export function readSlots(
  interp: Interpreter,
  ns: PyDict,
  base: PyType,
  isException: boolean,
  line: number,
): SlotSpec | null {
  const h = interp.heap;
  const declared = h.dictGet(ns, h.internedStr('__slots__'));
  if (!declared) return null;
  if (isException) throw new NotSupported('__slots__ in a subclass of a built-in exception', line);
  let items: readonly PyObject[];
  if (declared instanceof PyStr) items = [declared];
  else if (declared instanceof PyTuple || declared instanceof PyList) items = declared.items;
  else throw new NotSupported(`__slots__ given as a '${declared.type.name}'`, line);
  const names: string[] = [];
  let dict = false;
  let weakref = false;
  const baseHasDict = base.isHeapType && base.hasDict;
  const baseHasWeakref = base.isHeapType && base.hasWeakref;
  for (const item of items) {
    if (!(item instanceof PyStr))
      interp.raise('TypeError', `__slots__ items must be strings, not '${item.type.name}'`);
    const name = item.value;
    if (name === '' || invalidIdentifierIndex(name) >= 0)
      interp.raise('TypeError', '__slots__ must be identifiers');
    if (name === '__dict__') {
      if (baseHasDict || dict)
        interp.raise('TypeError', '__dict__ slot disallowed: we already got one');
      dict = true;
      continue;
    }
    if (name === '__weakref__') {
      if (baseHasWeakref || weakref)
        interp.raise(
          'TypeError',
          '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0',
        );
      weakref = true;
      continue;
    }
    // Private names are mangled (`__x` becomes `_Point__x`), which attribute access here is not.
    if (name.startsWith('__') && !name.endsWith('__'))
      throw new NotSupported(`the private name '${name}' in __slots__`, line);
    if (names.includes(name) || inheritedSlot(base, name))
      throw new NotSupported(`the slot '${name}' declared twice`, line);
    names.push(name);
  }
  for (const name of names) {
    if (h.dictGet(ns, h.internedStr(name)))
      interp.raise('ValueError', `'${name}' in __slots__ conflicts with class variable`);
  }
  return { names: [...names].sort(), dict, weakref };
}

function inheritedSlot(base: PyType, name: string): boolean {
  for (let t: PyType | null = base; t; t = t.base) if (t.slotNames.includes(name)) return true;
  return false;
}

/** A new class's layout: whether its instances have a `__dict__`, weak references, slots. */
export function setLayout(t: PyType, spec: SlotSpec | null): void {
  const base = t.base!;
  const baseHasDict = base.isHeapType && base.hasDict;
  const baseHasWeakref = base.isHeapType && base.hasWeakref;
  t.hasDict = baseHasDict || !spec || spec.dict;
  t.hasWeakref = baseHasWeakref || !spec || spec.weakref;
  t.hasSlots = base.hasSlots || (spec !== null && spec.names.length > 0);
  if (spec) t.slotNames = spec.names;
  t.instanceBytes = 0;
}

/** The member descriptors of the slots, after the body's attributes in the class's namespace. */
export function addMemberDescriptors(h: Heap, t: PyType, spec: SlotSpec): void {
  const descriptorType = h.lazyType('member_descriptor');
  for (const name of spec.names) {
    const d = h.track(new PyMemberDescriptor(h.allocAddress(0x40), descriptorType, t, name));
    h.incref(t, d, '__objclass__');
    storeClassAttr(h, t, name, d);
  }
}

/** The member descriptor that handles `name` on `o`, if its class has one. */
export function memberFor(o: PyInstance, name: string): PyMemberDescriptor | null {
  const d = lookupTypeAttr(o.type, name);
  return d instanceof PyMemberDescriptor && d.owner && o.type.isSubtypeOf(d.owner) ? d : null;
}

/** member_set: stores a new reference in the slot, then releases the old value. */
export function setSlot(h: Heap, o: PyInstance, name: string, v: PyObject): void {
  const slots = (o.slots ??= new Map());
  const old = slots.get(name);
  h.incref(v, o, name);
  slots.set(name, v);
  if (old) h.decref(old, o, name);
}

/** member_delete: false when the slot was not set (CPython's `AttributeError(name)`). */
export function deleteSlot(h: Heap, o: PyInstance, name: string): boolean {
  const old = o.slots?.get(name);
  if (!old) return false;
  o.slots!.delete(name);
  h.decref(old, o, name);
  return true;
}

/**
 * The AttributeError of storing or deleting an attribute that is not a slot on an instance
 * without `__dict__`: a class attribute there is "read-only".
 */
export function noSlotMessage(o: PyInstance, name: string): string {
  return lookupTypeAttr(o.type, name)
    ? `'${o.type.name}' object attribute '${name}' is read-only`
    : `'${o.type.name}' object has no attribute '${name}'`;
}

/**
 * The class whose `__weakref__` descriptor instances of `t` use (the nearest class that added
 * it), or null when they have none: built-in types' instances (exceptions included) and classes
 * whose `__slots__` left it out.
 */
export function weakrefSlotOwner(t: PyType): PyType | null {
  if (!t.isHeapType || !t.hasWeakref) return null;
  let c = t;
  while (c.base && c.base.isHeapType && c.base.hasWeakref) c = c.base;
  return c;
}
