/** TRANSITION ONLY: the closures parts of the compiler not yet lowered to nodes built themselves. */
import type { Ev, Ex } from '../frame';
import type { NativeDel, NativeExpr, NativeStmt, NativeStore } from '../ir/native';
import type { Builders, DelFn, StoreFn } from './backend';

export const NATIVE_EXPRS: Builders<NativeExpr, Ev> = { native: (n) => n.ev };
export const NATIVE_STMTS: Builders<NativeStmt, Ex> = { nativeStmt: (n) => n.ex };
export const NATIVE_STORES: Builders<NativeStore, StoreFn> = { nativeStore: (n) => n.store };
export const NATIVE_DELS: Builders<NativeDel, DelFn> = { nativeDel: (n) => n.del };
