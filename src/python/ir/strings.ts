/**
 * f-strings (compiler_joined_str, compiler_formatted_value). A plain string literal, or adjacent
 * literals without an f-string among them, is a Const.
 */
import type { Expr } from './nodes';

export type FormatExpr = FormatValue | JoinedStr;

/**
 * An f-string that is one field without a conversion or a spec: FORMAT_VALUE alone. A str is its
 * own result; anything else is formatted (format(v, '')) and released, an int's text a new str
 * object (never a cached one-character str).
 */
export interface FormatValue {
  readonly k: 'formatValue';
  readonly value: Expr;
}

/**
 * The literal text and the fields in order, then BUILD_STRING: each field's value is evaluated
 * onto the stack, formatted with its conversion and spec, and released before the next.
 */
export interface JoinedStr {
  readonly k: 'joinedStr';
  readonly parts: readonly FormatPart[];
}

/** Literal text, or a field `{value!conv:spec}` (`conv` is null without `!`; `spec` may be ''). */
export type FormatPart =
  | { readonly k: 'text'; readonly text: string }
  | {
      readonly k: 'field';
      readonly value: Expr;
      readonly conv: string | null;
      readonly spec: string;
    };
