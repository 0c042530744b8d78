/**
 * The SyntaxWarnings CPython 3.11's compiler gives for `is` / `is not` with a literal operand
 * (compile.c's check_compare) and for `assert (test, msg)` (a tuple, always true:
 * compiler_assert): `x is 1` still runs, and stderr says, before the program runs,
 *
 *   FILE:LINE: SyntaxWarning: "is" with a literal. Did you mean "=="?
 *     the source line, stripped
 *
 * (no source line for `<console>`, as linecache has none). A literal is an operand the AST
 * optimizer leaves as a constant other than None, True, False and `...`: a number, a string that
 * is not an f-string, a tuple of constants, a folded arithmetic expression or subscript. The LINE
 * is the line where the comparison starts; every comparison warns (compile-time warnings have no
 * registry), in the order the compiler meets them, which the parse tree is walked in here once the
 * module has compiled (the compiler itself only calls this walk).
 */
import type { SyntaxNode } from '@lezer/common';
import type { Interpreter } from './interpreter';
import { parseStringLiteral } from './literals';
import { position, type ParsedSource } from './parse';

/** What the AST optimizer leaves an operand as: a constant of a kind, or not a constant. */
type Const =
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'str' | 'bytes'; n: number }
  | { k: 'tuple'; n: number; items?: readonly Const[] }
  | { k: 'singleton' }
  | null;

/** compile.c's limits on folding (MAX_INT_SIZE bits, MAX_STR_SIZE, MAX_COLLECTION_SIZE). */
const MAX_INT_BITS = 128;
const MAX_STR = 4096;
const MAX_COLLECTION = 256;

/** The interpreter's warnings of the module being compiled, kept until it runs (moduleState). */
const PENDING = 'syntaxWarnings.pending';

function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

const PUNCTUATION = new Set(['(', ')', ',', '[', ']', '{', '}', ':']);

function operands(n: SyntaxNode): SyntaxNode[] {
  return children(n).filter((c) => !PUNCTUATION.has(c.name));
}

function bits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

function asInt(c: Const): bigint | null {
  return c && c.k === 'int' ? c.v : null;
}

function asNumber(c: Const): number | null {
  if (!c) return null;
  if (c.k === 'int') return Number(c.v);
  if (c.k === 'float') return c.v;
  return null;
}

/** A sequence repeated (safe_multiply): folded while it stays within the limit. */
function repeated(seq: Const, times: Const): Const {
  const n = asInt(times);
  if (!seq || n === null || !('n' in seq)) return null;
  const limit = seq.k === 'tuple' ? MAX_COLLECTION : MAX_STR;
  if (seq.n && (n < 0n || n > BigInt(Math.floor(limit / seq.n)))) return null;
  return { k: seq.k, n: seq.n * Math.max(0, Number(n)) };
}

/** fold_binop with safe_multiply/safe_power/safe_mod: null when CPython leaves it unfolded. */
function foldBinary(op: string, a: Const, b: Const): Const {
  if (!a || !b) return null;
  const [x, y] = [asInt(a), asInt(b)];
  const [p, q] = [asNumber(a), asNumber(b)];
  if (op === '*' && ('n' in a || 'n' in b)) return 'n' in a ? repeated(a, b) : repeated(b, a);
  if (op === '+' && 'n' in a && 'n' in b && a.k === b.k) return { k: a.k, n: a.n + b.n };
  if (p === null || q === null) return null;
  const isFloat = x === null || y === null;
  switch (op) {
    case '+':
      return isFloat ? { k: 'float', v: p + q } : { k: 'int', v: x! + y! };
    case '-':
      return isFloat ? { k: 'float', v: p - q } : { k: 'int', v: x! - y! };
    case '*':
      if (isFloat) return { k: 'float', v: p * q };
      if (x !== 0n && y !== 0n && bits(x!) + bits(y!) > MAX_INT_BITS) return null;
      return { k: 'int', v: x! * y! };
    case '/':
      return q === 0 ? null : { k: 'float', v: p / q };
    case '//':
    case '%':
      if (q === 0) return null;
      return isFloat ? { k: 'float', v: 0 } : { k: 'int', v: 0n };
    case '**':
      if (!isFloat && y! >= 0n) {
        if (x !== 0n && y! > 0n && bits(x!) * Number(y!) > MAX_INT_BITS) return null;
        return { k: 'int', v: x! ** y! };
      }
      if (p === 0 && q < 0) return null;
      if (p < 0 && !Number.isInteger(q)) return null;
      return Number.isFinite(p ** q) ? { k: 'float', v: p ** q } : null;
    default:
      return null;
  }
}

