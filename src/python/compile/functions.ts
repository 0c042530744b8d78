/** `def` and `lambda`: the code unit of a function body, decorators, MAKE_FUNCTION. */
import type { SyntaxNode } from '@lezer/common';
import { PyFunction, PyObject, PyTuple, STACK, type PyDict } from '../../engine';
import {
  Frame,
  frameBytesFor,
  Signal,
  WARMUP_START,
  type CodeUnit,
  type Ev,
  type Ex,
  type GenEx,
} from '../frame';
import { readParameters } from '../parameters';
import { docstringOf } from '../docstrings';
import { annotationTuple } from '../annotations';
import { collectGlobals, collectLocals, scopeKey } from '../scopes';
import { holdsYield } from '../yieldNodes';
import type { CompileContext, Scope } from './context';
import { children, syntaxError, describeNode } from './syntax';
import { frameLayout, notRunDirectly } from './frameLayout';
import { callSetup } from './calls';
import { classDef } from './classes';
import { loadName, storeName } from './names';
import { resumableBody } from './generatorBodies';
import { tupleOf } from './displays';
import { native } from '../ir/native';

export function functionDef(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const parts = children(n);
  if (parts[0]!.name === 'async') ctx.unsupported("'async def'", n);
  const name = ctx.text(parts[1]!);
  const make = makeFunction(ctx, name, parts[2]!, parts[parts.length - 1]!, scope, n, false);
  const store = ctx.backend.store(storeName(ctx, name, scope));
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
export function decorated(ctx: CompileContext, n: SyntaxNode, scope: Scope): Ex {
  const parts = children(n);
  const def = parts[parts.length - 1]!;
  const decorators = parts.filter((c) => c.name === 'Decorator');
  const exprs = decorators.map((d) => decoratorExpr(ctx, d, scope));
  const lines = decorators.map((d) => ctx.line(d));
  const interp = ctx.interp;
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
    const build = classDef(ctx, def, scope, apply);
    return (f) => {
      push(f);
      return build(f);
    };
  }
  if (def.name !== 'FunctionDefinition') ctx.unsupported(describeNode(def.name), def);
  const defParts = children(def);
  if (defParts[0]!.name === 'async') ctx.unsupported("'async def'", def);
  const name = ctx.text(defParts[1]!);
  const make = makeFunction(
    ctx,
    name,
    defParts[2]!,
    defParts[defParts.length - 1]!,
    scope,
    def,
    false,
    ctx.line(n),
  );
  const store = ctx.backend.store(storeName(ctx, name, scope));
  const defLine = ctx.line(def);
  return (f) => {
    push(f);
    f.lineno = defLine;
    store(f, apply(f, make(f)));
    return Signal.Normal;
  };
}

