/**
 * Compiles a lezer Python tree into closures. The whole source is compiled before anything runs,
 * so an unsupported construct (NotSupported) stops a statement before any of its effects. Each
 * closure follows the bytecode CPython 3.11 runs for the construct: the same evaluation order, the
 * same temporaries on the value stack, the same order of releases.
 */
import type { SyntaxNode } from '@lezer/common';
import {
  listGrowth,
  preallocatedSlots,
  PyBool,
  PyFloat,
  PyInt,
  PyFunction,
  PyInstance,
  PyList,
  PyModule,
  PyNone,
  PyObject,
  PyStr,
  PyTuple,
  PyType,
  STACK,
  type PyDict,
  type Heap,
} from '../engine';
import { NotSupported, PyError } from './errors';
import {
  Frame,
  frameBytesFor,
  Signal,
  WARMUP_START,
  type CodeUnit,
  type Ev,
  type Ex,
  type GenEx,
} from './frame';
import type { Interpreter, RunMode } from './interpreter';
import { collect, getIter, iterNext } from './iteration';
import { missingName } from './missingName';
import {
  binaryOp,
  compare,
  contains,
  negate,
  truthy,
  type BinaryOp,
  type CompareOp,
} from './operators';
import { position, tooDeep, type ParsedSource } from './parse';
import { normalizeName } from './identifiers';
import { HEAPSCOPE_MAX_DEPTH } from './nesting';
import { UNSUPPORTED } from './unsupported';
import { trackClassNamespace } from './classNamespace';
import {
  classDictValue,
  classReady,
  newClassCell,
  refuseClassHooks,
  setClassCell,
} from './classCreation';
import { c3Mro, checkBases } from './mro';
import { addedDescriptors, addMemberDescriptors, readSlots, setLayout } from './slots';
import { readParameters } from './parameters';
import { compileWith, type WithItem } from './withStatement';
import {
  buildMergedDict,
  buildStarredList,
  buildStarredSet,
  callFunctionEx,
  listToTuple,
  type MapPiece,
  type SeqPiece,
} from './unpacking';
import { readSource } from './readSource';
import { formatField } from './formatField';
import { listExtend, listInplaceRepeat, setAdd } from './methods';
import { deleteItem, getItem, setItem } from './subscript';
import { parseNumber, parseStringLiteral } from './literals';
import { docstringOf } from './docstrings';
import { annotationTuple, hasAnnotations, setupAnnotations, storeAnnotation } from './annotations';
import {
  importModule,
  isRefusedMember,
  missingImport,
  MODULE_NAMES,
  refuseMissingMember,
} from './modules';
import { C_LEVEL_BYTES, frameStackBytes, stackHasRoom } from './stackGuard';
import {
  analyzeScopes,
  collectGlobals,
  collectLocals,
  scopeKey,
  type ClosureLayout,
} from './scopes';
import { loadClassDeref, loadDeref, storeDeref, deleteDeref } from './cells';
import { CodeConsts, ConstantPool, isInternable } from './constants';
import {
  callComprehension,
  comprehensionBody,
  COMPREHENSION_NAMES,
  type Clause,
  type ComprehensionKind,
} from './comprehensions';
import { holdsYield, yieldOf } from './yieldNodes';
import {
  genBlock,
  genDiscard,
  genexpBody,
  genFor,
  genIf,
  genStore,
  genTry,
  genWhile,
  genWith,
  genYield,
  genYieldFrom,
  genYieldOfYield,
  type GenEv,
  type GenHandler,
  type Step,
} from './resumable';

type ScopeKind = 'module' | 'function' | 'class';

interface Scope {
  readonly kind: ScopeKind;
  /** Fast locals of a function: parameters first, then assigned names in order of appearance. */
  readonly locals: string[];
  readonly globals: Set<string>;
  readonly qualname: string;
  readonly parent: Scope | null;
  /** Cell and free variables (scopes.ts): their slots in `locals` hold cells. */
  readonly derefs?: ReadonlySet<string>;
  /** The free variables, as the closure tuple of a function made here lists them. */
  readonly frees?: readonly string[];
  /** A class body's reads of enclosing variables: LOAD_CLASSDEREF (scopes.ts). */
  readonly classDerefs?: ReadonlySet<string>;
}

const MODULES = new Set<string>(MODULE_NAMES);

/** The ordinary body of a generator function is never run: calling it makes a generator. */
const notRunDirectly: Ex = () => {
  throw new Error('a generator body was run as a plain function body');
};

/** How deeply nested an expression `constantValue` still folds. */
const FOLD_DEPTH = 100;

/** _PyLong_NumBits of an int (0 for 0). */
function intBits(o: PyInt | PyBool): number {
  const v = o instanceof PyBool ? BigInt(+o.value) : BigInt(o.value);
  return (v < 0n ? -v : v).toString(2).replace(/^0$/, '').length;
}

function intLike(o: PyObject): o is PyInt | PyBool {
  return o instanceof PyInt || o instanceof PyBool;
}

/** The limits of ast_opt.c's safe_multiply, safe_power and safe_mod. */
function foldable(op: string, a: PyObject, b: PyObject): boolean {
  const MAX_INT_SIZE = 128;
  const MAX_STR_SIZE = 4096;
  const MAX_COLLECTION_SIZE = 256;
  if (op === '%') return !(a instanceof PyStr);
  if (op === '**') {
    if (!intLike(a) || !intLike(b) || intBits(a) === 0) return true;
    const w = b instanceof PyBool ? +b.value : Number(b.value);
    if (w <= 0) return true;
    return intBits(a) <= Math.floor(MAX_INT_SIZE / w);
  }
  if (op !== '*') return true;
  if (intLike(a) && intLike(b)) {
    if (intBits(a) === 0 || intBits(b) === 0) return true;
    return intBits(a) + intBits(b) <= MAX_INT_SIZE;
  }
  const [count, seq] = intLike(a) ? [a, b] : intLike(b) ? [b, a] : [null, null];
  if (!count || !seq) return true;
  const n = count instanceof PyBool ? +count.value : Number(count.value);
  if (seq instanceof PyStr) {
    const size = [...seq.value].length;
    return size === 0 || (n >= 0 && n <= Math.floor(MAX_STR_SIZE / size));
  }
  if (seq instanceof PyTuple) {
    const size = seq.items.length;
    return size === 0 || (n >= 0 && n <= Math.floor(MAX_COLLECTION_SIZE / size));
  }
  return true;
}

export function compileModule(
  interp: Interpreter,
  source: string,
  file: string,
  mode: RunMode,
): CodeUnit {
  const parsed = readSource(source, interp.library?.sourceChecks ?? null);
  const c = new Compiler(interp, parsed, file, mode);
  try {
    return c.module();
  } catch (e) {
    c.releaseConstants();
    throw e;
  }
}

class Compiler {
  private readonly lines: string[];
  /** The unit's constants (the parse tree's references, the merge cache). */
  private readonly pool: ConstantPool;
  /** The module code object's co_consts; `code` is the one being compiled (constants.ts). */
  private readonly moduleConsts: CodeConsts;
  private code: CodeConsts;
  private loopDepth = 0;
  /** Nesting of blocks and expressions in the code unit being compiled, and their maxima. */
  private nesting = { blocks: 0, exprs: 0, maxBlocks: 0, maxExprs: 0 };
  /**
   * Statements and expressions being compiled, one inside the other (CPython's AST depth).
   * Compiling and evaluating recurse once per level, so past HEAPSCOPE_MAX_DEPTH the statement is
   * refused rather than risk JavaScript's stack (parse.ts has already given CPython's own
   * RecursionError past its limit of 3000).
   */
  private depth = 0;
  /** The closure layout of each function, lambda and comprehension (scopes.ts). */
  private layouts = new Map<string, ClosureLayout>();

  constructor(
    private readonly interp: Interpreter,
    private readonly src: ParsedSource,
    private readonly file: string,
    private readonly mode: RunMode,
  ) {
    this.lines = src.source.split('\n');
    this.pool = new ConstantPool(interp.heap);
    this.moduleConsts = new CodeConsts(interp.heap, null);
    this.code = this.moduleConsts;
  }

  /** A refused compilation gives back the constants it made. */
  releaseConstants(): void {
    this.moduleConsts.release();
    this.pool.release();
  }

  module(): CodeUnit {
    this.layouts = analyzeScopes(
      this.src.tree.topNode,
      (x) => this.text(x),
      (x) => this.line(x),
      syntaxError,
    );
    const scope: Scope = {
      kind: 'module',
      locals: [],
      globals: new Set(),
      qualname: '',
      parent: null,
    };
    const body = this.withAnnotations(
      children(this.src.tree.topNode),
      this.block(children(this.src.tree.topNode), scope),
    );
    const stackBytes = frameStackBytes(this.nesting.maxBlocks, this.nesting.maxExprs);
    const consts = this.moduleConsts;
    const pool = this.pool;
    pool.compiled();
    return {
      name: '<module>',
      file: this.file,
      kind: 'module',
      localNames: [],
      paramCount: 0,
      firstLine: 1,
      lines: this.lines,
      warmup: WARMUP_START,
      stackBytes,
      frameBytes: frameBytesFor(0),
      // The module's code object owns its constants until it finishes running; then the
      // parse tree goes (pyrun_file frees it after run_mod).
      body: (f) => {
        f.code.warmup++;
        try {
          return body(f);
        } finally {
          consts.release();
          pool.release();
        }
      },
    };
  }

  // ---- helpers ----

  /** A node's source text; a name is NFKC-normalised as CPython does (`Ａ` is `A`). */
  private text(n: SyntaxNode): string {
    const t = this.src.source.slice(n.from, n.to);
    return n.name === 'VariableName' || n.name === 'PropertyName' ? normalizeName(t) : t;
  }

  /** Counts one level of nesting around `compile` (see `depth`). */
  private nested<R>(n: SyntaxNode, compile: () => R): R {
    if (++this.depth > HEAPSCOPE_MAX_DEPTH || !this.roomFor(this.depth)) {
      this.depth = 0;
      throw tooDeep(this.line(n));
    }
    try {
      return compile();
    } finally {
      this.depth--;
    }
  }

  /**
   * Every 50 levels, is there still room on JavaScript's stack (a browser worker has half of
   * Node's)? Refusing here, before anything ran, beats running out in the middle of a statement.
   */
  private roomFor(depth: number): boolean {
    return depth % 50 !== 0 || stackHasRoom();
  }

  private line(n: SyntaxNode): number {
    return position(this.src.lineStarts, n.from).line;
  }

  private unsupported(what: string, n: SyntaxNode): never {
    throw new NotSupported(what, this.line(n));
  }

  /**
   * A literal: `made` is the parser's new reference to its object; the unit's constant of that
   * value is loaded (LOAD_CONST), each evaluation returning a new reference to it.
   */
  private constant(made: PyObject): Ev {
    return this.loadConst(this.pool.literal(made));
  }

  /** LOAD_CONST of one of the unit's constants (borrowed): the code object holds it. */
  private loadConst(o: PyObject): Ev {
    this.code.add(o);
    const h = this.interp.heap;
    return () => {
      h.incref(o, STACK);
      return o;
    };
  }

  // ---- statements ----

  /**
   * A sequence of statements, each preceded by its tick (the line, the work count). The tick is
   * made here rather than by a wrapper around each statement: one JavaScript frame less for every
   * block a Python call is nested in, so that more Python frames fit in the JavaScript stack.
   */
  private block(nodes: SyntaxNode[], scope: Scope): Ex {
    const stmts: Ex[] = [];
    const lines: number[] = [];
    for (const n of nodes) this.statementsOf(n, scope, stmts, lines);
    const interp = this.interp;
    if (stmts.length === 1) {
      const only = stmts[0]!;
      const line = lines[0]!;
      return (f) => {
        interp.tick(f, line);
        return only(f);
      };
    }
    const n = stmts.length;
    return (f) => {
      for (let i = 0; i < n; i++) {
        interp.tick(f, lines[i]!);
        const s = stmts[i]!(f);
        if (s !== Signal.Normal) return s;
      }
      return Signal.Normal;
    };
  }

  private statementsOf(n: SyntaxNode, scope: Scope, out: Ex[], lines: number[]): void {
    if (n.name === 'StatementGroup') {
      for (const c of children(n)) if (c.name !== ';') this.statementsOf(c, scope, out, lines);
      return;
    }
    if (n.name === 'Comment' || n.name === ':' || n.name === 'newline') return;
    out.push(this.statement(n, scope));
    lines.push(this.line(n));
  }

  private statement(n: SyntaxNode, scope: Scope): Ex {
    return this.nested(n, () => this.statementAt(n, scope));
  }

  private statementAt(n: SyntaxNode, scope: Scope): Ex {
    switch (n.name) {
      case 'ExpressionStatement':
        return this.expressionStatement(n, scope);
      case 'AssignStatement':
        return this.assign(n, scope);
      case 'UpdateStatement':
        return this.augAssign(n, scope);
      case 'DeleteStatement':
        return this.del(n, scope);
      case 'PassStatement':
        return () => Signal.Normal;
      case 'ImportStatement':
        return this.importStatement(n, scope);
      case 'IfStatement':
        return this.ifStatement(n, scope);
      case 'WhileStatement':
        return this.whileStatement(n, scope);
      case 'ForStatement':
        return this.forStatement(n, scope);
      case 'BreakStatement':
      case 'ContinueStatement':
        if (this.loopDepth === 0) {
          const what = n.name === 'BreakStatement' ? "'break'" : "'continue'";
          throw syntaxError(`${what} outside loop`, this.line(n));
        }
        return n.name === 'BreakStatement' ? () => Signal.Break : () => Signal.Continue;
      case 'FunctionDefinition':
        return this.functionDef(n, scope);
      case 'DecoratedStatement':
        return this.decorated(n, scope);
      case 'ClassDefinition':
        return this.classDef(n, scope);
      case 'ReturnStatement':
        return this.returnStatement(n, scope);
      case 'TryStatement':
        return this.tryStatement(n, scope);
      case 'WithStatement':
        return this.withStatement(n, scope);
      case 'RaiseStatement':
        return this.raiseStatement(n, scope);
      case 'AssertStatement':
        return this.assertStatement(n, scope);
      case 'ScopeStatement':
        if (this.text(n).startsWith('nonlocal') && scope.kind === 'module')
          throw syntaxError('nonlocal declaration not allowed at module level', this.line(n));
        if (this.text(n).startsWith('nonlocal') && scope.kind === 'class')
          this.unsupported("'nonlocal' in a class body", n);
        return () => Signal.Normal;
      default:
        return this.unsupported(describeNode(n.name), n);
    }
  }

