/** Every builder of the closure backend, by node kind (TypeScript checks that none is missing). */
import type { Ev, Ex } from '../frame';
import type { Del, Expr, Stmt, Store } from '../ir/nodes';
import type { Builders, DelFn, StoreFn } from './backend';
import { OPERATOR_EXPRS } from './expressions';
import { NAME_DELS, NAME_LOADS, NAME_STORES } from './names';
import { CORE_STMTS } from './statements';
import { CONTROL_STMTS } from './control';
import { ASSIGNMENT_STMTS } from './assignment';
import { MEMBER_DELS, MEMBER_LOADS, MEMBER_STORES } from './members';
import { UNPACK_STORES } from './unpacking';
import { FUNCTION_EXPRS, FUNCTION_STMTS } from './functions';
import { CLASS_STMTS } from './classes';
import { IMPORT_STMTS } from './imports';
import { DISPLAY_EXPRS } from './displays';
import { STRING_EXPRS } from './strings';
import { COMPREHENSION_EXPRS } from './comprehensions';
import { CALL_EX_EXPRS } from './callEx';

export { callSetup, condition } from './expressions';

export const EXPRS: Builders<Expr, Ev> = {
  ...OPERATOR_EXPRS,
  ...NAME_LOADS,
  ...MEMBER_LOADS,
  ...FUNCTION_EXPRS,
  ...DISPLAY_EXPRS,
  ...STRING_EXPRS,
  ...COMPREHENSION_EXPRS,
  ...CALL_EX_EXPRS,
};
export const STMTS: Builders<Stmt, Ex> = {
  ...CORE_STMTS,
  ...ASSIGNMENT_STMTS,
  ...CONTROL_STMTS,
  ...FUNCTION_STMTS,
  ...CLASS_STMTS,
  ...IMPORT_STMTS,
};
export const STORES: Builders<Store, StoreFn> = {
  ...NAME_STORES,
  ...MEMBER_STORES,
  ...UNPACK_STORES,
};
export const DELS: Builders<Del, DelFn> = { ...NAME_DELS, ...MEMBER_DELS };