/** A decorator: a dotted name, perhaps called (`@repeat(3)`). */
export function decoratorExpr(ctx: CompileContext, d: SyntaxNode, scope: Scope): Ev {
  const parts = children(d).filter((c) => c.name !== 'At' && c.name !== 'newline');
  const names = parts.filter((c) => c.name === 'VariableName').map((c) => ctx.text(c));
  const argList = parts.find((c) => c.name === 'ArgList');
  if (parts.some((c) => !['VariableName', '.', 'ArgList'].includes(c.name)) || !names.length)
    ctx.unsupported('this form of decorator', d);
  const interp = ctx.interp;
  const h = interp.heap;
  const load = (upTo: number): Ev => {
    const first = ctx.backend.expr(loadName(ctx, names[0]!, scope));
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
  const { setup, kw } = ctx.backend.call(
    names.length === 1
      ? callSetup(ctx, d, scope, { argList, callee: native(load(1)) })
      : callSetup(ctx, d, scope, {
          argList,
          obj: native(load(names.length - 1)),
          name: names.at(-1)!,
        }),
  );
  return (f) => interp.callFromStack(f, setup(f), kw);
}

/** MAKE_FUNCTION: defaults evaluated now into a tuple; the function holds its globals. */
export function makeFunction(
  ctx: CompileContext,
  name: string,
  params: SyntaxNode,
  bodyNode: SyntaxNode,
  scope: Scope,
  at: SyntaxNode,
  isLambda: boolean,
  firstLine = ctx.line(at),
): Ev {
  const read = readParameters(params, ctx.src.source, (x) => ctx.text(x));
  if ('kind' in read) {
    if (read.kind === 'syntax') throw syntaxError(read.message, ctx.line(at));
    ctx.unsupported(
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
  if (isLambda) collectGlobals(bodyNodes, names, (x) => ctx.text(x));
  else collectLocals(bodyNodes, names, (x) => ctx.text(x));
  const layout = ctx.layouts.get(scopeKey(at)) ?? { cells: [], frees: [] };
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
  const savedLoop = ctx.loopDepth;
  ctx.loopDepth = 0;
  // A `yield` in the body makes a generator function: its body is compiled to be resumable.
  const isGenerator = !isLambda && bodyNodes.some(holdsYield);
  if (isGenerator) ctx.refuseGeneratorsInProfile(at);
  let resumable: GenEx | undefined;
  const [body, stackBytes, consts] = ctx.nestedUnit((): Ex => {
    if (isGenerator) {
      resumable = resumableBody(ctx, bodyNode, inner);
      return notRunDirectly;
    }
    if (!isLambda) return ctx.exBody(bodyNode, inner);
    const e = ctx.evExpr(bodyNode, inner);
    return (f) => {
      f.retval = e(f);
      return Signal.Return;
    };
  });
  ctx.loopDepth = savedLoop;
  const code: CodeUnit = {
    name,
    file: ctx.file,
    kind: 'function',
    localNames: inner.locals,
    paramCount: paramNames.length,
    signature: read.signature,
    firstLine,
    lines: ctx.lines,
    warmup: WARMUP_START,
    stackBytes,
    frameBytes: frameBytesFor(inner.locals.length),
    cellSlots: frame.cellSlots,
    freeStart: frame.freeStart,
    doc: isLambda ? null : docstringOf(bodyNodes, (x) => ctx.text(x)),
    consts,
    body,
    ...(resumable ? { resumable } : {}),
  };
  // Its warm-up count outlives the functions made from it: the interpreter keeps it in view.
  ctx.interp.functionCode.push(code);
  const defaults = defaultNodes.length ? tupleOf(ctx, defaultNodes, scope) : null;
  const kwDefaults = read.kwDefaults.length ? kwDefaultsDict(ctx, read.kwDefaults, scope) : null;
  const returns = isLambda ? undefined : children(at).find((c) => c.name === 'TypeDef');
  const annotated = [...read.annotations];
  if (returns?.lastChild) annotated.push({ name: 'return', value: returns.lastChild });
  const annotations = annotated.length
    ? annotationTuple(
        ctx.interp,
        annotated.map((a) => [a.name, ctx.evExpr(a.value, scope)] as const),
      )
    : null;
  return functionMaker(
    ctx,
    code,
    qualname,
    defaults,
    kwDefaults,
    closureOf(ctx, layout.frees, scope),
    annotations,
  );
}

/**
 * MAKE_FUNCTION of `code`, with what it has of a defaults tuple, a `__kwdefaults__` dict and
 * a closure tuple, evaluated in CPython 3.11's order (compiler_default_arguments, then
 * compiler_make_closure): each stays on the value stack until the function takes it.
 */
export function functionMaker(
  ctx: CompileContext,
  code: CodeUnit,
  qualname: string,
  defaults: Ev | null,
  kwDefaults: ((f: Frame) => PyDict) | null,
  closure: Ev | null,
  annotations: Ev | null = null,
): Ev {
  const interp = ctx.interp;
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
export function kwDefaultsDict(
  ctx: CompileContext,
  entries: readonly { readonly name: string; readonly value: SyntaxNode }[],
  scope: Scope,
): (f: Frame) => PyDict {
  const values = entries.map((e) => ctx.evExpr(e.value, scope));
  const h = ctx.interp.heap;
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

/** The closure tuple for a function with these free variables, made from this scope's cells. */
export function closureOf(ctx: CompileContext, frees: readonly string[], scope: Scope): Ev | null {
  if (frees.length === 0) return null;
  const slots = frees.map((name) => scope.locals.indexOf(name));
  if (slots.some((i) => i < 0) || scope.kind === 'module')
    throw new Error(`closure of ${frees.join(', ')} outside a function`);
  const h = ctx.interp.heap;
  return (f) => {
    const cells = slots.map((i) => f.fast[i]!);
    for (const cell of cells) h.incref(cell, STACK);
    return h.newTuple(cells);
  };
}
