/**
 * The library's modules made at their first import (modules/index.ts importModule), one line
 * each: their installer and the members CPython has that Heapscope refuses by name (NotSupported,
 * never AttributeError).
 */
import type { PyModule } from '../../engine';
import type { Interpreter } from '../interpreter';
import { COLLECTIONS } from './collections';
import { CONTEXTLIB } from './contextlib';
import { COPY } from './copy';
import { FUNCTOOLS } from './functools';
import { TYPING } from './typing';

export interface FirstImportModule {
  /** Fills the (empty, registered) module: its native members, then its Python source. */
  install(interp: Interpreter, m: PyModule): void;
  readonly refused: readonly string[];
}

export const FIRST_IMPORT_MODULES: Readonly<Record<string, FirstImportModule>> = {
  functools: FUNCTOOLS,
  copy: COPY,
  typing: TYPING,
  contextlib: CONTEXTLIB,
  collections: COLLECTIONS,
};