/** The constant an expression folds to in CPython 3.11's AST optimizer, or null. */
function constantOf(n: SyntaxNode, text: (n: SyntaxNode) => string): Const {
  switch (n.name) {
    case 'ParenthesizedExpression': {
      const inner = operands(n);
      if (inner.length === 0) return { k: 'tuple', n: 0 };
      return inner.length === 1 ? constantOf(inner[0]!, text) : null;
    }
    case 'Number': {
      const t = text(n).replace(/_/g, '');
      if (/[jJ]$/.test(t)) return null;
      if (/^0[xXoObB]/.test(t) || /^\d+$/.test(t)) return { k: 'int', v: BigInt(t) };
      return { k: 'float', v: Number(t) };
    }
    case 'String':
    case 'ContinuedString': {
      const pieces = n.name === 'String' ? [n] : children(n);
      if (pieces.some((c) => c.name !== 'String')) return null;
      const literals = pieces.map((c) => parseStringLiteral(text(c)));
      const length = literals.reduce((sum, l) => sum + [...l.value].length, 0);
      return { k: literals[0]!.bytes ? 'bytes' : 'str', n: length };
    }
    case 'None':
    case 'Boolean':
      return { k: 'singleton' };
    case 'TupleExpression': {
      const items = operands(n).map((c) => constantOf(c, text));
      return items.every((c) => c) ? { k: 'tuple', n: items.length, items } : null;
    }
    case 'MemberExpression': {
      // fold_subscr: a constant str, bytes or tuple indexed by an int constant in range.
      const [container, open, index, close] = children(n);
      if (open?.name !== '[' || close?.name !== ']' || !container || !index) return null;
      const c = constantOf(container, text);
      const i = asInt(constantOf(index, text));
      if (!c || !('n' in c) || i === null || i >= BigInt(c.n) || i < -BigInt(c.n)) return null;
      if (c.k === 'str') return { k: 'str', n: 1 };
      if (c.k === 'bytes') return { k: 'int', v: 0n };
      if (c.k !== 'tuple') return null;
      return c.items?.[Number(i < 0n ? i + BigInt(c.n) : i)] ?? null;
    }
    case 'UnaryExpression': {
      const [opNode, operand] = children(n);
      const c = operand ? constantOf(operand, text) : null;
      const op = opNode ? text(opNode) : '';
      if (!c) return null;
      if (op === 'not') return { k: 'singleton' };
      if (c.k === 'int') return { k: 'int', v: op === '-' ? -c.v : op === '+' ? c.v : ~c.v };
      if (c.k === 'float' && op !== '~') return { k: 'float', v: op === '-' ? -c.v : c.v };
      return null;
    }
    case 'BinaryExpression': {
      const [left, opNode, right, extra] = children(n);
      if (!left || !opNode || !right || extra) return null;
      return foldBinary(text(opNode), constantOf(left, text), constantOf(right, text));
    }
    default:
      return null;
  }
}

/** The node a parenthesized expression stands for (the same AST node in CPython). */
function unwrapped(n: SyntaxNode): SyntaxNode {
  while (n.name === 'ParenthesizedExpression') {
    const inner = operands(n);
    if (inner.length !== 1) return n;
    n = inner[0]!;
  }
  return n;
}

/** The kinds of expression infer_type knows without running it, by their node. */
const DISPLAY_TYPES: Readonly<Record<string, string>> = {
  TupleExpression: 'tuple',
  ArrayExpression: 'list',
  ArrayComprehensionExpression: 'list',
  DictionaryExpression: 'dict',
  DictionaryComprehensionExpression: 'dict',
  SetExpression: 'set',
  SetComprehensionExpression: 'set',
  ComprehensionExpression: 'generator',
  LambdaExpression: 'function',
  FormatString: 'str',
};

/** infer_type: the type name of a constant or a display, or null (and whether it is a constant). */
function inferType(
  node: SyntaxNode,
  text: (n: SyntaxNode) => string,
): { type: string; constant: boolean } | null {
  const n = unwrapped(node);
  if (n.name === 'Ellipsis') return { type: 'ellipsis', constant: true };
  const c = constantOf(n, text);
  if (c) {
    // None, True, False and a folded `not`: the others' kinds are their types' names.
    const type = c.k !== 'singleton' ? c.k : n.name === 'None' ? 'NoneType' : 'bool';
    return { type, constant: true };
  }
  const display = DISPLAY_TYPES[n.name];
  return display ? { type: display, constant: false } : null;
}

