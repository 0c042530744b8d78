/**
 * Cell variables and free variables at run time (CPython 3.11's MAKE_CELL, COPY_FREE_VARS,
 * LOAD_DEREF, STORE_DEREF, DELETE_DEREF). A frame slot of a captured variable holds a cell; the
 * value lives in the cell, shared with every closure that took the cell.
 */
import { PyCell, STACK, type Heap, type PyFunction, type PyObject, type PyTuple } from '../engine';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/** At frame entry: each cell slot gets a new cell holding what the slot held (an argument). */
export function makeCells(interp: Interpreter, frame: Frame, slots: readonly number[]): void {
  const h = interp.heap;
  const fast = frame.fast;
  for (const i of slots) {
    const cell = h.track(new PyCell(h.allocAddress(0x30), interp.cellType, fast[i] ?? null));
    fast[i] = cell;
  }
}

/** At frame entry: the free slots take a reference to each cell of the function's closure. */
export function copyFreeVars(h: Heap, frame: Frame, func: PyFunction, start: number): void {
  const cells = (func.closure as PyTuple).items;
  const names = frame.code.localNames;
  for (let j = 0; j < cells.length; j++) {
    h.incref(cells[j]!, frame, names[start + j]);
    frame.fast[start + j] = cells[j]!;
  }
}

function unbound(interp: Interpreter, name: string, free: boolean): never {
  if (free) {
    return interp.raise(
      'NameError',
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    );
  }
  return interp.raise(
    'UnboundLocalError',
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}

export function loadDeref(
  interp: Interpreter,
  slot: number,
  name: string,
  free: boolean,
): (f: Frame) => PyObject {
  const h = interp.heap;
  return (f) => {
    const v = (f.fast[slot] as PyCell).contents;
    if (!v) unbound(interp, name, free);
    h.incref(v, STACK);
    return v;
  };
}

/**
 * LOAD_CLASSDEREF: a class body's read of an enclosing function's variable looks in the class
 * namespace first, then in the cell.
 */
export function loadClassDeref(
  interp: Interpreter,
  slot: number,
  name: string,
): (f: Frame) => PyObject {
  const h = interp.heap;
  const key = interp.key(name);
  return (f) => {
    const v = h.dictGet(f.names!, key) ?? (f.fast[slot] as PyCell).contents;
    if (!v) unbound(interp, name, true);
    h.incref(v, STACK);
    return v;
  };
}

/** STORE_DEREF: the value's reference moves into the cell; the old contents are released. */
export function storeDeref(h: Heap, slot: number): (f: Frame, v: PyObject) => void {
  return (f, v) => {
    const cell = f.fast[slot] as PyCell;
    const old = cell.contents;
    cell.contents = v;
    h.noteMove(v, cell, 'cell_contents');
    if (old) h.decref(old, cell, 'cell_contents');
  };
}

export function deleteDeref(
  interp: Interpreter,
  slot: number,
  name: string,
  free: boolean,
): (f: Frame) => void {
  const h = interp.heap;
  return (f) => {
    const cell = f.fast[slot] as PyCell;
    const old = cell.contents;
    if (!old) unbound(interp, name, free);
    cell.contents = null;
    h.decref(old, cell, 'cell_contents');
  };
}
