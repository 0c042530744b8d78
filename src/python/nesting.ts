/**
 * How deeply a statement nests, measured on its tokens without recursion (so a 100,000-deep
 * expression costs a loop, not a stack): the depth of the tree CPython 3.11's compiler walks,
 * and an estimate of how deep its parser recurses. These decide CPython's own answers to
 * pathological nesting before anything recursive (lezer, the compiler, the evaluator) meets it:
 *
 * - the parser gives up past MAXSTACK = 6000 levels with a bare `MemoryError`
 *   (`x = - - ... 1` with 5,968 minus signs; `**` and `lambda` cost two levels each);
 * - the AST optimizer and symbol table give up past 3 × the recursion limit (1000) = 3000
 *   levels, statement nesting included: `RecursionError: maximum recursion depth exceeded during
 *   compilation` (`1+1+...+1` with 3,000 terms, 2,999 unary minus signs at module level).
 *
 * Both were measured on python3 3.11.7 (conformance/syntax_deep_*.py, hostileSource.test.ts).
 * The tree depth is exact for chains of one construct (unary operators, `not`, conditional
 * expressions, binary operators, calls, attributes, subscripts, comparisons, `and`/`or`); the
 * parser depth is calibrated on the same chains and approximate for mixtures.
 */
import { T, type LogicalLine, type Token } from './tokenizer';
import { KEYWORDS } from './keywords';

/** Pegen's MAXSTACK (Parser/parser.c): deeper parses fail with MemoryError. */
export const PARSER_MAX_STACK = 6000;
/** The compiler's limit: Py_C_RECURSION_LIMIT 1000 × COMPILER_STACK_FRAME_SCALE 3. */
export const COMPILER_MAX_DEPTH = 3000;
/**
 * Heapscope compiles and evaluates expressions recursively: deeper than this, a statement is
 * refused (NotSupported) even where CPython would run it, so JavaScript's stack never overflows.
 */
export const HEAPSCOPE_MAX_DEPTH = 1000;

/** Parser levels spent before a simple statement's expression (`x = ...` at module level). */
const PARSER_BASE = 33;
/** Parser levels per enclosing block. */
const PARSER_PER_BLOCK = 6;
/** Parser levels per bracket: the first one on a path, and each further one. */
const PARSER_FIRST_BRACKET = 10;
const PARSER_BRACKET = 28;

export interface Nesting {
  /** Depth of the deepest tree node, counting the statement itself and its enclosing blocks. */
  readonly treeDepth: number;
  /** Estimated parser recursion at the deepest point. */
  readonly parserDepth: number;
}

/** Binary operators by precedence (higher binds tighter); comparisons, `and`, `or` are flat. */
const BINARY: Record<string, number> = {
  or: 2,
  and: 3,
  '<': 5,
  '>': 5,
  '==': 5,
  '>=': 5,
  '<=': 5,
  '!=': 5,
  '<>': 5,
  in: 5,
  is: 5,
  '|': 6,
  '^': 7,
  '&': 8,
  '<<': 9,
  '>>': 9,
  '+': 10,
  '-': 10,
  '*': 11,
  '/': 11,
  '//': 11,
  '%': 11,
  '@': 11,
  '**': 13,
};
const FLAT_PRECEDENCES = new Set([2, 3, 5]);
const PREFIX: Record<string, number> = { '-': 12, '+': 12, '~': 12, not: 4, await: 14 };

interface Operand {
  depth: number;
  /** The precedence of the flat node (comparison, and, or) this operand is, or 0. */
  flat: number;
}

interface Operator {
  readonly prec: number;
  readonly kind: 'prefix' | 'binary' | 'if' | 'else';
  readonly rightAssoc: boolean;
  /** Parser levels it holds while its right operand is read. */
  readonly cost: number;
}

interface Frame {
  readonly kind: 'statement' | 'paren' | 'display' | 'call' | 'subscript';
  readonly operands: Operand[];
  readonly ops: Operator[];
  /** The callee or subscripted value, for calls and subscripts. */
  readonly head: number;
  readonly cost: number;
  maxSegment: number;
  commas: number;
  colons: number;
}

/** The nesting of one logical line at block depth `line.depth`. */
export function measureNesting(src: string, tokens: readonly Token[], line: LogicalLine): Nesting {
  const m = new Measure(src);
  for (let k = line.first; k < line.end; k++) k = m.token(tokens, k, line.end);
  const depth = m.finish();
  return {
    treeDepth: line.depth + 1 + depth,
    parserDepth: PARSER_BASE + PARSER_PER_BLOCK * line.depth + m.maxCost,
  };
}