/** check_caller: calling a constant or a display is a TypeError the compiler foresees. */
function callerWarning(callee: SyntaxNode, text: (n: SyntaxNode) => string): string | null {
  const t = inferType(callee, text);
  if (!t || t.type === 'function') return null;
  return `'${t.type}' object is not callable; perhaps you missed a comma?`;
}

/** check_subscripter and check_index: `5[0]`, `{1}[0]`, `[1, 2]['a']`. */
function subscriptWarning(
  value: SyntaxNode,
  inside: SyntaxNode[],
  text: (n: SyntaxNode) => string,
): string | null {
  const v = inferType(value, text);
  const subscripter = v?.constant
    ? ['NoneType', 'ellipsis', 'int', 'bool', 'float'].includes(v.type)
    : v !== null && ['set', 'generator', 'function'].includes(v.type);
  if (subscripter) return `'${v!.type}' object is not subscriptable; perhaps you missed a comma?`;
  if (inside.some((c) => c.name === ':')) return null;
  const elements = inside.filter((c) => c.name !== ',');
  const index =
    elements.length === 1 && !inside.some((c) => c.name === ',')
      ? inferType(elements[0]!, text)
      : { type: 'tuple', constant: false };
  if (!index || index.type === 'int' || index.type === 'bool') return null;
  const indexable = v?.constant
    ? ['str', 'bytes', 'tuple'].includes(v.type)
    : v !== null && ['tuple', 'list', 'str'].includes(v.type);
  if (!indexable) return null;
  return `${v!.type} indices must be integers or slices, not ${index.type}; perhaps you missed a comma?`;
}

/** Is a subscript stored to or deleted (no check in CPython), rather than read? */
function isTarget(n: SyntaxNode): boolean {
  let child = n;
  for (let p = n.parent; p; child = p, p = p.parent) {
    if (p.name === 'TupleExpression' || p.name === 'ArrayExpression') continue;
    if (p.name === 'DeleteStatement') return true;
    if (p.name === 'AssignStatement' || p.name === 'UpdateStatement') {
      for (let s = child.nextSibling; s; s = s.nextSibling)
        if (s.name === 'AssignOp' || s.name === 'UpdateOp') return true;
      return false;
    }
    return false;
  }
  return false;
}

/** check_is_arg: not a constant, or one of the singletons `is` is meant for. */
function isIdentityArgument(n: SyntaxNode, text: (n: SyntaxNode) => string): boolean {
  const c = constantOf(n, text);
  return c === null || c.k === 'singleton';
}

const COMPARISON = new Set(['CompareOp', 'is', 'in', 'not']);

/** A comparison chain's operands and operators, left to right (lezer nests `a < b < c`). */
function chainOf(n: SyntaxNode, text: (n: SyntaxNode) => string): [SyntaxNode[], string[]] | null {
  const parts = children(n);
  const opParts = parts.slice(1, -1);
  if (opParts.length === 0 || !opParts.every((p) => COMPARISON.has(p.name))) return null;
  const op = opParts.map(text).join(' ');
  const left = parts[0]!;
  const inner = left.name === 'BinaryExpression' ? chainOf(left, text) : null;
  if (inner)
    return [
      [...inner[0], parts[parts.length - 1]!],
      [...inner[1], op],
    ];
  return [[left, parts[parts.length - 1]!], [op]];
}

/**
 * The SyntaxWarnings of a module, in the order CPython 3.11's compiler meets them: source order,
 * but a `while` test compiled again after the body, a conditional expression's test before its
 * branches, and a `finally` body compiled at every return/break/continue leaving it and twice at
 * its end (the normal and the exceptional path).
 */
