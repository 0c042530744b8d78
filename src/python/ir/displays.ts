/**
 * List, tuple, dict and set displays, with or without `*`/`**` items, as CPython 3.11 compiles
 * them (compiler_list, compiler_tuple, compiler_dict, compiler_set, starunpack_helper).
 *
 * DisplayExpr also gathers the other expressions of this part of the compiler: string formatting
 * (strings.ts), comprehensions and generator expressions (comprehensions.ts) and calls with
 * `*`/`**` arguments (callEx.ts). A string literal is a plain Const.
 */
import type { PyObject, PyTuple } from '../../engine';
import type { SetTable } from '../../engine/setTable';
import type { Expr } from './nodes';
import type { FormatExpr } from './strings';
import type { ComprehensionExpr } from './comprehensions';
import type { CallEx } from './callEx';

export type DisplayExpr =
  | ListDisplay
  | ConstList
  | TupleDisplay
  | StarredDisplay
  | DictDisplay
  | MergedDict
  | SetDisplay
  | ConstSet
  | FormatExpr
  | ComprehensionExpr
  | CallEx;

/**
 * BUILD_LIST: the items evaluated onto the stack in order, then the list steals them. `allocated`
 * is the list's capacity as CPython's would have it (for sys.getsizeof).
 */
export interface ListDisplay {
  readonly k: 'list';
  readonly items: readonly Expr[];
  readonly allocated: number;
}

/**
 * More than two constant items: BUILD_LIST 0, then LIST_EXTEND of one constant tuple (the code
 * object holds it): the list takes a new reference to each item.
 */
export interface ConstList {
  readonly k: 'constList';
  readonly tuple: PyTuple;
  readonly allocated: number;
}

/** BUILD_TUPLE: the items evaluated onto the stack in order, then the tuple steals them. */
export interface TupleDisplay {
  readonly k: 'tuple';
  readonly items: readonly Expr[];
}

/**
 * A list, tuple or set display with a `*` item (starunpack_helper): BUILD_LIST (BUILD_SET) of
 * the items before the first `*`, then LIST_EXTEND (SET_UPDATE) of each starred item and
 * LIST_APPEND (SET_ADD) of each plain one, each released once added; a tuple's list is then
 * copied by LIST_TO_TUPLE and released (unpacking.ts).
 */
export interface StarredDisplay {
  readonly k: 'starred';
  readonly into: 'list' | 'tuple' | 'set';
  readonly items: readonly SeqItem[];
}

/**
 * BUILD_MAP: keys and values alternating, evaluated onto the stack in order; each pair is
 * inserted in order, then the stack's references are released.
 */
export interface DictDisplay {
  readonly k: 'dict';
  readonly items: readonly Expr[];
}

/**
 * A dict display with `**` (compiler_dict): runs of `k: v` make a dict by BUILD_MAP, `**m` is
 * merged by DICT_UPDATE; the first dict made is the result (unpacking.ts buildMergedDict).
 */
export interface MergedDict {
  readonly k: 'mergedDict';
  readonly items: readonly MapItem[];
}

/** BUILD_SET: the items evaluated onto the stack, each added in order, then the stack released. */
export interface SetDisplay {
  readonly k: 'set';
  readonly items: readonly Expr[];
}

/**
 * More than two constant items: BUILD_SET 0, then SET_UPDATE of one constant frozenset, given
 * by its members' table (the code object holds the members; constants.ts ConstantPool).
 */
export interface ConstSet {
  readonly k: 'constSet';
  readonly frozen: SetTable<PyObject>;
}

/** One item of a display or one positional argument: `x`, or `*x` when `star`. */
export interface SeqItem {
  readonly star: boolean;
  readonly value: Expr;
}

/**
 * One entry of a dict display or one keyword argument: `k: v`; `name=v` (its key the interned
 * name, a new reference made at each evaluation); or `**m`.
 */
export type MapItem =
  | { readonly k: 'pair'; readonly key: Expr; readonly value: Expr }
  | { readonly k: 'keyword'; readonly name: string; readonly value: Expr }
  | { readonly k: 'spread'; readonly value: Expr };
