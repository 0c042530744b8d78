/** Displays, strings, comprehensions and calls with `*`/`**` arguments. */
import type { NativeExpr } from './native';

export type DisplayExpr = NativeExpr;
