/** The importable modules, each a real module object on the heap. */
import { PyModule, type PyObject } from '../../engine';
import type { BuiltinImpl } from '../builtins';
import type { Interpreter } from '../interpreter';
import { gcMembers } from './gc';
import { sysMembers } from './sys';
import { weakrefMembers } from './weakref';
import { JSON_REFUSED, jsonMembers } from './json';
import { PPRINT_REFUSED, pprintMembers } from './pprint';
import { COLLECTIONS_REFUSED, collectionsMembers } from './collections';

export const MODULE_NAMES = ['sys', 'gc', 'weakref', 'json', 'pprint', 'collections'] as const;

/**
 * Members of the supported modules that CPython has and Heapscope does not run: using one is a
 * NotSupported refusal naming it, never an AttributeError CPython would not raise. get_objects,
 * get_stats and get_freeze_count report the interpreter's own start-up objects and collections,
 * which a simulated heap does not have (gc.freeze and gc.unfreeze themselves run).
 */
export const REFUSED_MODULE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  gc: ['get_objects', 'get_stats', 'get_freeze_count'],
  json: JSON_REFUSED,
  pprint: PPRINT_REFUSED,
  collections: COLLECTIONS_REFUSED,
  'json.decoder': [
    'JSONDecoder',
    'JSONArray',
    'JSONObject',
    'scanstring',
    'py_scanstring',
    'c_scanstring',
    'scanner',
    'NaN',
    'PosInf',
    'NegInf',
    'WHITESPACE',
    'BACKSLASH',
    'FLAGS',
  ],
};

export function newModule(
  interp: Interpreter,
  name: string,
  members: Record<string, PyObject>,
): PyModule {
  const m = interp.heap.newModule(name);
  m.interned = true;
  interp.setName(m.dict, '__name__', interp.heap.newStr(name, true));
  for (const [k, v] of Object.entries(members)) interp.setName(m.dict, k, v);
  return m;
}

/** A module-level function: a static builtin, never freed. */
export function moduleFunction(interp: Interpreter, impl: BuiltinImpl): PyObject {
  const f = interp.heap.newBuiltin(impl.name, impl);
  f.interned = true;
  return f;
}

export function installModules(interp: Interpreter): void {
  interp.modules.set('sys', newModule(interp, 'sys', sysMembers(interp)));
  interp.modules.set('gc', newModule(interp, 'gc', gcMembers(interp)));
  interp.modules.set('weakref', newModule(interp, 'weakref', weakrefMembers(interp)));
  interp.modules.set('json', newModule(interp, 'json', jsonMembers(interp)));
  interp.modules.set('pprint', newModule(interp, 'pprint', pprintMembers(interp)));
  interp.modules.set('collections', newModule(interp, 'collections', collectionsMembers(interp)));
}
