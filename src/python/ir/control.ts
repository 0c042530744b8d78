/** `try`, `with`, `raise ... from`. */
import type { NativeStmt } from './native';

export type ControlStmt = NativeStmt;
