/**
 * The modules of the library (library.ts). LIBRARY_MODULES are made when the library is attached,
 * in this order; LAZY_MODULES (functools, copy, typing: partly their own Python) are made at a
 * program's first import of each (modules/index.ts `importModule`), one line each here.
 */
import type { PyModule, PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { COPY } from './copy';
import { FUNCTOOLS } from './functools';
import { TYPING } from './typing';
import { weakrefMembers } from './weakref';

export const LIBRARY_MODULES: Readonly<
  Record<string, (interp: Interpreter) => Record<string, PyObject>>
> = {
  weakref: weakrefMembers,
};

export interface LazyModule {
  /** Fills the (empty, registered) module: its native members, then its Python source. */
  install(interp: Interpreter, m: PyModule): void;
}

export const LAZY_MODULES: Readonly<Record<string, LazyModule>> = {
  functools: FUNCTOOLS,
  copy: COPY,
  typing: TYPING,
};
