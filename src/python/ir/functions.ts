/** `def`, `lambda`, `class`, decorators, imports: code units and what makes their objects. */
import type { NativeExpr, NativeStmt } from './native';

export type FunctionExpr = NativeExpr;
export type FunctionStmt = NativeStmt;