  private expressionStatement(n: SyntaxNode, scope: Scope): Ex {
    const h = this.interp.heap;
    const display = this.mode === 'single' && scope.kind === 'module';
    // `f(), g()` is one expression: a tuple of both (the REPL echoes `(1, 2)` for `1, 2`).
    const operands = children(n).filter(isOperand);
    const node = this.unparenthesized(operands[0]!);
    if (!display && operands.length === 1 && node.name === 'CallExpression' && !callUnpacks(node)) {
      const { setup, kw } = this.exprLevel(() => this.callSetup(node, scope));
      const interp = this.interp;
      return (f) => {
        h.decref(interp.callFromStack(f, setup(f), kw), STACK);
        return Signal.Normal;
      };
    }
    const e = this.exprList(operands, scope, n);
    if (display) {
      const display = (v: PyObject) => this.displayHook(v);
      return (f) => {
        const v = e(f);
        f.stack.push(v);
        display(v);
        f.stack.pop();
        h.decref(v, STACK);
        return Signal.Normal;
      };
    }
    return (f) => {
      h.decref(e(f), STACK);
      return Signal.Normal;
    };
  }

  /** sys.displayhook: prints the repr and keeps the value in builtins `_` (as the REPL does). */
  private displayHook(v: PyObject): void {
    const interp = this.interp;
    if (v instanceof PyNone) return;
    const h = interp.heap;
    interp.setName(interp.builtins, '_', h.none());
    interp.write('stdout', interp.reprOf(v) + '\n');
    h.incref(v);
    interp.setName(interp.builtins, '_', v);
  }

  /** A module or class body that has annotated assignments begins with SETUP_ANNOTATIONS. */
  private withAnnotations(nodes: SyntaxNode[], body: Ex): Ex {
    if (!hasAnnotations(nodes)) return body;
    const interp = this.interp;
    return (f) => {
      setupAnnotations(interp, f);
      return body(f);
    };
  }

