/** The modules of the library (library.ts): made when the library is attached, in this order. */
import type { PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { JSON_REFUSED, jsonMembers } from './json';
import { PPRINT_REFUSED, pprintMembers } from './pprint';
import { gcMembers } from './gc';
import { weakrefMembers } from './weakref';
import { sysLibraryMembers } from './sysVersionInfo';

export const LIBRARY_MODULES: Readonly<
  Record<string, (interp: Interpreter) => Record<string, PyObject>>
> = {
  // Joined to the core's sys module (installLibraryModules).
  sys: sysLibraryMembers,
  gc: gcMembers,
  weakref: weakrefMembers,
  json: jsonMembers,
  pprint: pprintMembers,
};

/**
 * Members of the library's modules that CPython has and Heapscope refuses by name even where the
 * module binds something (they would not do what CPython's do).
 */
export const LIBRARY_REFUSED_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  json: JSON_REFUSED,
  pprint: PPRINT_REFUSED,
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