class Measure {
  private readonly frames: Frame[] = [];
  private expectOperand = true;
  private cost = 0;
  maxCost = 0;
  private lastWasString = false;

  constructor(private readonly src: string) {
    this.frames.push(newFrame('statement', 0, 0));
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** Handles the token at k; returns the index of the last token it consumed. */
  token(tokens: readonly Token[], k: number, end: number): number {
    const tok = tokens[k]!;
    const text = this.src.slice(tok.from, tok.to);
    const isString = tok.kind === T.String;
    const wasString = this.lastWasString;
    this.lastWasString = isString;
    if (this.expectOperand) return this.operandPosition(tokens, k, end, tok, text);
    // After an operand.
    if (isString && wasString) return k; // implicit concatenation: one constant
    if (text === '.' && tokens[k + 1]?.kind === T.Name && this.frame.operands.length) {
      const value = this.top();
      value.depth++;
      value.flat = 0;
      return k + 1;
    }
    if (text === '(' || text === '[') {
      const head = this.frame.operands.pop()?.depth ?? 0;
      this.open(text === '(' ? 'call' : 'subscript', head);
      return k;
    }
    if (text === ')' || text === ']' || text === '}') {
      this.close();
      return k;
    }
    if (tok.kind === T.Name && text === 'not' && this.textAt(tokens[k + 1]) === 'in') {
      this.binary(BINARY['in']!, false, 0);
      return k + 1;
    }
    if (tok.kind === T.Name && text === 'is' && this.textAt(tokens[k + 1]) === 'not') {
      this.binary(BINARY['is']!, false, 0);
      return k + 1;
    }
    if (text === 'if') {
      this.pushOperator({ prec: 1, kind: 'if', rightAssoc: true, cost: 0 });
      return k;
    }
    if (text === 'else') {
      this.pushOperator({ prec: 1, kind: 'else', rightAssoc: true, cost: 1 });
      return k;
    }
    const prec = (tok.kind === T.Op || KEYWORDS.has(text)) && BINARY[text];
    if (prec) {
      this.binary(prec, text === '**', text === '**' ? 2 : 0);
      return k;
    }
    // Anything else ends the expression: `,`, `:`, `=`, `for`, `as`, ... or a stray operand.
    this.separator(text);
    if (tok.kind !== T.Op && !KEYWORDS.has(text))
      return this.operandPosition(tokens, k, end, tok, text);
    return k;
  }

  private operandPosition(
    tokens: readonly Token[],
    k: number,
    end: number,
    tok: Token,
    text: string,
  ): number {
    if (
      (tok.kind === T.Name && !KEYWORDS.has(text)) ||
      tok.kind === T.Number ||
      tok.kind === T.String ||
      text === 'True' ||
      text === 'False' ||
      text === 'None' ||
      text === '...'
    ) {
      this.frame.operands.push({ depth: 1, flat: 0 });
      this.expectOperand = false;
      return k;
    }
    if (text in PREFIX && (tok.kind === T.Op || text === 'not' || text === 'await')) {
      this.pushOperator({ prec: PREFIX[text]!, kind: 'prefix', rightAssoc: true, cost: 1 });
      return k;
    }
    if (text === '*' || text === '**') {
      this.pushOperator({ prec: 0.5, kind: 'prefix', rightAssoc: true, cost: 0 });
      return k;
    }
    if (text === 'lambda') {
      this.pushOperator({ prec: 0, kind: 'prefix', rightAssoc: true, cost: 2 });
      // Skip the parameters, up to the lambda's own ':'.
      let depth = 0;
      for (let j = k + 1; j < end; j++) {
        const t = this.textAt(tokens[j]);
        if (t === '(' || t === '[' || t === '{') depth++;
        else if (t === ')' || t === ']' || t === '}') depth--;
        else if (t === ':' && depth === 0) return j;
      }
      return end;
    }
    if (text === 'yield') {
      this.pushOperator({ prec: 0, kind: 'prefix', rightAssoc: true, cost: 1 });
      return this.textAt(tokens[k + 1]) === 'from' ? k + 1 : k;
    }
    if (text === '(' || text === '[' || text === '{') {
      this.open(text === '(' ? 'paren' : 'display', 0);
      return k;
    }
    if (text === ')' || text === ']' || text === '}') {
      this.close();
      return k;
    }
    // Statement keywords and separators: nothing to measure.
    this.separator(text);
    return k;
  }

  private textAt(tok: Token | undefined): string {
    return tok ? this.src.slice(tok.from, tok.to) : '';
  }

  private top(): Operand {
    return this.frame.operands[this.frame.operands.length - 1]!;
  }

  private pushOperator(op: Operator): void {
    if (op.kind !== 'prefix') this.reduceWhile(op);
    this.frame.ops.push(op);
    this.addCost(op.cost);
    this.expectOperand = true;
  }

  private binary(prec: number, rightAssoc: boolean, cost: number): void {
    this.pushOperator({ prec, kind: 'binary', rightAssoc, cost });
  }

  private addCost(c: number): void {
    this.cost += c;
    if (this.cost > this.maxCost) this.maxCost = this.cost;
  }

  /** Applies the operators that bind tighter than `incoming`. */
  private reduceWhile(incoming: Operator): void {
    const ops = this.frame.ops;
    for (;;) {
      const top = ops[ops.length - 1];
      if (!top) return;
      if (top.prec < incoming.prec || (top.prec === incoming.prec && incoming.rightAssoc)) return;
      this.reduceOne();
    }
  }

  private reduceOne(): void {
    const { ops, operands } = this.frame;
    const op = ops.pop()!;
    this.cost -= op.cost;
    const right = operands.pop() ?? { depth: 0, flat: 0 };
    if (op.kind === 'prefix') {
      operands.push({ depth: right.depth + 1, flat: 0 });
      return;
    }
    const left = operands.pop() ?? { depth: 0, flat: 0 };
    if (op.kind === 'if') {
      // `body if test else orelse`: the node is counted once, by its 'else'.
      operands.push({ depth: Math.max(left.depth, right.depth), flat: 0 });
    } else if (op.kind === 'else') {
      operands.push({ depth: Math.max(left.depth, right.depth) + 1, flat: 0 });
    } else if (FLAT_PRECEDENCES.has(op.prec) && left.flat === op.prec) {
      operands.push({ depth: Math.max(left.depth, right.depth + 1), flat: op.prec });
    } else {
      const flat = FLAT_PRECEDENCES.has(op.prec) ? op.prec : 0;
      operands.push({ depth: Math.max(left.depth, right.depth) + 1, flat });
    }
  }

  /** Ends the expression being read in this frame. */
  private separator(text: string): void {
    const f = this.frame;
    while (f.ops.length) this.reduceOne();
    for (const o of f.operands) f.maxSegment = Math.max(f.maxSegment, o.depth);
    f.operands.length = 0;
    if (text === ',') f.commas++;
    if (text === ':') f.colons++;
    this.expectOperand = true;
  }

  private open(kind: Frame['kind'], head: number): void {
    const first = !this.frames.some((f) => f.kind !== 'statement');
    const cost = first ? PARSER_FIRST_BRACKET : PARSER_BRACKET;
    this.frames.push(newFrame(kind, head, cost));
    this.addCost(cost);
    this.expectOperand = true;
  }

  private close(): void {
    if (this.frames.length === 1) return;
    this.separator('');
    const f = this.frames.pop()!;
    this.cost -= f.cost;
    let depth: number;
    switch (f.kind) {
      case 'paren':
        depth = f.commas > 0 || f.maxSegment === 0 ? f.maxSegment + 1 : f.maxSegment;
        break;
      case 'call':
        depth = Math.max(f.head, f.maxSegment) + 1;
        break;
      case 'subscript':
        depth =
          Math.max(f.head, f.maxSegment + (f.colons > 0 ? 1 : 0) + (f.commas > 0 ? 1 : 0)) + 1;
        break;
      default:
        depth = f.maxSegment + 1;
    }
    this.frame.operands.push({ depth, flat: 0 });
    this.expectOperand = false;
  }

  /** The statement's deepest expression, a top-level tuple counting as a node. */
  finish(): number {
    while (this.frames.length > 1) this.close();
    this.separator('');
    const f = this.frame;
    return f.maxSegment + (f.commas > 0 ? 1 : 0);
  }
}

function newFrame(kind: Frame['kind'], head: number, cost: number): Frame {
  return { kind, operands: [], ops: [], head, cost, maxSegment: 0, commas: 0, colons: 0 };
}