  /**
   * `target: annotation [= value]` (compiler_annassign): the assignment first; then, in a module
   * or class body, the annotation is evaluated and, for a plain name, stored in
   * `__annotations__`. A function body evaluates no annotation of its variables.
   */
  private annotatedAssign(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n);
    const at = parts.findIndex((c) => c.name === 'TypeDef');
    const targetNodes = parts.slice(0, at).filter((c) => c.name !== ',');
    if (targetNodes.length !== 1 || parts.slice(0, at).some((c) => c.name === ','))
      throw syntaxError('only single target (not tuple) can be annotated', this.line(n));
    const target = targetNodes[0]!;
    const hasValue = parts[at + 1]?.name === 'AssignOp';
    if (parts.slice(at + 1).some((c, i) => i > 0 && c.name === 'AssignOp'))
      this.unsupported('an annotated chained assignment', n);
    const simple = target.name === 'VariableName';
    if (!simple && !hasValue) this.unsupported('an annotation of an attribute or item alone', n);
    if (!simple && target.name !== 'MemberExpression' && target.name !== 'SubscriptExpression')
      throw syntaxError('illegal target for annotation', this.line(n));
    const value = hasValue ? this.exprList(parts.slice(at + 2), scope, n) : null;
    const store = hasValue ? this.target(target, [target], scope, n) : null;
    const annNode = parts[at]!.lastChild!;
    const evaluated = scope.kind === 'module' || scope.kind === 'class';
    const annotation = evaluated ? this.expr(annNode, scope) : null;
    const load = evaluated && simple ? this.loadName('__annotations__', scope) : null;
    const name = this.text(target);
    const interp = this.interp;
    const h = interp.heap;
    if (simple && !evaluated && !hasValue) return () => Signal.Normal;
    return (f) => {
      if (store) store(f, value!(f));
      if (annotation) {
        const v = annotation(f);
        if (load) storeAnnotation(interp, f, load, name, v);
        else h.decref(v, STACK);
      }
      return Signal.Normal;
    };
  }

  private assign(n: SyntaxNode, scope: Scope): Ex {
    // Children: target groups separated by AssignOp; the last group is the value.
    const groups: SyntaxNode[][] = [[]];
    for (const c of children(n)) {
      if (c.name === 'AssignOp') groups.push([]);
      else if (c.name !== ',') groups[groups.length - 1]!.push(c);
    }
    if (children(n).some((c) => c.name === 'TypeDef')) return this.annotatedAssign(n, scope);
    const valueNodes = groups.pop()!;
    const value = this.exprList(valueNodes, scope, n);
    const targets = groups.map((g) => this.target(g.length === 1 ? g[0]! : null, g, scope, n));
    const h = this.interp.heap;
    if (targets.length === 1) {
      const t = targets[0]!;
      return (f) => {
        t(f, value(f));
        return Signal.Normal;
      };
    }
    // x = y = e: DUP_TOP for each extra target, stored left to right.
    return (f) => {
      const v = value(f);
      for (let i = 0; i < targets.length; i++) {
        if (i < targets.length - 1) h.incref(v, STACK);
        targets[i]!(f, v);
      }
      return Signal.Normal;
    };
  }

  /** Several comma-separated expressions make a tuple. */
  private exprList(nodes: SyntaxNode[], scope: Scope, at: SyntaxNode): Ev {
    if (nodes.length === 0) this.unsupported('an empty expression', at);
    if (nodes.length === 1) return this.expr(nodes[0]!, scope);
    return this.tupleOf(nodes, scope);
  }

  /** A store target: consumes the value reference it is given. */
  private target(
    single: SyntaxNode | null,
    group: SyntaxNode[],
    scope: Scope,
    at: SyntaxNode,
  ): (f: Frame, v: PyObject) => void {
    if (!single) return this.unpackTarget(group, scope);
    const n = single.name === 'ParenthesizedExpression' ? children(single)[1]! : single;
    switch (n.name) {
      case 'VariableName':
        return this.storeName(this.text(n), scope);
      case 'MemberExpression':
        return this.storeMember(n, scope);
      case 'TupleExpression':
      case 'ArrayExpression':
        return this.unpackTarget(children(n).filter(isOperand), scope);
      default:
        throw syntaxError(`cannot assign to ${describeNode(n.name)}`, this.line(at));
    }
  }

  private unpackTarget(nodes: SyntaxNode[], scope: Scope): (f: Frame, v: PyObject) => void {
    if (nodes.some((x) => x.name === '*')) this.unsupported('starred assignment', nodes[0]!);
    const targets = nodes.map((x) => this.target(x, [x], scope, x));
    const interp = this.interp;
    const h = interp.heap;
    return (f, v) => {
      // UNPACK_SEQUENCE: the items are pushed (new references), then the sequence is released.
      let items: PyObject[];
      try {
        if (v instanceof PyTuple || v instanceof PyList) {
          const n = v.items.length;
          if (n !== targets.length) unpackError(interp, targets.length, n);
          items = v.items.slice();
          for (let i = items.length - 1; i >= 0; i--) h.incref(items[i]!, STACK);
        } else {
          items = collectForUnpack(interp, v);
          if (items.length !== targets.length) {
            for (const i of items) h.decref(i);
            unpackError(interp, targets.length, items.length);
          }
        }
      } finally {
        h.decref(v, STACK);
      }
      const base = f.stack.length;
      for (let i = items.length - 1; i >= 0; i--) f.stack.push(items[i]!);
      for (const t of targets) t(f, f.stack.pop()!);
      f.stack.length = base;
    };
  }

  private storeName(name: string, scope: Scope): (f: Frame, v: PyObject) => void {
    const interp = this.interp;
    const h = interp.heap;
    if (scope.derefs?.has(name)) return storeDeref(h, scope.locals.indexOf(name));
    const slot =
      scope.kind === 'function' && !scope.globals.has(name) ? scope.locals.indexOf(name) : -1;
    if (slot >= 0) {
      return (f, v) => {
        const old = f.fast[slot];
        f.fast[slot] = v;
        h.noteMove(v, f, name);
        h.noteBind(f, name, v, true);
        if (old) h.decref(old, f, name);
      };
    }
    const key = interp.key(name);
    // STORE_GLOBAL: in a function, and for a name a class body declares `global`.
    const useGlobals = scope.kind === 'function' || scope.globals.has(name);
    return (f, v) => {
      const ns = useGlobals ? f.globals : f.names!;
      h.dictSetSteal(ns, key, v);
      h.noteBind(ns, name, v, true);
    };
  }

  private storeMember(n: SyntaxNode, scope: Scope): (f: Frame, v: PyObject) => void {
    const parts = children(n);
    const obj = this.expr(parts[0]!, scope);
    const interp = this.interp;
    const h = interp.heap;
    if (parts[1]!.name === '.') {
      const name = this.text(parts[2]!);
      return (f, v) => {
        f.stack.push(v);
        const o = obj(f);
        f.stack.push(o);
        interp.setAttr(o, name, v);
        f.stack.pop();
        f.stack.pop();
        h.decref(v, STACK);
        h.decref(o, STACK);
      };
    }
    const index = this.subscriptExpr(parts, scope, n);
    return (f, v) => {
      f.stack.push(v);
      const o = obj(f);
      f.stack.push(o);
      const k = index(f);
      f.stack.push(k);
      setItem(interp, o, k, v);
      f.stack.pop();
      f.stack.pop();
      f.stack.pop();
      h.decref(v, STACK);
      h.decref(o, STACK);
      h.decref(k, STACK);
    };
  }

  private augAssign(n: SyntaxNode, scope: Scope): Ex {
    const [targetNode, opNode, valueNode] = children(n) as [SyntaxNode, SyntaxNode, SyntaxNode];
    const op = this.text(opNode).slice(0, -1) as BinaryOp;
    if (!['+', '-', '*', '/', '//', '%', '**'].includes(op))
      this.unsupported(`the '${op}=' operator`, n);
    const value = this.expr(valueNode, scope);
    const interp = this.interp;
    const h = interp.heap;
    const inplace = (a: PyObject, b: PyObject): PyObject => {
      if (op === '*' && a instanceof PyList && (b instanceof PyInt || b instanceof PyBool)) {
        listInplaceRepeat(interp, a, Number(b instanceof PyBool ? +b.value : b.value));
        h.incref(a, STACK);
        return a;
      }
      if (op === '+' && a instanceof PyList) {
        // list += iterable extends in place and gives back the same list.
        listExtend(interp, a, b);
        h.incref(a, STACK);
        return a;
      }
      return binaryOp(interp, op, a, b);
    };
    const compute = (f: Frame, current: PyObject): PyObject => {
      f.stack.push(current);
      const b = value(f);
      f.stack.push(b);
      const r = inplace(current, b);
      f.stack.pop();
      f.stack.pop();
      h.decref(current, STACK);
      h.decref(b, STACK);
      return r;
    };
    if (targetNode.name === 'VariableName') {
      const load = this.loadName(this.text(targetNode), scope);
      const store = this.storeName(this.text(targetNode), scope);
      return (f) => {
        store(f, compute(f, load(f)));
        return Signal.Normal;
      };
    }
    if (targetNode.name !== 'MemberExpression')
      this.unsupported(`augmented assignment to ${describeNode(targetNode.name)}`, n);
    const parts = children(targetNode);
    const obj = this.expr(parts[0]!, scope);
    if (parts[1]!.name === '.') {
      const name = this.text(parts[2]!);
      return (f) => {
        const o = obj(f);
        f.stack.push(o);
        const r = compute(f, interp.getAttr(o, name));
        f.stack.push(r);
        interp.setAttr(o, name, r);
        f.stack.pop();
        f.stack.pop();
        h.decref(r, STACK);
        h.decref(o, STACK);
        return Signal.Normal;
      };
    }
    const index = this.subscriptExpr(parts, scope, targetNode);
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const k = index(f);
      f.stack.push(k);
      const r = compute(f, getItem(interp, o, k));
      f.stack.push(r);
      setItem(interp, o, k, r);
      f.stack.pop();
      f.stack.pop();
      f.stack.pop();
      h.decref(r, STACK);
      h.decref(o, STACK);
      h.decref(k, STACK);
      return Signal.Normal;
    };
  }

  private del(n: SyntaxNode, scope: Scope): Ex {
    const targets = children(n)
      .filter((c) => c.name !== 'del' && c.name !== ',')
      .flatMap((c) =>
        c.name === 'TupleExpression' || c.name === 'ArrayExpression'
          ? children(c).filter(isOperand)
          : [c],
      )
      .map((c) => this.delTarget(c, scope));
    return (f) => {
      for (const t of targets) t(f);
      return Signal.Normal;
    };
  }

  private delTarget(n: SyntaxNode, scope: Scope): (f: Frame) => void {
    const interp = this.interp;
    const h = interp.heap;
    if (n.name === 'VariableName') {
      const name = this.text(n);
      if (scope.derefs?.has(name))
        return deleteDeref(interp, scope.locals.indexOf(name), name, this.isFree(name, scope));
      const slot =
        scope.kind === 'function' && !scope.globals.has(name) ? scope.locals.indexOf(name) : -1;
      if (slot >= 0) {
        return (f) => {
          const old = f.fast[slot];
          if (!old) unboundLocal(interp, name);
          f.fast[slot] = null;
          h.noteBind(f, name, old, false);
          h.decref(old, f, name);
        };
      }
      const key = interp.key(name);
      const useGlobals = scope.kind === 'function' || scope.globals.has(name);
      return (f) => {
        const ns = useGlobals ? f.globals : f.names!;
        const old =
          h.dictGet(ns, key) ?? interp.raise('NameError', `name '${name}' is not defined`);
        h.noteBind(ns, name, old, false);
        h.dictDelete(ns, key);
      };
    }
    if (n.name !== 'MemberExpression')
      throw syntaxError(`cannot delete ${describeNode(n.name)}`, this.line(n));
    const parts = children(n);
    const obj = this.expr(parts[0]!, scope);
    if (parts[1]!.name === '.') {
      const name = this.text(parts[2]!);
      return (f) => {
        const o = obj(f);
        f.stack.push(o);
        interp.delAttr(o, name);
        f.stack.pop();
        h.decref(o, STACK);
      };
    }
    const index = this.subscriptExpr(parts, scope, n);
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const k = index(f);
      f.stack.push(k);
      deleteItem(interp, o, k);
      f.stack.pop();
      f.stack.pop();
      h.decref(o, STACK);
      h.decref(k, STACK);
    };
  }

  private importStatement(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n);
    const interp = this.interp;
    const h = interp.heap;
    if (parts[0]!.name === 'from') {
      const moduleName = this.text(parts[1]!);
      if (!MODULES.has(moduleName)) this.unsupported(`import of module '${moduleName}'`, n);
      const names = parts.slice(3).filter((c) => c.name === 'VariableName');
      if (parts.some((c) => c.name === 'as')) this.unsupported("'import ... as'", n);
      if (parts.some((c) => c.name === '*')) this.unsupported("'from ... import *'", n);
      for (const x of names) {
        if (isRefusedMember(interp, moduleName, this.text(x)))
          this.unsupported(`${moduleName}.${this.text(x)}`, n);
      }
      const stores = names.map((x) => [this.text(x), this.storeName(this.text(x), scope)] as const);
      return (f) => {
        const m = importModule(interp, moduleName);
        // Refusals come before any name is bound; a name CPython lacks too fails in turn.
        for (const [name] of stores)
          if (!h.dictGet(m.dict, interp.key(name))) refuseMissingMember(interp, moduleName, name);
        for (const [name, store] of stores) {
          const v = h.dictGet(m.dict, interp.key(name)) ?? missingImport(interp, moduleName, name);
          h.incref(v, STACK);
          store(f, v);
        }
        return Signal.Normal;
      };
    }
    if (parts.some((c) => c.name === 'as')) this.unsupported("'import ... as'", n);
    const names = parts.filter((c) => c.name === 'VariableName').map((x) => this.text(x));
    if (parts.some((c) => c.name === '.')) this.unsupported('import of a dotted module name', n);
    for (const name of names)
      if (!MODULES.has(name)) this.unsupported(`import of module '${name}'`, n);
    const stores = names.map((name) => [name, this.storeName(name, scope)] as const);
    return (f) => {
      for (const [name, store] of stores) {
        const m: PyModule = importModule(interp, name);
        h.incref(m, STACK);
        store(f, m);
      }
      return Signal.Normal;
    };
  }

  private condition(n: SyntaxNode, scope: Scope): (f: Frame) => boolean {
    const e = this.expr(n, scope);
    const interp = this.interp;
    return (f) => {
      const v = e(f);
      f.stack.push(v);
      const t = truthy(interp, v);
      f.stack.pop();
      interp.heap.decref(v, STACK);
      return t;
    };
  }

  private ifStatement(n: SyntaxNode, scope: Scope): Ex {
    const branches: { test: ((f: Frame) => boolean) | null; body: Ex }[] = [];
    const parts = children(n);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === 'if' || p.name === 'elif') {
        branches.push({
          test: this.condition(parts[i + 1]!, scope),
          body: this.body(parts[i + 2]!, scope),
        });
        i += 2;
      } else if (p.name === 'else') {
        branches.push({ test: null, body: this.body(parts[i + 1]!, scope) });
        i += 1;
      }
    }
    return (f) => {
      for (const b of branches) if (!b.test || b.test(f)) return b.body(f);
      return Signal.Normal;
    };
  }

  private body(n: SyntaxNode, scope: Scope): Ex {
    if (n.name !== 'Body') this.unsupported(describeNode(n.name), n);
    const nesting = this.nesting;
    nesting.maxBlocks = Math.max(nesting.maxBlocks, ++nesting.blocks);
    try {
      return this.block(children(n), scope);
    } finally {
      nesting.blocks--;
    }
  }

  /** Compiles a nested code unit's body with its own nesting counts; gives its stack estimate. */
  private nestedUnit<T>(compile: () => T): [T, number, CodeConsts] {
    const saved = this.nesting;
    const savedCode = this.code;
    this.nesting = { blocks: 0, exprs: 0, maxBlocks: 0, maxExprs: 0 };
    // A nested code object: a constant of the enclosing one, with constants of its own.
    const consts = new CodeConsts(this.interp.heap, savedCode);
    this.code = consts;
    try {
      const result = compile();
      return [result, frameStackBytes(this.nesting.maxBlocks, this.nesting.maxExprs), consts];
    } finally {
      this.nesting = saved;
      this.code = savedCode;
    }
  }

  private loopBody(n: SyntaxNode, scope: Scope): Ex {
    this.loopDepth++;
    try {
      return this.body(n, scope);
    } finally {
      this.loopDepth--;
    }
  }

  private whileStatement(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n);
    const test = this.condition(parts[1]!, scope);
    const body = this.loopBody(parts[2]!, scope);
    const orelse = parts[3]?.name === 'else' ? this.body(parts[4]!, scope) : null;
    return (f) => {
      for (;;) {
        if (!test(f)) return orelse ? orelse(f) : Signal.Normal;
        const s = body(f);
        if (s === Signal.Break) return Signal.Normal;
        if (s === Signal.Return) return s;
        f.code.warmup++;
      }
    };
  }

  private forStatement(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n);
    const inAt = parts.findIndex((c) => c.name === 'in');
    const targetNodes = parts.slice(1, inAt).filter((c) => c.name !== ',');
    const target = this.target(
      targetNodes.length === 1 ? targetNodes[0]! : null,
      targetNodes,
      scope,
      n,
    );
    const iterable = this.expr(parts[inAt + 1]!, scope);
    const body = this.loopBody(parts[inAt + 2]!, scope);
    const elseAt = parts.findIndex((c) => c.name === 'else');
    const orelse = elseAt >= 0 ? this.body(parts[elseAt + 1]!, scope) : null;
    const interp = this.interp;
    const h = interp.heap;
    const line = this.line(n);
    return (f) => {
      // GET_ITER replaces the iterable on the stack by its iterator, which holds it.
      const seq = iterable(f);
      f.stack.push(seq);
      const it = getIter(interp, seq);
      f.stack[f.stack.length - 1] = it;
      h.decref(seq, STACK);
      let signal = Signal.Normal;
      for (;;) {
        // FOR_ITER is on the `for` line: an error in next() (a generator's) is reported there.
        f.lineno = line;
        const v = iterNext(interp, it);
        if (!v) break;
        target(f, v);
        const s = body(f);
        if (s === Signal.Break || s === Signal.Return) {
          signal = s;
          break;
        }
        f.code.warmup++;
      }
      f.stack.pop();
      h.decref(it, STACK);
      if (signal === Signal.Normal && orelse) return orelse(f);
      return signal === Signal.Return ? Signal.Return : Signal.Normal;
    };
  }

  private returnStatement(n: SyntaxNode, scope: Scope): Ex {
    if (scope.kind !== 'function') throw syntaxError("'return' outside function", this.line(n));
    const parts = children(n).filter((c) => c.name !== 'return');
    const h = this.interp.heap;
    const only = parts.length === 1 ? this.unparenthesized(parts[0]!) : null;
    if (only?.name === 'CallExpression' && !callUnpacks(only)) {
      const { setup, kw } = this.exprLevel(() => this.callSetup(only, scope));
      const interp = this.interp;
      return (f) => {
        const v = interp.callFromStack(f, setup(f), kw);
        if (f.retval) h.decref(f.retval, STACK);
        f.retval = v;
        return Signal.Return;
      };
    }
    const value = parts.length
      ? this.exprList(
          parts.filter((c) => c.name !== ','),
          scope,
          n,
        )
      : null;
    return (f) => {
      const v = value ? value(f) : h.none();
      if (f.retval) h.decref(f.retval, STACK);
      f.retval = v;
      return Signal.Return;
    };
  }

  private functionDef(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n);
    if (parts[0]!.name === 'async') this.unsupported("'async def'", n);
    const name = this.text(parts[1]!);
    const make = this.makeFunction(name, parts[2]!, parts[parts.length - 1]!, scope, n, false);
    const store = this.storeName(name, scope);
    return (f) => {
      store(f, make(f));
      return Signal.Normal;
    };
  }

  /**
   * `@d1 @d2 def f` : the decorators are evaluated first, top to bottom, then the function is made
   * and each decorator called on it, innermost first (3.11: CALL 0 with the decorator in the
   * method slot, so the function moves into the call as its argument); the result is stored.
   */
  private decorated(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n);
    const def = parts[parts.length - 1]!;
    const decorators = parts.filter((c) => c.name === 'Decorator');
    const exprs = decorators.map((d) => this.decoratorExpr(d, scope));
    const lines = decorators.map((d) => this.line(d));
    const interp = this.interp;
    /** Calls the decorators on the stack's top on `made`, innermost first. */
    const apply = (f: Frame, made: PyObject): PyObject => {
      const base = f.stack.length - exprs.length;
      for (let i = exprs.length - 1; i >= 0; i--) {
        f.lineno = lines[i]!;
        f.stack.push(made);
        made = interp.callFromStack(f, base + i, null);
      }
      return made;
    };
    const push = (f: Frame) => {
      for (let i = 0; i < exprs.length; i++) {
        f.lineno = lines[i]!;
        f.stack.push(exprs[i]!(f));
      }
    };
    if (def.name === 'ClassDefinition') {
      const build = this.classDef(def, scope, apply);
      return (f) => {
        push(f);
        return build(f);
      };
    }
    if (def.name !== 'FunctionDefinition') this.unsupported(describeNode(def.name), def);
    const defParts = children(def);
    if (defParts[0]!.name === 'async') this.unsupported("'async def'", def);
    const name = this.text(defParts[1]!);
    const make = this.makeFunction(
      name,
      defParts[2]!,
      defParts[defParts.length - 1]!,
      scope,
      def,
      false,
      this.line(n),
    );
    const store = this.storeName(name, scope);
    const defLine = this.line(def);
    return (f) => {
      push(f);
      f.lineno = defLine;
      store(f, apply(f, make(f)));
      return Signal.Normal;
    };
  }

  /** A decorator: a dotted name, perhaps called (`@repeat(3)`). */
  private decoratorExpr(d: SyntaxNode, scope: Scope): Ev {
    const parts = children(d).filter((c) => c.name !== 'At' && c.name !== 'newline');
    const names = parts.filter((c) => c.name === 'VariableName').map((c) => this.text(c));
    const argList = parts.find((c) => c.name === 'ArgList');
    if (parts.some((c) => !['VariableName', '.', 'ArgList'].includes(c.name)) || !names.length)
      this.unsupported('this form of decorator', d);
    const interp = this.interp;
    const h = interp.heap;
    const load = (upTo: number): Ev => {
      const first = this.loadName(names[0]!, scope);
      const rest = names.slice(1, upTo);
      return (f) => {
        let v = first(f);
        for (const attr of rest) {
          f.stack.push(v);
          const next = interp.getAttr(v, attr);
          f.stack.pop();
          h.decref(v, STACK);
          v = next;
        }
        return v;
      };
    };
    if (!argList) return load(names.length);
    const { setup, kw } =
      names.length === 1
        ? this.callSetup(d, scope, { argList, callee: load(1) })
        : this.callSetup(d, scope, { argList, obj: load(names.length - 1), name: names.at(-1)! });
    return (f) => interp.callFromStack(f, setup(f), kw);
  }

  /** MAKE_FUNCTION: defaults evaluated now into a tuple; the function holds its globals. */
  private makeFunction(
    name: string,
    params: SyntaxNode,
    bodyNode: SyntaxNode,
    scope: Scope,
    at: SyntaxNode,
    isLambda: boolean,
    firstLine = this.line(at),
  ): Ev {
    const read = readParameters(params, this.src.source, (x) => this.text(x));
    if ('kind' in read) {
      if (read.kind === 'syntax') throw syntaxError(read.message, this.line(at));
      this.unsupported(
        read.message === 'annotations' ? 'annotations' : describeNode(read.message),
        at,
      );
    }
    const paramNames = read.names;
    const defaultNodes = read.defaults;
    const qualname =
      scope.kind === 'module'
        ? name
        : scope.kind === 'class'
          ? `${scope.qualname}.${name}`
          : `${scope.qualname}.<locals>.${name}`;
    const bodyNodes = isLambda ? [bodyNode] : children(bodyNode);
    const names = {
      locals: [...paramNames],
      globals: new Set<string>(),
      nonlocals: new Set<string>(),
    };
    if (isLambda) collectGlobals(bodyNodes, names, (x) => this.text(x));
    else collectLocals(bodyNodes, names, (x) => this.text(x));
    const layout = this.layouts.get(scopeKey(at)) ?? { cells: [], frees: [] };
    const frame = frameLayout(names.locals, paramNames.length, layout);
    const inner: Scope = {
      kind: 'function',
      locals: frame.names,
      globals: names.globals,
      qualname,
      parent: scope,
      derefs: new Set([...layout.cells, ...layout.frees]),
      frees: layout.frees,
    };
    const savedLoop = this.loopDepth;
    this.loopDepth = 0;
    // A `yield` in the body makes a generator function: its body is compiled to be resumable.
    const isGenerator = !isLambda && bodyNodes.some(holdsYield);
    if (isGenerator) this.refuseGeneratorsInProfile(at);
    let resumable: GenEx | undefined;
    const [body, stackBytes, consts] = this.nestedUnit((): Ex => {
      if (isGenerator) {
        resumable = this.resumableBody(bodyNode, inner);
        return notRunDirectly;
      }
      if (!isLambda) return this.body(bodyNode, inner);
      const e = this.expr(bodyNode, inner);
      return (f) => {
        f.retval = e(f);
        return Signal.Return;
      };
    });
    this.loopDepth = savedLoop;
    const code: CodeUnit = {
      name,
      file: this.file,
      kind: 'function',
      localNames: inner.locals,
      paramCount: paramNames.length,
      signature: read.signature,
      firstLine,
      lines: this.lines,
      warmup: WARMUP_START,
      stackBytes,
      frameBytes: frameBytesFor(inner.locals.length),
      cellSlots: frame.cellSlots,
      freeStart: frame.freeStart,
      doc: isLambda ? null : docstringOf(bodyNodes, (x) => this.text(x)),
      consts,
      body,
      ...(resumable ? { resumable } : {}),
    };
    // Its warm-up count outlives the functions made from it: the interpreter keeps it in view.
    this.interp.functionCode.push(code);
    const defaults = defaultNodes.length ? this.tupleOf(defaultNodes, scope) : null;
    const kwDefaults = read.kwDefaults.length ? this.kwDefaultsDict(read.kwDefaults, scope) : null;
    const returns = isLambda ? undefined : children(at).find((c) => c.name === 'TypeDef');
    const annotated = [...read.annotations];
    if (returns?.lastChild) annotated.push({ name: 'return', value: returns.lastChild });
    const annotations = annotated.length
      ? annotationTuple(
          this.interp,
          annotated.map((a) => [a.name, this.expr(a.value, scope)] as const),
        )
      : null;
    return this.functionMaker(
      code,
      qualname,
      defaults,
      kwDefaults,
      this.closureOf(layout.frees, scope),
      annotations,
    );
  }

  /**
   * MAKE_FUNCTION of `code`, with what it has of a defaults tuple, a `__kwdefaults__` dict and
   * a closure tuple, evaluated in CPython 3.11's order (compiler_default_arguments, then
   * compiler_make_closure): each stays on the value stack until the function takes it.
   */
  private functionMaker(
    code: CodeUnit,
    qualname: string,
    defaults: Ev | null,
    kwDefaults: ((f: Frame) => PyDict) | null,
    closure: Ev | null,
    annotations: Ev | null = null,
  ): Ev {
    const interp = this.interp;
    const h = interp.heap;
    const name = code.name;
    return (f) => {
      const d = defaults ? (defaults(f) as PyTuple) : null;
      const base = f.stack.length;
      if (d) f.stack.push(d);
      const kwd = kwDefaults ? kwDefaults(f) : null;
      if (kwd) f.stack.push(kwd);
      const ann = annotations ? annotations(f) : null;
      if (ann) f.stack.push(ann);
      // LOAD_CLOSURE of each free variable, BUILD_TUPLE: after the defaults, before the function.
      const c = closure ? (closure(f) as PyTuple) : null;
      f.stack.length = base;
      // func_code: the function holds the code object, and so its constants.
      code.consts?.retain();
      const fn = new PyFunction(
        h.allocAddress(0x90),
        interp.functionType,
        name,
        qualname,
        code,
        f.globals,
        d,
        c,
      );
      h.incref(f.globals, fn, '__globals__');
      if (kwd) {
        fn.kwdefaults = kwd;
        h.noteMove(kwd, fn, '__kwdefaults__');
      }
      if (ann) {
        fn.annotations = ann;
        h.noteMove(ann, fn, '__annotations__');
      }
      return h.track(fn);
    };
  }

  /** The `__kwdefaults__` dict MAKE_FUNCTION is given: BUILD_MAP of names and values. */
  private kwDefaultsDict(
    entries: readonly { readonly name: string; readonly value: SyntaxNode }[],
    scope: Scope,
  ): (f: Frame) => PyDict {
    const values = entries.map((e) => this.expr(e.value, scope));
    const h = this.interp.heap;
    return (f) => {
      const base = f.stack.length;
      entries.forEach((e, i) => {
        f.stack.push(h.newStr(e.name, true));
        f.stack.push(values[i]!(f));
      });
      const d = h.newDict();
      for (let i = base; i < f.stack.length; i += 2) h.dictSet(d, f.stack[i]!, f.stack[i + 1]!);
      for (const o of f.stack.splice(base) as PyObject[]) h.decref(o, STACK);
      return d;
    };
  }

  /**
   * A list, set or dict comprehension (comprehensions.ts): a nested function with the iterator of
   * the first `for` as its argument `.0` and the targets as its locals.
   */
  private comprehension(n: SyntaxNode, scope: Scope): Ev {
    const isGenexp = n.name === 'ComprehensionExpression' || n.name === 'ArgList';
    const kind: ComprehensionKind =
      n.name === 'ArrayComprehensionExpression'
        ? 'list'
        : n.name === 'SetComprehensionExpression'
          ? 'set'
          : 'dict';
    const profile = this.interp.heap.profile.name;
    // 3.12 inlines list, set and dict comprehensions (PEP 709), not generator expressions.
    if (isGenexp) this.refuseGeneratorsInProfile(n);
    else if (profile !== '3.11') {
      const why =
        profile === '3.12' ? 'PEP 709 inlines it' : 'Python 2 runs a list comprehension inline';
      this.unsupported(`a comprehension in the ${profile} profile (${why})`, n);
    }
    const parts = children(n).filter((c) => !['[', ']', '{', '}', '(', ')'].includes(c.name));
    if (parts.some((c) => c.name === 'async'))
      this.unsupported("'async for' in a comprehension", n);
    const forAt = parts.findIndex((c) => c.name === 'for');
    const elementNodes = parts.slice(0, forAt).filter((c) => c.name !== ':');
    type Raw = { targets: SyntaxNode[]; iter: SyntaxNode } | { test: SyntaxNode };
    const raw: Raw[] = [];
    const names = ['.0'];
    const bind = (t: SyntaxNode) => {
      if (t.name === 'VariableName') {
        if (!names.includes(this.text(t))) names.push(this.text(t));
      } else if (
        ['TupleExpression', 'ParenthesizedExpression', 'ArrayExpression'].includes(t.name)
      ) {
        for (const c of children(t)) if (isOperand(c)) bind(c);
      } else this.unsupported(`a comprehension target that is a ${describeNode(t.name)}`, t);
    };
    for (let i = forAt; i < parts.length;) {
      const p = parts[i]!;
      if (p.name === 'for') {
        const inAt = parts.findIndex((c, j) => j > i && c.name === 'in');
        const targets = parts.slice(i + 1, inAt).filter((c) => c.name !== ',');
        targets.forEach(bind);
        raw.push({ targets, iter: parts[inAt + 1]! });
        i = inAt + 2;
      } else if (p.name === 'if') {
        raw.push({ test: parts[i + 1]! });
        i += 2;
      } else this.unsupported(describeNode(p.name), p);
    }
    const name = isGenexp ? '<genexpr>' : COMPREHENSION_NAMES[kind];
    const qualname =
      scope.kind === 'module'
        ? name
        : scope.kind === 'class'
          ? `${scope.qualname}.${name}`
          : `${scope.qualname}.<locals>.${name}`;
    const layout = this.layouts.get(scopeKey(n)) ?? { cells: [], frees: [] };
    const frame = frameLayout(names, 1, layout);
    const inner: Scope = {
      kind: 'function',
      locals: frame.names,
      globals: new Set(),
      qualname,
      parent: scope,
      derefs: new Set([...layout.cells, ...layout.frees]),
      frees: layout.frees,
    };
    const first = raw[0] as { targets: SyntaxNode[]; iter: SyntaxNode };
    const firstIterable = this.expr(first.iter, scope);
    const interp = this.interp;
    const savedLoop = this.loopDepth;
    this.loopDepth = 0;
    let resumable: GenEx | undefined;
    const [body, stackBytes, consts] = this.nestedUnit((): Ex => {
      const clauses: Clause[] = raw.map((r, i) => {
        if ('test' in r)
          return { kind: 'if', test: this.condition(r.test, inner), line: this.line(r.test) };
        const single = r.targets.length === 1 ? r.targets[0]! : null;
        return {
          kind: 'for',
          target: this.target(single, r.targets, inner, n),
          iter: i === 0 ? null : this.expr(r.iter, inner),
          line: this.line(r.iter),
        };
      });
      const element = elementNodes.map((e) => this.expr(e, inner));
      const lines = elementNodes.map((e) => this.line(e));
      if (isGenexp) {
        resumable = genexpBody(interp, clauses, element[0]!, lines[0]!);
        return notRunDirectly;
      }
      return comprehensionBody(interp, kind, clauses, element, lines);
    });
    this.loopDepth = savedLoop;
    const code: CodeUnit = {
      name,
      file: this.file,
      kind: 'function',
      localNames: inner.locals,
      paramCount: 1,
      firstLine: this.line(n),
      lines: this.lines,
      warmup: WARMUP_START,
      stackBytes,
      frameBytes: frameBytesFor(inner.locals.length),
      cellSlots: frame.cellSlots,
      freeStart: frame.freeStart,
      consts,
      body,
      ...(resumable ? { resumable } : {}),
    };
    interp.functionCode.push(code);
    const make = this.functionMaker(
      code,
      qualname,
      null,
      null,
      this.closureOf(layout.frees, scope),
    );
    return callComprehension(interp, make, firstIterable);
  }

  /** The closure tuple for a function with these free variables, made from this scope's cells. */
  private closureOf(frees: readonly string[], scope: Scope): Ev | null {
    if (frees.length === 0) return null;
    const slots = frees.map((name) => scope.locals.indexOf(name));
    if (slots.some((i) => i < 0) || scope.kind === 'module')
      throw new Error(`closure of ${frees.join(', ')} outside a function`);
    const h = this.interp.heap;
    return (f) => {
      const cells = slots.map((i) => f.fast[i]!);
      for (const cell of cells) h.incref(cell, STACK);
      return h.newTuple(cells);
    };
  }

  /** Whether `name` is a free variable of `scope` (else a cell variable of its own). */
  private isFree(name: string, scope: Scope): boolean {
    return scope.frees?.includes(name) ?? false;
  }

  /** `decorate`: a class decorator's calls, on the class made (their callables on the stack). */
  private classDef(
    n: SyntaxNode,
    scope: Scope,
    decorate?: (f: Frame, t: PyObject) => PyObject,
  ): Ex {
    const parts = children(n);
    const name = this.text(parts[1]!);
    const argList = parts.find((c) => c.name === 'ArgList');
    const bases = argList ? children(argList).filter(isOperand) : [];
    if (argList && children(argList).some((c) => c.name === 'AssignOp'))
      this.unsupported('class keyword arguments', n);
    const baseExprs = bases.map((x) => this.expr(x, scope));
    const qualname =
      scope.kind === 'module'
        ? name
        : scope.kind === 'function'
          ? `${scope.qualname}.<locals>.${name}`
          : `${scope.qualname}.${name}`;
    // In a function, the body's frame takes the cells its reads and its methods need.
    const layout = this.layouts.get(scopeKey(n)) ?? { cells: [], frees: [] };
    // The implicit `__class__` cell (methods using super() read it) comes first, as a cell variable.
    const classCell = layout.cells.includes('__class__');
    const inner: Scope = {
      kind: 'class',
      locals: [...(classCell ? ['__class__'] : []), ...layout.frees],
      globals: new Set(),
      qualname,
      parent: scope,
      frees: layout.frees,
      classDerefs: new Set(layout.classDerefs ?? []),
    };
    const outerSlots = layout.frees.map((x) => scope.locals.indexOf(x));
    const bodyNode = parts[parts.length - 1]!;
    collectGlobals(children(bodyNode), inner, (x) => this.text(x));
    const savedLoop = this.loopDepth;
    this.loopDepth = 0;
    const [body, stackBytes, consts] = this.nestedUnit(() =>
      this.withAnnotations(children(bodyNode), this.body(bodyNode, inner)),
    );
    this.loopDepth = savedLoop;
    const code: CodeUnit = {
      name,
      file: this.file,
      kind: 'class',
      localNames: inner.locals,
      paramCount: 0,
      firstLine: this.line(n),
      lines: this.lines,
      warmup: WARMUP_START,
      stackBytes,
      frameBytes: frameBytesFor(inner.locals.length),
      freeStart: 0,
      consts,
      body,
    };
    const store = this.storeName(name, scope);
    const interp = this.interp;
    const h = interp.heap;
    const classLine = this.line(n);
    return (f) => {
      const evaluated: PyObject[] = [];
      for (const e of baseExprs) {
        const v = e(f);
        f.stack.push(v);
        evaluated.push(v);
      }
      const baseTypes = checkBases(interp, evaluated, classLine);
      const b = baseTypes[0] ?? null;
      if (
        b instanceof PyType &&
        !b.isHeapType &&
        b !== h.types.object &&
        !b.isSubtypeOf(interp.exceptions.get('BaseException')!)
      ) {
        // Subclasses of list, dict, ... would need the built-in's storage: outside the subset.
        throw new NotSupported(`subclassing the built-in type '${b.name}'`, classLine);
      }
      const ns = h.newDict(true);
      f.stack.push(ns);
      const frame = new Frame(h.allocAddress(0x1b0), code, f.globals, ns, [], null, f);
      const cellCount = classCell ? 1 : 0;
      frame.fast.length = cellCount;
      for (let i = 0; i < outerSlots.length; i++) {
        const cell = f.fast[outerSlots[i]!]!;
        h.incref(cell, frame, code.localNames[cellCount + i]);
        frame.fast.push(cell);
      }
      // COPY_FREE_VARS, then MAKE_CELL for `__class__`.
      if (classCell) frame.fast[0] = newClassCell(interp);
      const saved = interp.frame;
      // __build_class__ (a call through C) runs the body in a frame: two levels of the limit.
      interp.enterLevel(C_LEVEL_BYTES, ' while calling a Python object');
      try {
        interp.enterLevel(code.stackBytes, '');
      } catch (e) {
        interp.leaveLevel(C_LEVEL_BYTES);
        interp.clearFrame(frame);
        throw e;
      }
      interp.frame = frame;
      try {
        body(frame);
        // The body ends storing its `__class__` cell as `__classcell__` for type_new to fill.
        if (classCell) h.dictSet(ns, interp.key('__classcell__'), frame.fast[0]!);
        // The body returned: its frame lets go of the cells it took.
        interp.clearFrame(frame);
      } catch (e) {
        interp.unwindStack(frame, 0);
        // The traceback keeps the frame's object, which takes its cells over as it exits.
        if (e instanceof PyError) interp.addTraceback(e, frame);
        interp.clearFrame(frame);
        throw e;
      } finally {
        interp.frame = saved;
        interp.leaveLevel(code.stackBytes);
        interp.leaveLevel(C_LEVEL_BYTES);
      }
      refuseClassHooks(interp, ns, classLine);
      const mro = c3Mro(interp, baseTypes);
      const baseType = (b as PyType | null) ?? h.types.object;
      const slots = readSlots(
        interp,
        ns,
        baseType,
        baseType.isSubtypeOf(interp.exceptions.get('BaseException')!),
        classLine,
      );
      const t = new PyType(h.allocAddress(0x3a0), name, baseType, h.types.type, true);
      h.track(t);
      if (qualname !== name) t.qualname = qualname;
      if (mro) t.explicitMro = [t, ...mro];
      if (baseTypes.length > 1) t.explicitBases = baseTypes;
      if (b instanceof PyType && b.isHeapType) h.incref(b, t, '__base__');
      setLayout(t, slots);
      addTypeInternals(h, t);
      for (const e of ns.liveEntries()) {
        const key = (e.key as PyStr).value;
        if (key === '__classcell__') {
          setClassCell(interp, t, e.value);
          continue;
        }
        const v = classDictValue(interp, key, e.value);
        h.noteMove(v, t, key);
        t.attrs.set(key, v);
      }
      if (slots) addMemberDescriptors(h, t, slots);
      trackClassNamespace(h, t);
      classReady(interp, t, ns, classLine);
      f.stack.pop();
      h.decref(ns, STACK);
      for (let i = evaluated.length - 1; i >= 0; i--) {
        f.stack.pop();
        h.decref(evaluated[i]!, STACK);
      }
      store(f, decorate ? decorate(f, t) : t);
      return Signal.Normal;
    };
  }

  private tryStatement(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n);
    const body = this.body(parts[1]!, scope);
    const handlers: {
      type: Ev | null;
      name: string | null;
      body: Ex;
      store: ((f: Frame, v: PyObject) => void) | null;
      del: ((f: Frame) => void) | null;
    }[] = [];
    let orelse: Ex | null = null;
    let final: Ex | null = null;
    for (let i = 2; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === 'except') {
        let j = i + 1;
        let type: Ev | null = null;
        let name: string | null = null;
        if (parts[j]!.name === '*') this.unsupported("'except*'", n);
        if (parts[j]!.name !== 'Body') type = this.expr(parts[j++]!, scope);
        if (parts[j]!.name === 'as') {
          name = this.text(parts[j + 1]!);
          j += 2;
        }
        const hb = this.body(parts[j]!, scope);
        handlers.push({
          type,
          name,
          body: hb,
          store: name ? this.storeName(name, scope) : null,
          del: name ? this.delTarget(parts[j - 1]!, scope) : null,
        });
        i = j;
      } else if (p.name === 'else') {
        orelse = this.body(parts[++i]!, scope);
      } else if (p.name === 'finally') {
        final = this.body(parts[++i]!, scope);
      }
    }
    const interp = this.interp;
    const h = interp.heap;
    const matches = (f: Frame, exc: PyObject, type: Ev | null): boolean => {
      if (!type) return true;
      const t = type(f);
      try {
        const classes = t instanceof PyTuple ? t.items : [t];
        return classes.some((c) => {
          if (!(c instanceof PyType)) {
            return interp.raise(
              'TypeError',
              'catching classes that do not inherit from BaseException is not allowed',
            );
          }
          return exc.type.isSubtypeOf(c);
        });
      } finally {
        h.decref(t, STACK);
      }
    };
    const withHandlers = (f: Frame): Signal => {
      const depth = f.stack.length;
      let signal: Signal;
      try {
        signal = body(f);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        interp.unwindStack(f, depth);
        interp.addTraceback(e, f);
        for (const handler of handlers) {
          let matched: boolean;
          try {
            matched = matches(f, e.exc, handler.type);
          } catch (inner) {
            interp.releaseError(e);
            throw inner;
          }
          if (!matched) continue;
          interp.handling.push(e);
          if (handler.store) {
            h.incref(e.exc, STACK);
            handler.store(f, e.exc);
          }
          try {
            return handler.body(f);
          } finally {
            interp.handling.pop();
            if (handler.store) {
              // `except E as e:` ends with `e = None; del e`.
              handler.store(f, h.none());
              handler.del!(f);
            }
            // Unless a newer exception took it as its context.
            if (!e.adopted) interp.releaseError(e);
          }
        }
        throw e;
      }
      if (signal === Signal.Normal && orelse) return orelse(f);
      return signal;
    };
    if (!final) return withHandlers;
    const fin = final;
    return (f) => {
      const depth = f.stack.length;
      let signal: Signal;
      try {
        signal = withHandlers(f);
      } catch (e) {
        interp.unwindStack(f, depth);
        // The exception is being handled while the finally block runs (PUSH_EXC_INFO): one raised
        // there takes it as its context, else it would be lost with its traceback's frames.
        if (e instanceof PyError) interp.handling.push(e);
        let s: Signal;
        try {
          s = fin(f);
        } catch (inner) {
          if (e instanceof PyError) {
            interp.handling.pop();
            if (!e.adopted) interp.releaseError(e);
          }
          throw inner;
        }
        if (e instanceof PyError) interp.handling.pop();
        if (s !== Signal.Normal) {
          // break/return in finally discards the exception.
          if (e instanceof PyError) interp.releaseError(e);
          return s;
        }
        throw e;
      }
      const s = fin(f);
      return s !== Signal.Normal ? s : signal;
    };
  }

  /** `with m1 as t1, m2:` (see withStatement.ts). */
  private withStatement(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n);
    if (parts[0]!.name === 'async') this.unsupported("'async with'", n);
    const items: WithItem[] = [];
    let i = 1;
    while (i < parts.length && parts[i]!.name !== 'Body') {
      const manager = this.expr(parts[i]!, scope);
      let store: WithItem['store'] = null;
      if (parts[i + 1]?.name === 'as') {
        store = this.target(parts[i + 2]!, [], scope, n);
        i += 2;
      }
      items.push({ manager, store, line: this.line(n) });
      i++;
      if (parts[i]?.name === ',') i++;
    }
    // Each manager wraps the body in one more JavaScript frame: counted as a block of nesting.
    const nesting = this.nesting;
    nesting.blocks += items.length;
    let body: Ex;
    try {
      body = this.body(parts[i]!, scope);
    } finally {
      nesting.blocks -= items.length;
    }
    return compileWith(this.interp, items, body);
  }

  // ---- generator bodies (resumable.ts) ----

  /** Generators run in the 3.11 and 3.12 profiles (2.7's generator finalization differs). */
  private refuseGeneratorsInProfile(n: SyntaxNode): void {
    const profile = this.interp.heap.profile.name;
    if (profile === '2.7') this.unsupported('generators in the 2.7 profile', n);
  }

  /** A generator function's body, counted as `body` counts a block. */
  private resumableBody(n: SyntaxNode, scope: Scope): GenEx {
    if (n.name !== 'Body') this.unsupported(describeNode(n.name), n);
    const nesting = this.nesting;
    nesting.maxBlocks = Math.max(nesting.maxBlocks, ++nesting.blocks);
    try {
      const nodes: SyntaxNode[] = [];
      const flatten = (c: SyntaxNode) => {
        if (c.name === 'StatementGroup') children(c).forEach(flatten);
        else if (!['Comment', ':', 'newline', ';'].includes(c.name)) nodes.push(c);
      };
      children(n).forEach(flatten);
      const steps: Step[] = nodes.map((c) =>
        holdsYield(c)
          ? {
              line: this.line(c),
              plain: null,
              resumable: this.nested(c, () => this.resumableStatement(c, scope)),
            }
          : { line: this.line(c), plain: this.statement(c, scope), resumable: null },
      );
      return genBlock(this.interp, steps);
    } finally {
      nesting.blocks--;
    }
  }

  private resumableLoopBody(n: SyntaxNode, scope: Scope): GenEx {
    this.loopDepth++;
    try {
      return this.resumableBody(n, scope);
    } finally {
      this.loopDepth--;
    }
  }

  /** A header (a condition, an iterable, a manager) is compiled as usual: no `yield` in it. */
  private header(n: SyntaxNode): SyntaxNode {
    if (holdsYield(n)) this.unsupported("a 'yield' inside a statement's header", n);
    return n;
  }

  /** A statement that holds a `yield` of the generator it stands in. */
  private resumableStatement(n: SyntaxNode, scope: Scope): GenEx {
    const interp = this.interp;
    const parts = children(n);
    switch (n.name) {
      case 'YieldStatement':
        return genDiscard(interp, this.yieldExpr(n, scope));
      case 'ExpressionStatement': {
        const operands = parts.filter(isOperand);
        const y = operands.length === 1 ? yieldOf(operands[0]!) : null;
        if (y) return genDiscard(interp, this.yieldExpr(y, scope));
        break;
      }
      case 'AssignStatement': {
        const groups: SyntaxNode[][] = [[]];
        for (const c of parts) {
          if (c.name === 'AssignOp') groups.push([]);
          else if (c.name !== ',') groups[groups.length - 1]!.push(c);
        }
        const valueNodes = groups.pop()!;
        const y = valueNodes.length === 1 ? yieldOf(valueNodes[0]!) : null;
        if (!y || groups.some((g) => g.some(holdsYield))) break;
        if (parts.some((c) => c.name === 'TypeDef')) this.unsupported('annotations', n);
        const value = this.yieldExpr(y, scope);
        const targets = groups.map((g) => this.target(g.length === 1 ? g[0]! : null, g, scope, n));
        return genStore(interp, value, targets);
      }
      case 'IfStatement': {
        const branches: { test: ((f: Frame) => boolean) | null; body: GenEx }[] = [];
        for (let i = 0; i < parts.length; i++) {
          const p = parts[i]!;
          if (p.name === 'if' || p.name === 'elif') {
            branches.push({
              test: this.condition(this.header(parts[i + 1]!), scope),
              body: this.resumableBody(parts[i + 2]!, scope),
            });
            i += 2;
          } else if (p.name === 'else') {
            branches.push({ test: null, body: this.resumableBody(parts[i + 1]!, scope) });
            i += 1;
          }
        }
        return genIf(branches);
      }
      case 'WhileStatement': {
        const test = this.condition(this.header(parts[1]!), scope);
        const body = this.resumableLoopBody(parts[2]!, scope);
        const orelse = parts[3]?.name === 'else' ? this.resumableBody(parts[4]!, scope) : null;
        return genWhile(test, body, orelse);
      }
      case 'ForStatement': {
        const inAt = parts.findIndex((c) => c.name === 'in');
        const targetNodes = parts.slice(1, inAt).filter((c) => c.name !== ',');
        const target = this.target(
          targetNodes.length === 1 ? targetNodes[0]! : null,
          targetNodes,
          scope,
          n,
        );
        const iterable = this.expr(this.header(parts[inAt + 1]!), scope);
        const body = this.resumableLoopBody(parts[inAt + 2]!, scope);
        const elseAt = parts.findIndex((c) => c.name === 'else');
        const orelse = elseAt >= 0 ? this.resumableBody(parts[elseAt + 1]!, scope) : null;
        return genFor(interp, target, iterable, body, orelse, this.line(n));
      }
      case 'TryStatement': {
        const body = this.resumableBody(parts[1]!, scope);
        const handlers: GenHandler[] = [];
        let orelse: GenEx | null = null;
        let final: GenEx | null = null;
        for (let i = 2; i < parts.length; i++) {
          const p = parts[i]!;
          if (p.name === 'except') {
            let j = i + 1;
            let type: Ev | null = null;
            let name: string | null = null;
            if (parts[j]!.name === '*') this.unsupported("'except*'", n);
            if (parts[j]!.name !== 'Body') type = this.expr(this.header(parts[j++]!), scope);
            if (parts[j]!.name === 'as') {
              name = this.text(parts[j + 1]!);
              j += 2;
            }
            handlers.push({
              type,
              body: this.resumableBody(parts[j]!, scope),
              store: name ? this.storeName(name, scope) : null,
              del: name ? this.delTarget(parts[j - 1]!, scope) : null,
            });
            i = j;
          } else if (p.name === 'else') {
            orelse = this.resumableBody(parts[++i]!, scope);
          } else if (p.name === 'finally') {
            final = this.resumableBody(parts[++i]!, scope);
          }
        }
        return genTry(interp, body, handlers, orelse, final);
      }
      case 'WithStatement': {
        if (parts[0]!.name === 'async') this.unsupported("'async with'", n);
        const items: WithItem[] = [];
        let i = 1;
        while (i < parts.length && parts[i]!.name !== 'Body') {
          const manager = this.expr(this.header(parts[i]!), scope);
          let store: WithItem['store'] = null;
          if (parts[i + 1]?.name === 'as') {
            store = this.target(parts[i + 2]!, [], scope, n);
            i += 2;
          }
          items.push({ manager, store, line: this.line(n) });
          i++;
          if (parts[i]?.name === ',') i++;
        }
        let body = this.resumableBody(parts[i]!, scope);
        for (let k = items.length - 1; k >= 0; k--) body = genWith(interp, items[k]!, body);
        return body;
      }
    }
    return this.unsupported("a 'yield' inside a larger expression or statement", n);
  }

  /** `yield`, `yield a, b`, `yield from it`: a new reference, the value sent in or returned. */
  private yieldExpr(n: SyntaxNode, scope: Scope): GenEv {
    const parts = children(n).filter((c) => c.name !== 'yield' && !c.type.isError);
    if (parts[0]?.name === 'from') return genYieldFrom(this.interp, this.expr(parts[1]!, scope));
    const values = parts.filter((c) => c.name !== ',');
    if (values.some((c) => c.name === '*')) this.unsupported("'*' in a yield", n);
    const inner = values.length === 1 ? yieldOf(values[0]!) : null;
    if (inner) return genYieldOfYield(this.yieldExpr(inner, scope));
    if (values.some(holdsYield)) this.unsupported("a 'yield' inside a larger expression", n);
    return genYield(this.interp, values.length ? this.exprList(values, scope, n) : null);
  }

  private raiseStatement(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n).filter((c) => c.name !== 'raise');
    if (parts.some((c) => c.name === 'from')) this.unsupported("'raise ... from'", n);
    const interp = this.interp;
    const h = interp.heap;
    if (parts.length === 0) {
      return () => {
        const current =
          interp.handling[interp.handling.length - 1] ??
          interp.raise('RuntimeError', 'No active exception to reraise');
        h.incref(current.exc, STACK);
        return interp.raiseObject(current.exc, current);
      };
    }
    const e = this.expr(parts[0]!, scope);
    return (f) => {
      let v = e(f);
      if (v instanceof PyType) {
        f.stack.push(v);
        const inst = interp.callWith(v, [], null, f);
        f.stack.pop();
        h.decref(v, STACK);
        v = inst;
      }
      if (
        !(v instanceof PyInstance) ||
        !v.type.isSubtypeOf(interp.exceptions.get('BaseException')!)
      ) {
        h.decref(v, STACK);
        return interp.raise('TypeError', 'exceptions must derive from BaseException');
      }
      return interp.raiseObject(v);
    };
  }

  private assertStatement(n: SyntaxNode, scope: Scope): Ex {
    const parts = children(n).filter((c) => c.name !== 'assert' && c.name !== ',');
    const test = this.condition(parts[0]!, scope);
    const msg = parts[1] ? this.expr(parts[1], scope) : null;
    const interp = this.interp;
    return (f) => {
      if (test(f)) return Signal.Normal;
      const t = interp.exceptions.get('AssertionError')!;
      if (!msg) return interp.raiseObject(interp.callWith(t, [], null, f));
      const m = msg(f);
      f.stack.push(m);
      const exc = interp.callWith(t, [m], null, f);
      f.stack.pop();
      interp.heap.decref(m, STACK);
      return interp.raiseObject(exc);
    };
  }

  // ---- expressions ----

  expr(n: SyntaxNode, scope: Scope): Ev {
    // Both counts of `exprLevel` and `nested`, without their closures: deep expressions recurse
    // here once per level, and every JavaScript frame counts.
    const nesting = this.nesting;
    nesting.maxExprs = Math.max(nesting.maxExprs, ++nesting.exprs);
    try {
      if (++this.depth > HEAPSCOPE_MAX_DEPTH || !this.roomFor(this.depth)) {
        this.depth = 0;
        throw tooDeep(this.line(n));
      }
      try {
        return this.exprAt(n, scope);
      } finally {
        this.depth--;
      }
    } finally {
      nesting.exprs--;
    }
  }

  /** Compiles one level of expression nesting (counted for the frame's stack estimate). */
  private exprLevel<T>(compile: () => T): T {
    const nesting = this.nesting;
    nesting.maxExprs = Math.max(nesting.maxExprs, ++nesting.exprs);
    try {
      return compile();
    } finally {
      nesting.exprs--;
    }
  }

  private exprAt(n: SyntaxNode, scope: Scope): Ev {
    const interp = this.interp;
    const h = interp.heap;
    switch (n.name) {
      case 'VariableName':
        return this.loadName(this.text(n), scope);
      case 'Number':
        return this.constant(
          parseNumber(h, this.text(n), () => this.unsupported('complex numbers', n)),
        );
      case 'String':
        return this.stringLiteral(n);
      case 'ContinuedString':
        // Adjacent literals are one: an f-string if any of them is one.
        return children(n).some((p) => p.name === 'FormatString')
          ? this.formatString(children(n), scope)
          : this.stringLiteral(n);
      case 'FormatString':
        return this.formatString([n], scope);
      case 'Boolean':
        return this.constant(h.bool(this.text(n) === 'True'));
      case 'None':
        return this.constant(h.none());
      case 'ParenthesizedExpression':
        return this.expr(children(n)[1]!, scope);
      case 'ArrayExpression':
        return this.listDisplay(children(n).filter(isOperand), scope);
      case 'TupleExpression':
        return this.tupleOf(children(n).filter(isOperand), scope);
      case 'DictionaryExpression':
        return this.dictDisplay(n, scope);
      case 'SetExpression':
        return this.setDisplay(children(n).filter(isOperand), scope);
      case 'CallExpression':
        return this.call(n, scope);
      case 'MemberExpression':
        return this.member(n, scope);
      case 'BinaryExpression': {
        const folded = this.foldBinary(n);
        return folded ? this.loadConst(folded) : this.binary(n, scope);
      }
      case 'UnaryExpression':
        return this.unary(n, scope);
      case 'ConditionalExpression': {
        const [a, , c, , b] = children(n) as SyntaxNode[];
        const then = this.expr(a!, scope);
        const test = this.condition(c!, scope);
        const other = this.expr(b!, scope);
        return (f) => (test(f) ? then(f) : other(f));
      }
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'DictionaryComprehensionExpression':
      case 'ComprehensionExpression':
        return this.comprehension(n, scope);
      case 'LambdaExpression': {
        const parts = children(n);
        const params = parts.find((c) => c.name === 'ParamList');
        const bodyNode = parts[parts.length - 1]!;
        if (!params) {
          const empty = n; // a lambda without parameters: an empty parameter list
          return this.makeFunction('<lambda>', empty.firstChild!, bodyNode, scope, n, true);
        }
        return this.makeFunction('<lambda>', params, bodyNode, scope, n, true);
      }
      default:
        return this.unsupported(describeNode(n.name), n);
    }
  }

  private stringLiteral(n: SyntaxNode): Ev {
    const pieces = n.name === 'ContinuedString' ? children(n) : [n];
    let value = '';
    for (const p of pieces) {
      const lit = parseStringLiteral(this.text(p));
      if (lit.bytes) this.unsupported('bytes literals', n);
      value += lit.value;
    }
    // CPython interns string constants that look like identifiers.
    return this.constant(this.interp.heap.newStr(value, isInternable(value)));
  }

  /** An f-string, or adjacent literals of which one at least is an f-string (`f"{x}" "!"`). */
  private formatString(pieces: readonly SyntaxNode[], scope: Scope): Ev {
    const parts: (string | { value: Ev; conv: string | null; spec: string })[] = [];
    for (const n of pieces) {
      if (n.name === 'FormatString') this.formatStringParts(n, scope, parts);
      else {
        const lit = parseStringLiteral(this.text(n));
        if (lit.bytes) this.unsupported('bytes literals', n);
        // An empty literal adds nothing: `f"{x}" ""` is the lone field it looks like.
        if (lit.value) parts.push(lit.value);
      }
    }
    const interp = this.interp;
    const h = interp.heap;
    const only = parts.length === 1 ? parts[0]! : null;
    if (only && typeof only !== 'string' && only.conv === null && only.spec === '') {
      // A lone field is FORMAT_VALUE alone: a str is its own result, an int's is a new str.
      const field = only.value;
      return (f) => {
        const v = field(f);
        if (v instanceof PyStr) return v;
        f.stack.push(v);
        const text = formatField(interp, v, null, '');
        f.stack.pop();
        h.decref(v, STACK);
        return v instanceof PyInt ? h.freshStr(text) : h.newStr(text);
      };
    }
    return (f) => {
      let out = '';
      for (const p of parts) {
        if (typeof p === 'string') {
          out += p;
          continue;
        }
        const v = p.value(f);
        f.stack.push(v);
        out += formatField(interp, v, p.conv, p.spec);
        f.stack.pop();
        h.decref(v, STACK);
      }
      return h.newStr(out);
    };
  }

  /** The literal text and the fields of one f-string, in order, appended to `parts`. */
  private formatStringParts(
    n: SyntaxNode,
    scope: Scope,
    parts: (string | { value: Ev; conv: string | null; spec: string })[],
  ): void {
    const raw = this.text(n);
    const prefixLen = /^[a-zA-Z]*/.exec(raw)![0].length;
    const quote =
      raw.slice(prefixLen).startsWith('"""') || raw.slice(prefixLen).startsWith("'''") ? 3 : 1;
    const innerStart = n.from + prefixLen + quote;
    const innerEnd = n.to - quote;
    let cursor = innerStart;
    const literal = (from: number, to: number) => {
      if (to > from)
        parts.push(
          parseStringLiteral("'" + this.src.source.slice(from, to).replace(/'/g, "\\'") + "'")
            .value.replace(/\{\{/g, '{')
            .replace(/\}\}/g, '}'),
        );
    };
    const quoteText = raw.slice(prefixLen, prefixLen + quote);
    for (const r of children(n).filter((c) => c.name === 'FormatReplacement')) {
      // Before 3.12 (PEP 701) the f-string ended at its quote and a field could hold no
      // backslash: CPython 3.11 reads such a field as a SyntaxError Heapscope does not reproduce.
      const field = this.text(r);
      if (field.includes(quoteText) || field.includes('\\'))
        this.unsupported('an f-string field holding its own quote or a backslash (3.12 syntax)', r);
      literal(cursor, r.from);
      const kids = children(r);
      const exprNode = kids.find(isOperand);
      if (!exprNode) this.unsupported('an empty f-string field', r);
      const conv = kids.find((k) => k.name === 'FormatConversion');
      const spec = kids.find((k) => k.name === 'FormatSpec');
      if (spec && children(spec).some((k) => k.name === 'FormatReplacement'))
        this.unsupported('nested f-string fields', r);
      parts.push({
        value: this.expr(exprNode, scope),
        conv: conv ? this.text(conv).slice(1) : null,
        spec: spec ? this.text(spec).slice(1) : '',
      });
      cursor = r.to;
    }
    literal(cursor, innerEnd);
  }

  private loadName(name: string, scope: Scope): Ev {
    const interp = this.interp;
    const h = interp.heap;
    const key = interp.key(name);
    const notDefined = () => missingName(interp, name);
    if (scope.derefs?.has(name))
      return loadDeref(interp, scope.locals.indexOf(name), name, this.isFree(name, scope));
    if (scope.classDerefs?.has(name))
      return loadClassDeref(interp, scope.locals.indexOf(name), name);
    if (scope.kind === 'function' && !scope.globals.has(name)) {
      const slot = scope.locals.indexOf(name);
      if (slot >= 0) {
        return (f) => {
          const v = f.fast[slot];
          if (!v) unboundLocal(interp, name);
          h.incref(v, STACK);
          return v;
        };
      }
    }
    if (scope.kind === 'function' || scope.globals.has(name)) {
      // LOAD_GLOBAL: the globals, then the builtins.
      return (f) => {
        const v = h.dictGet(f.globals, key) ?? h.dictGet(interp.builtins, key) ?? notDefined();
        h.incref(v, STACK);
        return v;
      };
    }
    return (f) => {
      const v =
        h.dictGet(f.names!, key) ??
        (f.names !== f.globals ? h.dictGet(f.globals, key) : undefined) ??
        h.dictGet(interp.builtins, key) ??
        notDefined();
      h.incref(v, STACK);
      return v;
    };
  }

  /** Display items as pieces, `*` marking the expression after it. */
  private seqPieces(items: SyntaxNode[], scope: Scope): SeqPiece[] {
    const pieces: SeqPiece[] = [];
    for (let i = 0; i < items.length; i++) {
      const star = items[i]!.name === '*';
      if (star) i++;
      pieces.push({ star, ev: this.expr(items[i]!, scope) });
    }
    return pieces;
  }

  private listDisplay(items: SyntaxNode[], scope: Scope): Ev {
    if (items.some((x) => x.name === '*')) {
      const pieces = this.seqPieces(items, scope);
      const interp = this.interp;
      return (f) => buildStarredList(interp, f, pieces);
    }
    const h = this.interp.heap;
    // More than two constants: BUILD_LIST, then LIST_EXTEND from one constant tuple.
    const values = items.length > 2 ? this.constantValues(items) : null;
    if (values) {
      const folded = this.pool.built(h.newTuple(values)) as PyTuple;
      this.code.add(folded);
      const allocated = displaySlots(items.length, true);
      return () => {
        for (const v of folded.items) h.incref(v, STACK);
        return h.newList(folded.items.slice(), allocated);
      };
    }
    const evs = items.map((x) => this.expr(x, scope));
    const allocated = displaySlots(items.length, items.length > 2 && this.allConstant(items));
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e(f));
      // BUILD_LIST steals the items from the stack.
      const list = h.newList(f.stack.splice(base) as PyObject[], allocated);
      return list;
    };
  }

  /** Are these items all constants (which CPython folds into one constant tuple)? */
  private allConstant(items: SyntaxNode[]): boolean {
    const constant = (n: SyntaxNode): boolean => {
      switch (n.name) {
        case 'Number':
          return !/[jJ]$/.test(this.text(n));
        case 'Boolean':
        case 'None':
          return true;
        case 'String':
          return !/^[a-zA-Z]*[bB]/.test(this.text(n));
        case 'UnaryExpression':
          return /^[-+]/.test(this.text(n)) && children(n)[1]?.name === 'Number';
        case 'TupleExpression':
          return children(n).filter(isOperand).every(constant);
        default:
          return false;
      }
    };
    return items.every(constant);
  }

  private tupleOf(items: SyntaxNode[], scope: Scope): Ev {
    if (items.some((x) => x.name === '*')) {
      const pieces = this.seqPieces(items, scope);
      const interp = this.interp;
      return (f) => listToTuple(interp, buildStarredList(interp, f, pieces));
    }
    const folded = this.foldConstantTuple(items);
    if (folded) return this.loadConst(folded);
    const evs = items.map((x) => this.expr(x, scope));
    const h = this.interp.heap;
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e(f));
      const t = h.newTuple(f.stack.splice(base) as PyObject[]);
      return t;
    };
  }

  /**
   * CPython's AST optimizer folds a tuple of constants into one constant tuple (fold_tuple): the
   * unit's constant for it (borrowed), or null when an item is not a constant.
   */
  private foldConstantTuple(items: SyntaxNode[]): PyObject | null {
    const values = this.constantValues(items);
    if (!values) return null;
    return this.pool.literal(this.interp.heap.newTuple(values));
  }

  /**
   * The unit's constants for these items, each with a new reference for the tuple that will hold
   * them; null (nothing taken) when one is not a constant.
   */
  private constantValues(items: SyntaxNode[]): PyObject[] | null {
    const h = this.interp.heap;
    const values: PyObject[] = [];
    for (const x of items) {
      const v = this.constantValue(x);
      if (!v) {
        for (const made of values) h.decref(made);
        return null;
      }
      h.incref(v);
      values.push(v);
    }
    return values;
  }

  /**
   * The unit's constant (borrowed) for a literal or a folded constant expression, or null. Past
   * FOLD_DEPTH levels of nesting an expression is left unfolded (the compiler's own depth checks
   * then decide about it).
   */
  private constantValue(n: SyntaxNode): PyObject | null {
    if (this.foldDepth > FOLD_DEPTH) return null;
    this.foldDepth++;
    try {
      return this.constantValueAt(n);
    } finally {
      this.foldDepth--;
    }
  }

  private constantValueAt(n: SyntaxNode): PyObject | null {
    const h = this.interp.heap;
    if (n.name === 'Number' && !/[jJ]$/.test(this.text(n)))
      return this.pool.literal(parseNumber(h, this.text(n), () => null as never));
    if (n.name === 'Boolean') return this.pool.literal(h.bool(this.text(n) === 'True'));
    if (n.name === 'None') return this.pool.literal(h.none());
    if (n.name === 'String') {
      const lit = parseStringLiteral(this.text(n));
      return lit.bytes ? null : this.pool.literal(h.newStr(lit.value, isInternable(lit.value)));
    }
    if (n.name === 'UnaryExpression') return this.foldUnary(n);
    if (n.name === 'TupleExpression') return this.foldConstantTuple(children(n).filter(isOperand));
    if (n.name === 'ParenthesizedExpression') {
      const inner = children(n)[1];
      return inner ? this.constantValue(inner) : null;
    }
    if (n.name === 'BinaryExpression') return this.foldBinary(n);
    return null;
  }

  /**
   * fold_unaryop: `-` or `+` of a constant (a number literal, or anything folded) is computed at
   * compile time; the unit's constant for the result (borrowed), or null.
   */
  private foldUnary(n: SyntaxNode): PyObject | null {
    const h = this.interp.heap;
    const [opNode, operand] = children(n);
    const op = opNode && this.text(opNode);
    if ((op !== '-' && op !== '+') || !operand) return null;
    if (operand.name === 'Number' && !/[jJ]$/.test(this.text(operand)))
      return this.pool.literal(
        parseNumber(h, (op === '-' ? '-' : '') + this.text(operand), () => null as never),
      );
    const v = this.constantValue(operand);
    if (!(v instanceof PyInt || v instanceof PyFloat)) return null;
    if (op === '+') return v;
    return this.pool.literal(negate(this.interp, v));
  }

  /** How deep `constantValue` is nested (see FOLD_DEPTH). */
  private foldDepth = 0;

  /**
   * fold_binop of CPython's AST optimizer: an arithmetic operator on two constants is computed
   * at compile time, unless the result could be big (safe_multiply, safe_power: 128 bits of int,
   * 4096 characters of str), `%` formats a str, or computing it raises. The unit's constant for
   * the result (borrowed), or null.
   */
  private foldBinary(n: SyntaxNode): PyObject | null {
    const [left, opNode, right, extra] = children(n);
    if (!left || !opNode || !right || extra) return null;
    const op = this.text(opNode);
    if (!['+', '-', '*', '/', '//', '%', '**'].includes(op)) return null;
    const a = this.constantValue(left);
    if (!a) return null;
    const b = this.constantValue(right);
    if (!b || !foldable(op, a, b)) return null;
    const interp = this.interp;
    let r: PyObject;
    try {
      r = binaryOp(interp, op as BinaryOp, a, b);
    } catch (e) {
      // make_const: an error leaves the expression to raise when it runs.
      if (e instanceof PyError) {
        interp.releaseError(e);
        return null;
      }
      throw e;
    }
    return this.pool.literal(r);
  }

  private dictDisplay(n: SyntaxNode, scope: Scope): Ev {
    const items = children(n).filter(
      (c) => c.name !== '{' && c.name !== '}' && c.name !== ',' && c.name !== ':',
    );
    const interp = this.interp;
    if (items.some((x) => x.name === '**')) {
      const pieces: MapPiece[] = [];
      for (let i = 0; i < items.length; i++) {
        if (items[i]!.name === '**') {
          pieces.push({ kind: 'spread', ev: this.expr(items[++i]!, scope) });
        } else {
          const key = this.expr(items[i]!, scope);
          pieces.push({ kind: 'pair', key, value: this.expr(items[++i]!, scope) });
        }
      }
      return (f) => buildMergedDict(interp, f, pieces, null);
    }
    const evs = items.map((x) => this.expr(x, scope));
    const h = interp.heap;
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e(f));
      // BUILD_MAP: insert key/value pairs in order, then release the stack's references.
      const d = h.newDict();
      try {
        for (let i = base; i < f.stack.length; i += 2) {
          interp.hashGuard(() => h.dictSet(d, f.stack[i]!, f.stack[i + 1]!));
        }
      } catch (e) {
        h.decref(d);
        throw e;
      }
      const held = f.stack.slice(base) as PyObject[];
      f.stack.length = base;
      for (const o of held) h.decref(o, STACK);
      return d;
    };
  }

  /** BUILD_SET: each item is added (a new reference, none for a duplicate), then the stack's released. */
  private setDisplay(items: SyntaxNode[], scope: Scope): Ev {
    const interp = this.interp;
    if (items.some((x) => x.name === '*')) {
      const pieces = this.seqPieces(items, scope);
      return (f) => buildStarredSet(interp, f, pieces);
    }
    const h = interp.heap;
    // More than two constants: BUILD_SET, then SET_UPDATE from one constant frozenset.
    const values = items.length > 2 ? this.constantValues(items) : null;
    if (values) {
      const frozen = this.pool.frozenset(values, this.code);
      return () => h.newSetFromFrozen(frozen);
    }
    const evs = items.map((x) => this.expr(x, scope));
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e(f));
      const s = h.newSet();
      try {
        for (let i = base; i < f.stack.length; i++) setAdd(interp, s, f.stack[i]!);
      } catch (e) {
        h.decref(s);
        throw e;
      }
      for (const o of f.stack.splice(base) as PyObject[]) h.decref(o, STACK);
      return s;
    };
  }

  private subscriptExpr(parts: SyntaxNode[], scope: Scope, at: SyntaxNode): Ev {
    const inside = parts.slice(2, -1);
    if (inside.some((c) => c.name === ':')) return this.sliceExpr(inside, scope);
    const operands = inside.filter((c) => c.name !== ',');
    if (operands.length === 0) this.unsupported('an empty subscript', at);
    return operands.length === 1 ? this.expr(operands[0]!, scope) : this.tupleOf(operands, scope);
  }

  /** a[i:j:k] builds a slice object (a tuple marked as a slice for the subscript code). */
  private sliceExpr(inside: SyntaxNode[], scope: Scope): Ev {
    const fields: (SyntaxNode | null)[] = [null, null, null];
    let k = 0;
    for (const c of inside) {
      if (c.name === ':') k++;
      else if (c.name !== ',') fields[k] = c;
    }
    const evs = fields.map((x) => (x ? this.expr(x, scope) : null));
    const interp = this.interp;
    const h = interp.heap;
    return (f) => {
      const base = f.stack.length;
      for (const e of evs) f.stack.push(e ? e(f) : h.none());
      const s = h.newSlice(f.stack.splice(base) as PyObject[]);
      return s;
    };
  }

  private member(n: SyntaxNode, scope: Scope): Ev {
    const parts = children(n);
    const obj = this.expr(parts[0]!, scope);
    const interp = this.interp;
    const h = interp.heap;
    if (parts[1]!.name === '.') {
      const name = this.text(parts[2]!);
      return (f) => {
        const o = obj(f);
        f.stack.push(o);
        const v = interp.getAttr(o, name);
        f.stack.pop();
        h.decref(o, STACK);
        return v;
      };
    }
    const index = this.subscriptExpr(parts, scope, n);
    return (f) => {
      const o = obj(f);
      f.stack.push(o);
      const k = index(f);
      f.stack.push(k);
      const v = getItem(interp, o, k);
      f.stack.pop();
      f.stack.pop();
      h.decref(o, STACK);
      h.decref(k, STACK);
      return v;
    };
  }

  private call(n: SyntaxNode, scope: Scope): Ev {
    if (callUnpacks(n)) return this.callEx(n, scope);
    const { setup, kw } = this.callSetup(n, scope);
    const interp = this.interp;
    return (f) => interp.callFromStack(f, setup(f), kw);
  }

  /** A call with `*` or `**` arguments: CALL_FUNCTION_EX (see unpacking.ts). */
  private callEx(n: SyntaxNode, scope: Scope): Ev {
    const [calleeNode, argList] = children(n) as [SyntaxNode, SyntaxNode];
    const argNodes = children(argList).filter(
      (c) => c.name !== '(' && c.name !== ')' && c.name !== ',',
    );
    const positional: SeqPiece[] = [];
    const positionalNodes: SyntaxNode[] = [];
    const keywords: MapPiece[] = [];
    const h = this.interp.heap;
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (let i = 0; i < argNodes.length; i++) {
      const a = argNodes[i]!;
      if (a.name === '*' || a.name === '**') {
        const ev = this.expr(argNodes[i + 1]!, scope);
        i++;
        if (a.name === '*') {
          if (sawDoubleStar)
            throw syntaxError(
              'iterable argument unpacking follows keyword argument unpacking',
              this.line(n),
            );
          positional.push({ star: true, ev });
        } else {
          sawDoubleStar = true;
          keywords.push({ kind: 'spread', ev });
        }
        continue;
      }
      if (argNodes[i + 1]?.name === 'AssignOp') {
        const name = this.text(a);
        keywords.push({
          kind: 'pair',
          key: () => h.newStr(name, true),
          value: this.expr(argNodes[i + 2]!, scope),
        });
        sawKeyword = true;
        i += 2;
        continue;
      }
      if (sawDoubleStar)
        throw syntaxError('positional argument follows keyword argument unpacking', this.line(n));
      if (sawKeyword)
        throw syntaxError('positional argument follows keyword argument', this.line(n));
      if (a.name === 'for') this.unsupported("a generator expression beside '*' arguments", n);
      positional.push({ star: false, ev: this.expr(a, scope) });
      positionalNodes.push(a);
    }
    const callee = this.expr(calleeNode, scope);
    const interp = this.interp;
    let args: Ev;
    if (positional.length === 1 && positional[0]!.star) args = positional[0]!.ev;
    else if (positional.some((p) => p.star)) {
      args = (f) => listToTuple(interp, buildStarredList(interp, f, positional));
    } else if (positional.length > 2 && this.allConstant(positionalNodes)) {
      args = this.tupleOf(positionalNodes, scope);
    } else {
      args = (f) => {
        const base = f.stack.length;
        for (const p of positional) f.stack.push(p.ev(f));
        return h.newTuple(f.stack.splice(base) as PyObject[]);
      };
    }
    const hasKw = keywords.length > 0;
    return (f) => {
      const base = f.stack.length;
      f.stack.push(callee(f));
      f.stack.push(args(f));
      if (hasKw) f.stack.push(buildMergedDict(interp, f, keywords, f.stack[base]!));
      return callFunctionEx(interp, f, base);
    };
  }

  /**
   * A call is made in two steps: `setup` pushes the callable and the arguments and gives the
   * stack base, then callFromStack calls. A statement that is a call (or returns one) makes both
   * steps itself, so that the Python call nests one JavaScript frame less deep.
   */
  private callSetup(
    n: SyntaxNode,
    scope: Scope,
    /** A decorator's callee, given as a loaded name or as an object and a method name. */
    decorator?:
      { argList: SyntaxNode; callee: Ev } | { argList: SyntaxNode; obj: Ev; name: string },
  ): { setup: (f: Frame) => number; kw: readonly string[] | null } {
    const [calleeNode, argList] = decorator
      ? [n, decorator.argList]
      : (children(n) as [SyntaxNode, SyntaxNode]);
    const interp = this.interp;
    const args: Ev[] = [];
    const kwnames: string[] = [];
    const argNodes = children(argList).filter(
      (c) => c.name !== '(' && c.name !== ')' && c.name !== ',',
    );
    if (argList.getChild('for')) {
      // `f(x for x in xs)`: the generator expression is the only argument.
      if (argList.getChild(',') || argList.getChild('AssignOp'))
        throw syntaxError('Generator expression must be parenthesized', this.line(n));
      argNodes.length = 0;
      args.push(this.comprehension(argList, scope));
    }
    for (let i = 0; i < argNodes.length; i++) {
      const a = argNodes[i]!;
      if (a.name === '*' || a.name === '**') this.unsupported(`'${a.name}' arguments`, n);
      if (argNodes[i + 1]?.name === 'AssignOp') {
        kwnames.push(this.text(a));
        args.push(this.expr(argNodes[i + 2]!, scope));
        i += 2;
        continue;
      }
      if (kwnames.length)
        throw syntaxError('positional argument follows keyword argument', this.line(n));
      if (a.name === 'for') this.unsupported("a generator expression beside '*' arguments", n);
      args.push(this.expr(a, scope));
    }
    const kw = kwnames.length ? kwnames : null;
    const pushArgs = (f: Frame) => {
      for (const a of args) f.stack.push(a(f));
    };
    const calleeParts =
      calleeNode.name === 'MemberExpression' && !decorator ? children(calleeNode) : null;
    const method =
      decorator && 'obj' in decorator
        ? decorator
        : calleeParts && calleeParts[1]!.name === '.'
          ? { obj: this.expr(calleeParts[0]!, scope), name: this.text(calleeParts[2]!) }
          : null;
    if (method) {
      // LOAD_METHOD: [method, self] when it is a plain method, else [attribute, NULL].
      const { obj, name } = method;
      const setup = (f: Frame) => {
        const base = f.stack.length;
        interp.loadMethod(f, obj(f), name);
        pushArgs(f);
        return base;
      };
      return { setup, kw };
    }
    const callee =
      decorator && 'callee' in decorator ? decorator.callee : this.expr(calleeNode, scope);
    const setup = (f: Frame) => {
      const base = f.stack.length;
      f.stack.push(callee(f), null);
      pushArgs(f);
      return base;
    };
    return { setup, kw };
  }

  /** The node of an expression without its parentheses. */
  private unparenthesized(n: SyntaxNode): SyntaxNode {
    while (n.name === 'ParenthesizedExpression') n = children(n)[1]!;
    return n;
  }

  private binary(n: SyntaxNode, scope: Scope): Ev {
    const [left, opNode, ...rest] = children(n) as SyntaxNode[];
    const opText = this.text(opNode!);
    const interp = this.interp;
    const h = interp.heap;
    if (opText === 'and' || opText === 'or') {
      return this.andOr(this.expr(left!, scope), this.expr(rest[0]!, scope), opText === 'and');
    }
    // `is not` / `not in` have two operator tokens.
    let op = opText;
    let right = rest[0]!;
    if (rest.length > 1) {
      op = `${opText} ${this.text(rest[0]!)}`;
      right = rest[1]!;
    }
    if (opNode!.name === 'ArithOp' || ['+', '-', '*', '/', '//', '%', '**'].includes(op)) {
      if (!['+', '-', '*', '/', '//', '%', '**'].includes(op))
        this.unsupported(`the '${op}' operator`, n);
      const a = this.expr(left!, scope);
      const b = this.expr(right, scope);
      return (f) => {
        const x = a(f);
        f.stack.push(x);
        const y = b(f);
        f.stack.push(y);
        const r = binaryOp(interp, op as BinaryOp, x, y);
        f.stack.pop();
        f.stack.pop();
        h.decref(x, STACK);
        h.decref(y, STACK);
        return r;
      };
    }
    if (!['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in'].includes(op)) {
      this.unsupported(`the '${op}' operator`, n);
    }
    const test = (x: PyObject, y: PyObject): boolean => {
      switch (op) {
        case 'is':
          return x === y;
        case 'is not':
          return x !== y;
        case 'in':
          return contains(interp, y, x);
        case 'not in':
          return !contains(interp, y, x);
        default:
          return compare(interp, op as CompareOp, x, y);
      }
    };
    // a < b < c: the left side is itself an unparenthesised comparison.
    if (left!.name === 'BinaryExpression' && isComparison(this.text(children(left!)[1]!))) {
      const chainLeft = this.comparisonChain(left!, scope);
      const b = this.expr(right, scope);
      return (f) => {
        const mid = chainLeft(f);
        if (!mid) return h.bool(false);
        f.stack.push(mid);
        const y = b(f);
        f.stack.push(y);
        const t = test(mid, y);
        f.stack.pop();
        f.stack.pop();
        h.decref(mid, STACK);
        h.decref(y, STACK);
        return h.bool(t);
      };
    }
    const a = this.expr(left!, scope);
    const b = this.expr(right, scope);
    return (f) => {
      const x = a(f);
      f.stack.push(x);
      const y = b(f);
      f.stack.push(y);
      const t = test(x, y);
      f.stack.pop();
      f.stack.pop();
      h.decref(x, STACK);
      h.decref(y, STACK);
      return h.bool(t);
    };
  }

  /** For a chain, the left comparison: null when false, else its right operand (owned). */
  private comparisonChain(n: SyntaxNode, scope: Scope): (f: Frame) => PyObject | null {
    const [left, , right] = children(n) as [SyntaxNode, SyntaxNode, SyntaxNode];
    const interp = this.interp;
    const h = interp.heap;
    const op = this.text(children(n)[1]!) as CompareOp;
    if (!['==', '!=', '<', '<=', '>', '>='].includes(op))
      this.unsupported('chained identity or membership tests', n);
    const a =
      left.name === 'BinaryExpression' && isComparison(this.text(children(left)[1]!))
        ? null
        : this.expr(left, scope);
    const inner = a ? null : this.comparisonChain(left, scope);
    const b = this.expr(right, scope);
    return (f) => {
      const x = a ? a(f) : inner!(f);
      if (!x) return null;
      f.stack.push(x);
      const y = b(f);
      f.stack.push(y);
      const t = compare(interp, op, x, y);
      f.stack.pop();
      f.stack.pop();
      h.decref(x, STACK);
      if (!t) {
        h.decref(y, STACK);
        return null;
      }
      return y;
    };
  }

  /** `a and b` / `a or b`: the deciding operand itself is the result. */
  private andOr(a: Ev, b: Ev, isAnd: boolean): Ev {
    const interp = this.interp;
    const h = interp.heap;
    return (f) => {
      const v = a(f);
      f.stack.push(v);
      const t = truthy(interp, v);
      f.stack.pop();
      if (t !== isAnd) return v;
      h.decref(v, STACK);
      return b(f);
    };
  }

  /**
   * `not X`, where lezer's tree puts `not` over a whole `and`/`or` or conditional expression:
   * Python's `not` binds tighter than those, so it applies to their leftmost operand.
   */
  private notOf(operand: SyntaxNode, scope: Scope): Ev {
    const parts = children(operand);
    if (operand.name === 'BinaryExpression') {
      const op = this.text(parts[1]!);
      if (op === 'and' || op === 'or') {
        return this.andOr(this.notOf(parts[0]!, scope), this.expr(parts[2]!, scope), op === 'and');
      }
    }
    if (operand.name === 'ConditionalExpression') {
      const [a, , c, , b] = parts as SyntaxNode[];
      const then = this.notOf(a!, scope);
      const test = this.condition(c!, scope);
      const other = this.expr(b!, scope);
      return (f) => (test(f) ? then(f) : other(f));
    }
    const e = this.expr(operand, scope);
    const interp = this.interp;
    const h = interp.heap;
    return (f) => {
      const v = e(f);
      f.stack.push(v);
      const t = truthy(interp, v);
      f.stack.pop();
      h.decref(v, STACK);
      return h.bool(!t);
    };
  }

  private unary(n: SyntaxNode, scope: Scope): Ev {
    const [opNode, operand] = children(n) as [SyntaxNode, SyntaxNode];
    const op = this.text(opNode);
    const interp = this.interp;
    const h = interp.heap;
    if (op === '-' && operand.name === 'Number') {
      const text = this.text(operand);
      return this.constant(
        parseNumber(h, '-' + text, () => this.unsupported('complex numbers', n)),
      );
    }
    const folded = op === '-' || op === '+' ? this.foldUnary(n) : null;
    if (folded) return this.loadConst(folded);
    if (op === 'not') return this.notOf(operand, scope);
    const e = this.expr(operand, scope);
    if (op === '-' || op === '+') {
      return (f) => {
        const v = e(f);
        f.stack.push(v);
        const r = op === '-' ? negate(interp, v) : (h.incref(v), v);
        f.stack.pop();
        h.decref(v, STACK);
        return r;
      };
    }
    return this.unsupported(`the unary '${op}' operator`, n);
  }
}

