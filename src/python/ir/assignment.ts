/** Assignments, `del`, and attribute and subscript reads. */
import type { NativeDel, NativeExpr, NativeStmt, NativeStore } from './native';

export type AssignmentStmt = NativeStmt;
export type StoreNode = NativeStore;
export type DelNode = NativeDel;
export type MemberExpr = NativeExpr;
