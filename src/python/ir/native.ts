/**
 * TRANSITION ONLY: a part of the compiler not yet lowered to nodes hands over the closure it
 * built. Removed once every part makes nodes.
 */
import type { PyObject } from '../../engine';
import type { Ev, Ex, Frame } from '../frame';

export interface NativeExpr {
  readonly k: 'native';
  readonly ev: Ev;
}
export interface NativeStmt {
  readonly k: 'nativeStmt';
  readonly ex: Ex;
}
export interface NativeStore {
  readonly k: 'nativeStore';
  readonly store: (f: Frame, v: PyObject) => void;
}
export interface NativeDel {
  readonly k: 'nativeDel';
  readonly del: (f: Frame) => void;
}

export const native = (ev: Ev): NativeExpr => ({ k: 'native', ev });
export const nativeStmt = (ex: Ex): NativeStmt => ({ k: 'nativeStmt', ex });
export const nativeStore = (store: (f: Frame, v: PyObject) => void): NativeStore => ({
  k: 'nativeStore',
  store,
});
export const nativeDel = (del: (f: Frame) => void): NativeDel => ({ k: 'nativeDel', del });