/**
 * The references a new class holds to itself and its bases, as type_new makes them: its __mro__
 * tuple (the class and its heap bases), its __bases__ tuple, and the `__dict__` and `__weakref__`
 * descriptors its base lacked (slots.ts), which point back to it.
 * They are internal: kept as hidden objects that the view does not draw.
 */
function addTypeInternals(h: Heap, t: PyType): void {
  const hold = (o: PyObject, tracked = true) => {
    o.internal = true;
    if (!tracked) h.gc.untrack(o);
    t.internals.push(o);
    return o;
  };
  const tuple = (items: PyObject[]) => {
    for (const i of items) h.incref(i, t, '__mro__');
    return h.newTuple(items);
  };
  // Tracked once it holds something trackable (classNamespace.ts), as CPython's tp_dict is.
  const namespace = h.newDict(true);
  namespace.ownerClass = t;
  hold(namespace);
  t.mroIndex = t.internals.length;
  hold(tuple([...t.mro()]));
  const base = t.base!;
  if (t.explicitBases || base.isHeapType) {
    hold(tuple([...t.bases()]));
  } else {
    hold(h.newTuple([h.types.object]));
  }
  // The __dict__ and __weakref__ descriptors the class adds (its base lacks them) live in the
  // namespace and point back to the class.
  for (const name of addedDescriptors(t)) {
    const descriptor = tuple([t]);
    descriptor.internal = true;
    h.dictSet(namespace, h.internedStr(name), descriptor);
    h.decref(descriptor);
  }
}