export function collectSyntaxWarnings(
  interp: Interpreter,
  parsed: ParsedSource,
  source: string,
  file: string,
): void {
  const text = (n: SyntaxNode) => parsed.source.slice(n.from, n.to);
  const lineOf = (n: SyntaxNode) => position(parsed.lineStarts, n.from).line;
  const sourceLines = source.split(/\r?\n|\r/);
  const out: string[] = [];
  // The finally bodies a return (all) or a break/continue (those inside the loop) leaves.
  type Finally = { body: SyntaxNode; loopDepth: number };
  const finallies: Finally[] = [];
  let loopDepth = 0;

  const warn = (n: SyntaxNode, op: string) => {
    const advice = op === 'is' ? '==' : '!=';
    warnWith(n, `"${op}" with a literal. Did you mean "${advice}"?`);
  };
  const warnWith = (n: SyntaxNode, message: string) => {
    const line = lineOf(n);
    let w = `${file}:${line}: SyntaxWarning: ${message}\n`;
    const shown = (sourceLines[line - 1] ?? '').trim();
    if (!file.startsWith('<') && shown) w += `  ${shown}\n`;
    out.push(w);
  };

  const visitAll = (nodes: readonly SyntaxNode[]) => nodes.forEach(visit);
  const unwind = (toLoop: boolean) => {
    for (let i = finallies.length - 1; i >= 0; i--) {
      const f = finallies[i]!;
      if (toLoop && f.loopDepth < loopDepth) break;
      const saved = finallies.splice(i);
      visit(f.body);
      finallies.push(...saved);
    }
  };

  function visit(n: SyntaxNode): void {
    const parts = children(n);
    switch (n.name) {
      case 'CallExpression': {
        const w = parts[0] ? callerWarning(parts[0], text) : null;
        if (w) warnWith(n, w);
        break;
      }
      case 'MemberExpression': {
        if (parts[1]?.name !== '[' || isTarget(n)) break;
        const w = subscriptWarning(parts[0]!, parts.slice(2, -1), text);
        if (w) warnWith(n, w);
        break;
      }
      case 'BinaryExpression': {
        const chain = chainOf(n, text);
        if (!chain) break;
        const [items, ops] = chain;
        visitAll(items);
        let left = isIdentityArgument(items[0]!, text);
        for (let i = 0; i < ops.length; i++) {
          const right = isIdentityArgument(items[i + 1]!, text);
          if ((ops[i] === 'is' || ops[i] === 'is not') && !(left && right)) {
            warn(n, ops[i]!);
            break;
          }
          left = right;
        }
        return;
      }
      case 'ConditionalExpression': {
        const [a, , c, , b] = parts;
        visitAll([c!, a!, b!]);
        return;
      }
      case 'WhileStatement': {
        const test = parts[1]!;
        visit(test);
        loopDepth++;
        visit(parts[2]!);
        loopDepth--;
        visit(test);
        visitAll(parts.slice(3));
        return;
      }
      case 'ForStatement': {
        const inAt = parts.findIndex((c) => c.name === 'in');
        visitAll(parts.slice(0, inAt + 2));
        loopDepth++;
        visit(parts[inAt + 2]!);
        loopDepth--;
        visitAll(parts.slice(inAt + 3));
        return;
      }
      case 'FunctionDefinition':
      case 'LambdaExpression': {
        const saved = { finallies: finallies.splice(0), loopDepth };
        loopDepth = 0;
        visitAll(parts);
        finallies.push(...saved.finallies);
        loopDepth = saved.loopDepth;
        return;
      }
      case 'ReturnStatement':
        visitAll(parts);
        unwind(false);
        return;
      case 'AssertStatement':
        // compiler_assert: a test that is a tuple of items is always true.
        if (parts[1]?.name === 'TupleExpression' && operands(parts[1]).length > 0)
          warnWith(n, 'assertion is always true, perhaps remove parentheses?');
        break;
      case 'BreakStatement':
      case 'ContinueStatement':
        unwind(true);
        return;
      case 'TryStatement': {
        const at = parts.findIndex((c) => c.name === 'finally');
        const final = at >= 0 ? parts[at + 1]! : null;
        if (final) finallies.push({ body: final, loopDepth });
        // try_except compiles the body, the else, then the handlers.
        const rest = at >= 0 ? parts.slice(0, at) : parts;
        const elseAt = rest.findIndex((c) => c.name === 'else');
        const orelse = elseAt >= 0 ? rest.slice(elseAt, elseAt + 2) : [];
        visitAll(rest.slice(0, 2));
        visitAll(orelse);
        visitAll(rest.slice(2).filter((c) => !orelse.includes(c)));
        if (!final) return;
        finallies.pop();
        visit(final);
        visit(final);
        return;
      }
    }
    visitAll(parts);
  }

  visit(parsed.tree.topNode);
  if (out.length === 0) return;
  const before = (interp.moduleState.get(PENDING) as string[] | undefined) ?? [];
  interp.moduleState.set(PENDING, [...before, ...out]);
}

/** After compiling: the warnings go to stderr, before the code runs. */
export function flushSyntaxWarnings(interp: Interpreter): void {
  const list = interp.moduleState.get(PENDING) as string[] | undefined;
  if (!list) return;
  interp.moduleState.delete(PENDING);
  for (const text of list) interp.write('stderr', text);
}
