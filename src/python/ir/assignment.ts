/** Assignments, `del`, and attribute and subscript reads. */
import type { BinaryOp } from '../operators';
import type { Expr, Store, Del } from './nodes';

/** The assignment statements: `=`, annotated, augmented, `del`. */
export type AssignmentStmt = Assign | AnnAssign | AugName | AugAttr | AugItem | DelStmt;

/** The stores of an attribute or an item, and the unpackings. */
export type StoreNode = StoreAttr | StoreItem | Unpack | UnpackEx;

/** The deletes of an attribute or an item. */
export type DelNode = DelAttr | DelItem;

/** The reads of an attribute or an item, and the slice object of `a[i:j:k]`. */
export type MemberExpr = LoadAttr | LoadItem | BuildSlice;

// ---- reads ----

/** LOAD_ATTR: the object on the stack while its attribute is read, then released. */
export interface LoadAttr {
  readonly k: 'loadAttr';
  readonly obj: Expr;
  readonly name: string;
}

/** BINARY_SUBSCR: the object, then the key, on the stack; both released after the read. */
export interface LoadItem {
  readonly k: 'loadItem';
  readonly obj: Expr;
  readonly index: Expr;
}

/**
 * BUILD_SLICE of `i:j:k` (an index, not a value on its own): the three fields pushed in order, a
 * missing one as None, then taken from the stack by the new slice.
 */
export interface BuildSlice {
  readonly k: 'slice';
  readonly start: Expr | null;
  readonly stop: Expr | null;
  readonly step: Expr | null;
}

// ---- stores ----

/**
 * STORE_ATTR: the value is on the stack first, then the object is evaluated and pushed; the
 * attribute is set, then the value and the object are released.
 */
export interface StoreAttr {
  readonly k: 'storeAttr';
  readonly obj: Expr;
  readonly name: string;
}

/**
 * STORE_SUBSCR: the value on the stack, then the object and the key evaluated and pushed; the
 * item is set, then the value, the object and the key are released.
 */
export interface StoreItem {
  readonly k: 'storeItem';
  readonly obj: Expr;
  readonly index: Expr;
}

/**
 * UNPACK_SEQUENCE: the value's items (a tuple's or list's directly, else collected from its
 * iterator) are pushed as new references, last first, and the value is released; then each
 * target, left to right, stores the item popped for it. A wrong count is a ValueError.
 */
export interface Unpack {
  readonly k: 'unpack';
  readonly targets: readonly Store[];
}

/**
 * UNPACK_EX of `a, *rest, z = value`: `before` items from the value's iterator, the rest of it
 * as a new list, the last `after` items moved from that list's end (the library's
 * unpackStarred); pushed last first, the value released, then the targets stored left to right
 * (`targets` holds the starred one at index `before`).
 */
export interface UnpackEx {
  readonly k: 'unpackEx';
  readonly before: number;
  readonly after: number;
  readonly targets: readonly Store[];
}

// ---- deletes ----

/** DELETE_ATTR: the object on the stack while the attribute is deleted, then released. */
export interface DelAttr {
  readonly k: 'delAttr';
  readonly obj: Expr;
  readonly name: string;
}

/** DELETE_SUBSCR: the object, then the key, on the stack; both released after the delete. */
export interface DelItem {
  readonly k: 'delItem';
  readonly obj: Expr;
  readonly index: Expr;
}

// ---- statements ----

/**
 * `t = value` and `t1 = t2 = value`: the value is evaluated, then stored into each target left
 * to right; each target but the last gets a new reference to it (DUP_TOP).
 */
export interface Assign {
  readonly k: 'assign';
  readonly value: Expr;
  readonly targets: readonly Store[];
}

/**
 * `target: annotation [= value]` in a module or class body (compiler_annassign): the store of
 * the value when there is one; then the annotation evaluated, and for a plain name (`name`,
 * with `annotations` the load of `__annotations__`) set as `__annotations__[name]`
 * (storeAnnotation), else released. A function body evaluates no annotation (`annotation` null).
 */
export interface AnnAssign {
  readonly k: 'annAssign';
  readonly value: Expr | null;
  readonly target: Store | null;
  readonly annotation: Expr | null;
  readonly annotations: Expr | null;
  readonly name: string;
}

/**
 * `name op= value`: the name loaded and pushed, the value evaluated and pushed, the in-place
 * operator (BINARY_OP with its in-place form), both released, the result stored into the name.
 */
export interface AugName {
  readonly k: 'augName';
  readonly op: BinaryOp;
  readonly value: Expr;
  readonly load: Expr;
  readonly store: Store;
}

/**
 * `obj.name op= value`: the object pushed (COPY), the attribute read and pushed, the value
 * evaluated and pushed, the in-place operator, those two released; the result pushed and stored
 * into the attribute (STORE_ATTR), then the result and the object released.
 */
export interface AugAttr {
  readonly k: 'augAttr';
  readonly op: BinaryOp;
  readonly value: Expr;
  readonly obj: Expr;
  readonly name: string;
}

/**
 * `obj[index] op= value`: the object and the key pushed, the item read (BINARY_SUBSCR) and
 * pushed, the value evaluated and pushed, the in-place operator, those two released; the result
 * pushed and stored (STORE_SUBSCR), then the result, the object and the key released.
 */
export interface AugItem {
  readonly k: 'augItem';
  readonly op: BinaryOp;
  readonly value: Expr;
  readonly obj: Expr;
  readonly index: Expr;
}

/** `del t1, t2, ...`: each target deleted left to right. */
export interface DelStmt {
  readonly k: 'del';
  readonly targets: readonly Del[];
}
