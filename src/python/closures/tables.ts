/** Every builder of the closure backend, by node kind (TypeScript checks that none is missing). */
import type { Ev, Ex } from '../frame';
import type { Del, Expr, Stmt, Store } from '../ir/nodes';
import type { Builders, DelFn, StoreFn } from './backend';
import { OPERATOR_EXPRS } from './expressions';
import { NAME_DELS, NAME_LOADS, NAME_STORES } from './names';
import { CORE_STMTS } from './statements';
import { NATIVE_DELS, NATIVE_EXPRS, NATIVE_STMTS, NATIVE_STORES } from './native';

export { callSetup, condition } from './expressions';

export const EXPRS: Builders<Expr, Ev> = { ...OPERATOR_EXPRS, ...NAME_LOADS, ...NATIVE_EXPRS };
export const STMTS: Builders<Stmt, Ex> = { ...CORE_STMTS, ...NATIVE_STMTS };
export const STORES: Builders<Store, StoreFn> = { ...NAME_STORES, ...NATIVE_STORES };
export const DELS: Builders<Del, DelFn> = { ...NAME_DELS, ...NATIVE_DELS };