function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':', ';']);
function isOperand(n: SyntaxNode): boolean {
  return !PUNCTUATION.has(n.name);
}

/** The first token of a comparison operator (`is not` starts with `is`, `not in` with `not`). */
function isComparison(op: string): boolean {
  return ['==', '!=', '<', '<=', '>', '>=', 'is', 'in', 'not'].includes(op);
}

/**
 * The slots of a list display's list. Three or more constants are compiled to an empty list
 * extended by a constant tuple (its length rounded up to even); more than 30 items are appended
 * one by one (each growth as list_resize decides); otherwise BUILD_LIST makes exactly n.
 */
/**
 * CPython's localsplus: the plain locals (parameters first, a captured parameter keeps its slot
 * and holds a cell), then the other cell variables, then the free variables.
 */
function frameLayout(
  locals: readonly string[],
  paramCount: number,
  layout: ClosureLayout,
): { names: string[]; cellSlots: number[]; freeStart: number } {
  const cells = new Set(layout.cells);
  const plain = locals.filter((n, i) => i < paramCount || !cells.has(n));
  const extraCells = layout.cells.filter((n) => plain.indexOf(n) < 0);
  const names = [...plain, ...extraCells, ...layout.frees];
  const cellSlots = layout.cells.map((n) => names.indexOf(n)).sort((a, b) => a - b);
  return { names, cellSlots, freeStart: plain.length + extraCells.length };
}

