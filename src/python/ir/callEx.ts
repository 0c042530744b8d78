/** A call with `*` or `**` arguments (compiler_call_helper's CALL_FUNCTION_EX path). */
import type { Expr } from './nodes';
import type { MapItem } from './displays';

/**
 * The callable pushed, then `args`, the positional arguments as one object: a tuple display, a
 * starred one (LIST_TO_TUPLE), a constant tuple, or a lone `*x`'s value itself, which
 * CALL_FUNCTION_EX makes a tuple. With `keywords`, their dict is built next (DICT_MERGE, whose
 * errors name the callable found on the stack). Then CALL_FUNCTION_EX (unpacking.ts
 * callFunctionEx), which releases the callable, the arguments and the dict, in that order.
 */
export interface CallEx {
  readonly k: 'callEx';
  readonly callee: Expr;
  readonly args: Expr;
  readonly keywords: readonly MapItem[] | null;
}
