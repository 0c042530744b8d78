/**
 * Parsing with @lezer/python, and CPython's syntax errors. Lezer recovers from errors silently,
 * so a scan for the errors CPython names (unclosed brackets, unterminated strings, indentation,
 * a missing ':') runs first, then any error node lezer left is reported as "invalid syntax".
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import { PySyntaxError } from './errors';

export interface ParsedSource {
  readonly source: string;
  readonly tree: Tree;
  /** Offsets where each line starts, for offset → line/column. */
  readonly lineStarts: number[];
}

export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/**
 * `3.` and `2.e1` are floats to Python but a member access to lezer: write them as `3.0`, `2.0e1`
 * (outside strings and comments). Only columns later on such a line move.
 */
const FLOAT_WITHOUT_FRACTION =
  /("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*)|(?<![\w.])(\d[\d_]*)\.(?=[eE][+-]?\d|[^\w.]|$)/g;

function completeFloatLiterals(source: string): string {
  if (!/\d\./.test(source)) return source;
  return source.replace(FLOAT_WITHOUT_FRACTION, (m, skipped: string | undefined, digits: string) =>
    skipped !== undefined ? m : `${digits}.0`,
  );
}

export function parse(original: string): ParsedSource {
  const source = completeFloatLiterals(original);
  const lineStarts = lineStartsOf(source);
  const fail: Fail = (msg, offset, kind = 'SyntaxError') => {
    const { line, column } = position(lineStarts, offset);
    const end = lineStarts[line] !== undefined ? lineStarts[line]! - 1 : source.length;
    throw new PySyntaxError(msg, line, column, source.slice(lineStarts[line - 1]!, end), kind);
  };
  scanTokens(source, lineStarts, fail);
  checkIndentation(source, lineStarts, fail);
  const tree = parser.parse(source);
  const err = firstError(tree);
  if (err) reportError(source, err, fail);
  return { source, tree, lineStarts };
}

type Fail = (msg: string, offset: number, kind?: 'SyntaxError' | 'IndentationError') => never;

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Brackets and string literals, as CPython's tokenizer checks them. */
function scanTokens(source: string, lineStarts: number[], fail: Fail): void {
  const open: { ch: string; at: number }[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (ch === '"' || ch === "'") {
      i = skipString(source, i, lineStarts, fail);
    } else if (ch === '(' || ch === '[' || ch === '{') {
      open.push({ ch, at: i });
      i++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const top = open.pop();
      if (!top) fail(`unmatched '${ch}'`, i);
      if (top.ch !== CLOSERS[ch]) {
        const { line } = position(lineStarts, top.at);
        const here = position(lineStarts, i).line;
        const where = line === here ? '' : ` on line ${line}`;
        fail(
          `closing parenthesis '${ch}' does not match opening parenthesis '${top.ch}'${where}`,
          i,
        );
      }
      i++;
    } else i++;
  }
  const unclosed = open[0];
  if (unclosed) fail(`'${unclosed.ch}' was never closed`, unclosed.at);
}

/** Returns the offset after the string literal starting at `start` (a quote character). */
function skipString(source: string, start: number, lineStarts: number[], fail: Fail): number {
  const q = source[start]!;
  const triple = source.startsWith(q + q + q, start);
  let i = start + (triple ? 3 : 1);
  // A string prefix (f, r, b) is part of the literal; CPython reports the prefix's position.
  let literalStart = start;
  while (literalStart > 0 && /[rRbBfFuU]/.test(source[literalStart - 1]!)) literalStart--;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') i += 2;
    else if (triple && source.startsWith(q + q + q, i)) return i + 3;
    else if (!triple && c === q) return i + 1;
    else if (!triple && c === '\n') break;
    else i++;
  }
  const detected = position(lineStarts, Math.min(i, source.length)).line;
  if (triple) {
    return fail(
      `unterminated triple-quoted string literal (detected at line ${detected})`,
      literalStart,
    );
  }
  return fail(`unterminated string literal (detected at line ${detected})`, literalStart);
}

const BLOCK_OPENERS = /^(if|elif|else|for|while|def|class|try|except|finally|with)\b/;

/** IndentationError cases: an unexpected indent, and a block header with no indented body. */
function checkIndentation(source: string, lineStarts: number[], fail: Fail): void {
  const lines = source.split('\n');
  const stack = [0];
  let pendingHeader: { keyword: string; line: number; indent: number } | null = null;
  let bracketDepth = 0;
  for (let n = 0; n < lines.length; n++) {
    const text = lines[n]!;
    const stripped = text.trim();
    const continued = bracketDepth > 0;
    bracketDepth = Math.max(0, bracketDepth + bracketBalance(text));
    if (stripped === '' || stripped.startsWith('#') || continued) continue;
    const indent = text.length - text.trimStart().length;
    const offset = lineStarts[n]! + indent;
    if (pendingHeader) {
      if (indent <= pendingHeader.indent) {
        failIndent(
          `expected an indented block after ${describeHeader(pendingHeader.keyword)} on line ${pendingHeader.line}`,
          offset,
          fail,
        );
      }
      stack.push(indent);
      pendingHeader = null;
    } else if (indent > stack[stack.length - 1]!) {
      failIndent('unexpected indent', offset, fail);
    } else {
      while (indent < stack[stack.length - 1]!) stack.pop();
      if (indent !== stack[stack.length - 1]) {
        failIndent('unindent does not match any outer indentation level', offset, fail);
      }
    }
    const header = BLOCK_OPENERS.exec(stripped);
    if (header && /:\s*(#.*)?$/.test(stripped)) {
      pendingHeader = { keyword: header[1]!, line: n + 1, indent };
    }
  }
  if (pendingHeader) {
    failIndent(
      `expected an indented block after ${describeHeader(pendingHeader.keyword)} on line ${pendingHeader.line}`,
      source.length,
      fail,
    );
  }
}

function failIndent(msg: string, offset: number, fail: Fail): never {
  return fail(msg, offset, 'IndentationError');
}

function describeHeader(keyword: string): string {
  switch (keyword) {
    case 'def':
      return 'function definition';
    case 'class':
      return 'class definition';
    case 'else':
    case 'elif':
    case 'if':
    case 'for':
    case 'while':
    case 'try':
    case 'with':
      return `'${keyword}' statement`;
    case 'except':
      return "'except' statement";
    default:
      return `'${keyword}' statement`;
  }
}

function bracketBalance(text: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '#') break;
    else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  return depth;
}

function firstError(tree: Tree): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  tree.iterate({
    enter(n) {
      if (found) return false;
      if (n.type.isError) {
        found = n.node;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

const COMPOUND_HEADER = /^(\s*)(if|elif|while|for|def|class|else|try|except|finally)\b([^:#]*)$/;

function reportError(source: string, err: SyntaxNode, fail: Fail): never {
  const lineStart = source.lastIndexOf('\n', err.from - 1) + 1;
  let lineEnd = source.indexOf('\n', err.from);
  if (lineEnd < 0) lineEnd = source.length;
  const lineText = source.slice(lineStart, lineEnd);
  const header = COMPOUND_HEADER.exec(lineText);
  if (header) fail("expected ':'", lineStart + lineText.trimEnd().length);
  const print = /^\s*print\s+[^\s(=]/.exec(lineText);
  if (print) {
    fail(
      "Missing parentheses in call to 'print'. Did you mean print(...)?",
      lineStart + lineText.indexOf('print'),
    );
  }
  // Lezer places the error node at the token it could not use; CPython points there too.
  let at = err.from;
  while (at < lineEnd && /\s/.test(source[at]!)) at++;
  return fail('invalid syntax', at);
}