function displaySlots(n: number, allConstant: boolean): number {
  if (allConstant) return preallocatedSlots(n);
  if (n <= 30) return n;
  let allocated = 0;
  for (let size = 0; size < n; size++)
    if (size >= allocated) allocated = listGrowth(size + 1, size);
  return allocated;
}

/** UNPACK_SEQUENCE of something without __iter__ says so in its own words. */
function collectForUnpack(interp: Interpreter, v: PyObject): PyObject[] {
  try {
    return collect(interp, v);
  } catch (e) {
    if (
      e instanceof PyError &&
      interp.describeException(e.exc) === `TypeError: '${v.type.name}' object is not iterable`
    ) {
      interp.releaseError(e);
      interp.raise('TypeError', `cannot unpack non-iterable ${v.type.name} object`);
    }
    throw e;
  }
}

function unpackError(interp: Interpreter, expected: number, got: number): never {
  if (got < expected)
    interp.raise('ValueError', `not enough values to unpack (expected ${expected}, got ${got})`);
  return interp.raise('ValueError', `too many values to unpack (expected ${expected})`);
}

function unboundLocal(interp: Interpreter, name: string): never {
  return interp.raise(
    'UnboundLocalError',
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}

/** Does this call unpack arguments with `*` or `**`? */
function callUnpacks(call: SyntaxNode): boolean {
  const argList = call.lastChild;
  for (let c = argList?.firstChild; c; c = c.nextSibling)
    if (c.name === '*' || c.name === '**') return true;
  return false;
}

/** A compile-time SyntaxError for rules the grammar does not check ('return' outside function). */
function syntaxError(msg: string, line: number): Error {
  return new NotSupportedSyntax(msg, line);
}

export class NotSupportedSyntax extends Error {
  constructor(
    readonly msg: string,
    readonly line: number,
  ) {
    super(msg);
  }
}

function describeNode(name: string): string {
  if (UNSUPPORTED[name]) return UNSUPPORTED[name];
  return name
    .replace(/(Statement|Expression)$/, (m) => ` ${m.toLowerCase()}`)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

export type { PyDict, PyBool, Scope };
