/**
 * `_collections._tuplegetter` (Modules/_collectionsmodule.c): the descriptor a named tuple class
 * has for each field. Its C struct holds the field's index (a C integer, no object) and its doc
 * (an owned str, the one field it traverses and clears): a wrapper object of kind 'tuplegetter'
 * (the engine's wrapperObjects.ts). The library's own, so the first load does not carry it.
 */
import { PyWrapperObject, type PyType } from '../../engine';

export class PyTupleGetter extends PyWrapperObject {
  constructor(
    address: number,
    type: PyType,
    readonly index: number,
  ) {
    super(address, type, 'tuplegetter');
  }
}
