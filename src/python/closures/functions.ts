/** Closures of MAKE_FUNCTION, of a decorator's dotted name, and of `def` with its decorators. */
import { PyFunction, PyObject, PyTuple, STACK, type PyDict } from '../../engine';
import { dropStackTo, Signal, type CodeUnit, type Ev, type Ex, type Frame } from '../frame';
import { annotationTuple } from '../annotations';
import type { Decorator, DottedName, FunctionDef, MakeFunction } from '../ir/functions';
import type { Builders, ClosureBackend } from './backend';
import { codeUnitOf } from './codeUnits';

export const FUNCTION_EXPRS: Builders<MakeFunction | DottedName, Ev> = {
  makeFunction: (n, b) => {
    const code = codeUnitOf(b, n.code);
    // Its warm-up count outlives the functions made from it: the interpreter keeps it in view.
    b.interp.functionCode.push(code);
    const defaults = n.defaults ? b.expr(n.defaults) : null;
    const kwDefaults = n.kwDefaults ? kwDefaultsDict(b, n.kwDefaults) : null;
    const annotations = n.annotations
      ? annotationTuple(
          b.interp,
          n.annotations.map((a) => [a.name, b.expr(a.value)] as const),
        )
      : null;
    const closure = n.closure ? closureTuple(b, n.closure) : null;
    return functionMaker(b, code, n.code.qualname, defaults, kwDefaults, closure, annotations);
  },
  dottedName: ({ first: firstNode, attrs: rest }, b) => {
    const first = b.expr(firstNode);
    const interp = b.interp;
    const h = b.heap;
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
  },
};

export const FUNCTION_STMTS: Builders<FunctionDef, Ex> = {
  functionDef: (n, b) => {
    if (!n.decorators.length) {
      const make = b.expr(n.make);
      const store = b.store(n.store);
      return (f) => {
        store(f, make(f));
        return Signal.Normal;
      };
    }
    const { push, apply } = decoratorCalls(b, n.decorators);
    const make = b.expr(n.make);
    const store = b.store(n.store);
    const defLine = n.line;
    return (f) => {
      push(f);
      f.lineno = defLine;
      store(f, apply(f, make(f)));
      return Signal.Normal;
    };
  },
};

/**
 * The decorators of a `def` or a `class`: `push` evaluates them onto the value stack, top to
 * bottom; `apply` calls them, on the stack's top, on what was made, innermost first.
 */
export function decoratorCalls(
  b: ClosureBackend,
  decorators: readonly Decorator[],
): {
  push: (f: Frame) => void;
  apply: (f: Frame, made: PyObject) => PyObject;
} {
  const exprs = decorators.map((d) => b.expr(d.value));
  const lines = decorators.map((d) => d.line);
  const interp = b.interp;
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
  return { push, apply };
}

/**
 * MAKE_FUNCTION of `code`, with what it has of a defaults tuple, a `__kwdefaults__` dict and
 * a closure tuple, evaluated in CPython 3.11's order (compiler_default_arguments, then
 * compiler_make_closure): each stays on the value stack until the function takes it.
 */
export function functionMaker(
  b: ClosureBackend,
  code: CodeUnit,
  qualname: string,
  defaults: Ev | null,
  kwDefaults: ((f: Frame) => PyDict) | null,
  closure: Ev | null,
  annotations: Ev | null,
): Ev {
  const interp = b.interp;
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
    dropStackTo(f.stack, base);
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
function kwDefaultsDict(
  b: ClosureBackend,
  entries: NonNullable<MakeFunction['kwDefaults']>,
): (f: Frame) => PyDict {
  const values = entries.map((e) => b.expr(e.value));
  const h = b.heap;
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

/** The closure tuple of the cells in these slots of the frame making the function. */
export function closureTuple(b: ClosureBackend, slots: readonly number[]): Ev {
  const h = b.heap;
  return (f) => {
    const cells = slots.map((i) => f.fast[i]!);
    for (const cell of cells) h.incref(cell, STACK);
    return h.newTuple(cells);
  };
}
