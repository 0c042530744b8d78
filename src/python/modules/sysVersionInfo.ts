/**
 * `sys.version_info`, the library's part of sys (joined to the core's sys module when the library
 * is attached): a struct sequence, an instance of the tuple subclass `sys.version_info` holding
 * the profile's version (3.11.7, 3.12.1 or 2.7.18, the pythons the profiles were measured
 * against), so `sys.version_info[:2]`, `.major` and `sys.version_info >= (3, 8)` are a tuple's.
 * The interpreter's own object, untracked as CPython's is after start-up.
 */
import { PyTuple, type PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { registerTypeMethods, type MethodFn } from '../methods';
import { staticType } from './weakrefObjects';

const FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'] as const;

const VERSIONS = { '2.7': [2, 7, 18], '3.11': [3, 11, 7], '3.12': [3, 12, 1] } as const;

export function sysLibraryMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const t = staticType(interp, 'version_info', h.types.tuple, 'sys');
  t.cName = 'sys.version_info';
  const table: Record<string, MethodFn> = {
    __new__: (interp) => interp.raise('TypeError', "cannot create 'sys.version_info' instances"),
    __repr__(interp, args) {
      const items = (args[0] as PyTuple).items;
      const fields = FIELDS.map((name, i) => `${name}=${interp.reprOf(items[i]!)}`);
      return h.newStr(`sys.version_info(${fields.join(', ')})`);
    },
  };
  const readonly: Record<string, (interp: Interpreter) => void> = {};
  FIELDS.forEach((name, i) => {
    table[name] = (_interp, args) => {
      const v = (args[0] as PyTuple).items[i]!;
      h.incref(v);
      return v;
    };
    readonly[name] = (interp) => interp.raise('AttributeError', 'readonly attribute');
  });
  registerTypeMethods(interp, t, table, FIELDS, {}, readonly);
  const [major, minor, micro] = VERSIONS[h.profile.name];
  const items = [h.newInt(major), h.newInt(minor), h.newInt(micro), h.newStr('final', true)];
  items.push(h.newInt(0));
  for (const o of items) o.interned = true;
  const v = new PyTuple(h.allocAddress(), t, items);
  v.interned = true;
  h.live?.add(v);
  return { version_info: v };
}
