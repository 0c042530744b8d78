/**
 * An attribute CPython's built-in types provide but Heapscope does not implement: refused with
 * NotSupported naming it, where CPython would have found it (never a wrong AttributeError). An
 * object is checked against its type and that type's built-in bases (a user class inherits
 * object's attributes, a user exception BaseException's); a class also against `type`'s.
 */
import { PyType, type PyObject } from '../engine';
import { NotSupported } from './errors';
import { TEXT_IO_ATTRIBUTES } from './modules/sysStreams';
import type { Interpreter } from './interpreter';
import { libraryOf } from './library';

type AttributeTable = Readonly<Record<string, ReadonlySet<string>>>;

function builtinOwner(table: AttributeTable, t: PyType, name: string): string | null {
  for (let c: PyType | null = t; c; c = c.base) {
    if (!c.isHeapType && table[c.name]?.has(name)) return c.name;
    if (c.moduleName === '_io' && TEXT_IO_ATTRIBUTES.has(name)) return c.name;
  }
  return null;
}

export function refuseMissingAttribute(interp: Interpreter, o: PyObject, name: string): void {
  const table = libraryOf(interp).cpythonTypeAttributes;
  const owner =
    o instanceof PyType
      ? (builtinOwner(table, o, name) ?? (table.type!.has(name) ? 'type' : null))
      : builtinOwner(table, o.type, name);
  if (owner) throw new NotSupported(`the attribute '${owner}.${name}'`, interp.frame?.lineno ?? 0);
}
