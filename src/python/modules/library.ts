/** The modules of the library (library.ts): made when the library is attached, in this order. */
import type { PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { weakrefMembers } from './weakref';

export const LIBRARY_MODULES: Readonly<
  Record<string, (interp: Interpreter) => Record<string, PyObject>>
> = {
  weakref: weakrefMembers,
};
